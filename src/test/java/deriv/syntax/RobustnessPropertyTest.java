package deriv.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import deriv.cli.TestSupport;
import deriv.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arbitrary input never makes the front end throw, and never makes {@code deriv check} exit with anything but 0, 1
 * or 2: random token soup, truncations and one-character mutations of the examples. Seeded, so a failure replays.
 */
class RobustnessPropertyTest {
  private static final long SEED = 20240611L;
  private static final String[] VOCABULARY = {"derivation", "let", "assume", "def", "postulate", "approx", "claim",
      "goal", "note", "import", "by", "from", "in", "∈", ":=", ":", ",", "=", "≈", "<", "<=", "≤", ">", "!=", "≠",
      "+", "-", "*", "/", "·", "×", "^", "(", ")", "[", "]", "|", "..", "->", "x", "y", "f", "N", "β", "n₁", "x'",
      "real", "positive", "natural", "R", "R^3", "exp", "ln", "sqrt", "sum", "Σ", "prod", "int", "diff", "δ", "π",
      "0", "1", "2", "10", "3.5", "1e400", "\"s\"", "\"", "#c\n", "\n", "algebra", "ratio", "log", "solve",
      "instance", "URLFetch", "Print", "j=1..N", "\u0000", "\uFFFF", "\uD83D\uDE00", "\\", "'"};

  private static List<String> examples;

  @BeforeAll
  static void readExamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("derivations/examples"))) {
      examples = files.sorted().map(TestSupport::read).toList();
    }
  }

  /** Parsing and name resolution only: no computer algebra, so thousands of cases run in seconds. */
  private static void frontEnd(String text) {
    Parsing.Result parsed = Parsing.parse("fuzz.deriv", text);
    assertThat(parsed.diagnostics()).allSatisfy(d -> assertThat(d.span()).isNotNull());
    if (!parsed.hasErrors()) {
      for (Ast.Derivation d : parsed.file().derivations()) {
        assertThat(Resolver.resolve(d)).isNotNull();
      }
    }
  }

  @Test
  void tokenSoupNeverThrows() {
    qt().withFixedSeed(SEED).withExamples(3_000)
        .forAll(lists().of(integers().between(0, VOCABULARY.length - 1)).ofSizeBetween(0, 60))
        .checkAssert(tokens -> {
          StringBuilder text = new StringBuilder(tokens.isEmpty() || tokens.get(0) % 3 != 0 ? "" : "derivation d ");
          tokens.forEach(t -> text.append(VOCABULARY[t]).append(' '));
          frontEnd(text.toString());
        });
  }

  @Test
  void truncationsAndMutationsOfTheExamplesNeverThrow() {
    Random random = new Random(SEED);
    for (String example : examples) {
      for (int cut = 0; cut <= example.length(); cut += 7) {
        frontEnd(example.substring(0, cut));
      }
      for (int k = 0; k < 300; k++) {
        frontEnd(mutate(example, random));
      }
    }
  }

  /** A few hundred mutants through the whole pipeline, with a short time limit per step. */
  @Test
  void mutantsThroughTheCliExitWithZeroOneOrTwo(@TempDir Path dir) {
    Random random = new Random(SEED + 1);
    List<String> small = List.of(TestSupport.read(TestSupport.GOLDEN.resolve("pass.deriv")),
        TestSupport.read(Path.of("derivations/examples/half_life.deriv")));
    int[] exits = new int[3];
    for (int k = 0; k < 160; k++) {
      String text = mutate(small.get(k % small.size()), random);
      Path f = TestSupport.write(dir, "m" + k + ".deriv", text);
      TestSupport.Run run = TestSupport.deriv("check", "--timeout", "0.5", "--format", k % 2 == 0 ? "text" : "json",
          f.toString());
      assertThat(run.exit()).as(text).isBetween(0, 2);
      assertThat(run.all()).as(text).doesNotContain("Exception").doesNotContain("internal error");
      exits[run.exit()]++;
    }
    assertThat(exits[2]).as("most mutants are rejected").isGreaterThan(40);
  }

  /** Deletes, duplicates or replaces one character (or swaps two neighbours). */
  static String mutate(String s, Random random) {
    if (s.isEmpty()) {
      return "x";
    }
    int i = random.nextInt(s.length());
    String pool = "()[]|+-*/^=:,.xyN0129 \n#\"'βπ∈≈";
    char c = pool.charAt(random.nextInt(pool.length()));
    switch (random.nextInt(4)) {
      case 0: return s.substring(0, i) + s.substring(i + 1);
      case 1: return s.substring(0, i) + s.charAt(i) + s.substring(i);
      case 2: return s.substring(0, i) + c + s.substring(i + 1);
      default:
        return i + 1 < s.length() ? s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2) : s + c;
    }
  }
}

package deriv.nernst;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in derivations/broken/ marks the lines deriv must flag with a comment {@code # expect: failed} after
 * the statement. deriv must reject the file (exit 1), and the steps it does not establish — neither proved nor
 * assumed, and an unreached goal — must be exactly the marked lines.
 */
class BrokenDerivationsTest {
  private static final Path BROKEN = Path.of("derivations/broken");
  static final String MARK = "# expect: failed";

  @TestFactory
  Stream<DynamicTest> eachBrokenFileFailsExactlyWhereMarked() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(BROKEN)) {
      files = s.filter(f -> f.toString().endsWith(".deriv")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String text = Files.readString(f);
      TreeSet<Integer> marked = markedLines(text);
      assertThat(marked).as("a broken file marks what must fail").isNotEmpty();
      FileResult result = new Checker(Options.DEFAULT).checkText(f.toString(), text);
      deriv.cli.TestSupport.assertReadable(f.toString(), result);
      assertThat(result.diagnostics()).isEmpty();
      assertThat(new RunResult(List.of(result), false).exitCode()).isEqualTo(1);
      assertThat(flaggedLines(result)).isEqualTo(marked);
    }));
  }

  @Test
  void onlyAStatementLineCarriesAMark() {
    String text = "# prose mentioning " + MARK + "\nclaim c: a = b   " + MARK + "\ngoal a = b\n";
    assertThat(markedLines(text)).containsExactly(2);
  }

  /** Lines with code before the mark (a comment line that only mentions the mark does not count). */
  static TreeSet<Integer> markedLines(String text) {
    TreeSet<Integer> out = new TreeSet<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(MARK);
      if (at > 0 && !lines[i].substring(0, at).isBlank() && !lines[i].strip().startsWith("#")) {
        out.add(i + 1);
      }
    }
    return out;
  }

  static TreeSet<Integer> flaggedLines(FileResult result) {
    TreeSet<Integer> out = new TreeSet<>();
    for (DerivationResult d : result.derivations()) {
      for (StepResult s : d.steps()) {
        if (!s.kind().isAssumed() && s.status() != Status.PROVED) {
          out.add(s.span().line());
        }
      }
      if (d.goal() == null || !d.goal().reached()) {
        out.add(d.goal() == null ? -1 : d.goal().goal().span().line());
      }
    }
    return out;
  }
}

package deriv.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.perf.Cli;
import deriv.report.TextReport;
import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Parsing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files end in a diagnostic, a verdict or a time-out: never an exception, a stack trace or another exit code. */
class HostileInputTest {
  private static final long SEED = Long.getLong("deriv.fuzz.seed", 20261125L);
  private static final int FILES = 10_000;

  @TempDir
  Path tmp;

  @Test
  void tenThousandMalformedFilesParseAndResolveWithoutThrowing() {
    int rejected = 0;
    int clean = 0;
    for (int i = 0; i < FILES; i++) {
      String text = Fuzz.file(SEED, i);
      boolean ok;
      try {
        ok = parsesAndResolves("fuzz" + i + ".deriv", text);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + SEED + ", file " + i + " threw " + e + " on:\n" + text, e);
      }
      if (ok) {
        clean++;
      } else {
        rejected++;
      }
    }
    // Both outcomes occur, so the run exercised the error paths and also reached resolution.
    assertThat(rejected).isGreaterThan(FILES / 2);
    assertThat(clean).isGreaterThan(10);
  }

  @Test
  void aSampleThroughTheCommandLineExitsWithADocumentedCode() throws Exception {
    Path dir = tmp.resolve("sample");
    Files.createDirectories(dir);
    for (int i = 0; i < 60; i++) {
      Files.writeString(dir.resolve("f" + i + ".deriv"), Fuzz.file(SEED + 1, i));
    }
    Cli c = Cli.run("check", "--no-cache", "--timeout", "0.5", "-j2", dir.toString());
    assertNoCrash(c);
    Cli json = Cli.run("check", "--no-cache", "--timeout", "0.5", "--format", "json", dir.resolve("f1.deriv").toString());
    assertNoCrash(json);
  }

  @Test
  void tenThousandNestedBracketsAreASyntaxError() throws Exception {
    Cli c = check("claim s: " + "(".repeat(10_000) + "a" + ")".repeat(10_000) + " = a by algebra\ngoal a = a");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.out()).contains("nested more than");
  }

  @Test
  void longOperatorChainsAreASyntaxError() throws Exception {
    for (String op : List.of(" + ", "^", " * ", " - ")) {
      Cli c = check("claim s: a" + (op + "a").repeat(50_000) + " = a by algebra\ngoal a = a");
      assertThat(c.exit()).as(op).isEqualTo(2);
      assertThat(c.out()).as(op).contains("operators in one statement");
    }
  }

  @Test
  void aTowerOfPowersEndsInAVerdictOrATimeout() throws Exception {
    Cli c = check("claim s: 10^(10^10) = a by algebra\nclaim t: 2^(2^(2^(2^(2^(2^9))))) = a by algebra\n"
        + "goal a = a");
    assertNoCrash(c);
    assertThat(c.exit()).isEqualTo(1);
    assertThat(c.out()).doesNotContain("✓ proved");
  }

  @Test
  void aTenMegabyteFileIsRefusedWithAMessage() throws Exception {
    Path f = tmp.resolve("huge.deriv");
    Files.writeString(f, "derivation huge\n" + ("# " + "x".repeat(98) + "\n").repeat(105_000));
    Cli c = Cli.run("check", "--no-cache", f.toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.out()).contains("too large");
  }

  /** One file's results do not depend on which file the process checked before it. */
  @Test
  void aFileCannotChangeAnotherFilesResults() {
    String positive = """
        derivation d
        let c : positive
        let a, b : real
        claim s1: sqrt(c^2) = c by algebra
        claim s2: (a + b)^2 = a^2 + b^2 by algebra
        claim s3: ln(exp(c)) = c by algebra
        goal ln(exp(c)) = c
        """;
    String real = positive.replace("let c : positive", "let c : real");
    List<String> ab = renderBoth("a.deriv", positive, "b.deriv", real);
    List<String> ba = renderBoth("b.deriv", real, "a.deriv", positive);
    assertThat(ab.get(0)).isEqualTo(ba.get(1)).contains("✓ proved");
    assertThat(ab.get(1)).isEqualTo(ba.get(0)).contains("✗ failed");
  }

  /** Parsing and name resolution, as the checker does them before any kernel work: true if no error. */
  private static boolean parsesAndResolves(String path, String text) {
    Parsing.Result parsed = Parsing.parse(path, text);
    boolean ok = !parsed.hasErrors();
    for (Ast.Derivation d : parsed.file().derivations()) {
      ok &= Resolver.resolve(d).diagnostics().isEmpty();
    }
    return ok;
  }

  private static List<String> renderBoth(String p1, String t1, String p2, String t2) {
    List<String> out = new ArrayList<>();
    Options o = new Options(deriv.kernel.Limits.DEFAULT, false);
    for (String[] f : List.of(new String[] {p1, t1}, new String[] {p2, t2})) {
      FileResult r = new Checker(o).checkText(f[0], f[1]);
      out.add(TextReport.write(new RunResult(List.of(r), false)));
    }
    return out;
  }

  private Cli check(String body) throws Exception {
    Path f = tmp.resolve("t.deriv");
    Files.writeString(f, "derivation t\nlet a : real\n" + body + "\n");
    Cli c = Cli.run("check", "--no-cache", "--timeout", "3", f.toString());
    assertNoCrash(c);
    return c;
  }

  private static void assertNoCrash(Cli c) {
    assertThat(c.exit()).isBetween(0, 2);
    for (String s : List.of(c.out(), c.err())) {
      assertThat(s).doesNotContain("Exception", "\tat ", "internal error", "please report");
    }
  }
}

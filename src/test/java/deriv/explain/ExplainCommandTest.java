package deriv.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deriv explain}: every step explained, or the one at a line; rules, side conditions, verdicts in words. */
class ExplainCommandTest {
  private static final String FILE = """
      derivation fr "explained"
      let g : R -> R
      let x, y : real, y != 0
      postulate h: g(x) = x^2 + 1
      postulate k: g(y) = 2*y
      claim c:
        g(x)
          = x^2 + 1      by h
          = 1 + x*x      by algebra
          = 1 + x^2 + x  by algebra
      claim r: g(x)/g(y) = (x^2 + 1)/(2*y) from h, k by ratio
      goal g(x)/g(y) = (x^2 + 1)/(2*y)
      """;

  @TempDir
  Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("fr.deriv");
    Files.writeString(file, FILE);
    return file;
  }

  @Test
  void everyStepIsExplained() throws IOException {
    Cli r = Cli.run("explain", write().toString());
    assertThat(r.exitCode()).as(r.all()).isEqualTo(0);
    for (String step : new String[] {"h", "k", "c.1", "c.2", "c.3", "r", "goal"}) {
      assertThat(r.out().lines()).anyMatch(l -> l.matches(".*fr\\.deriv:\\d+:\\d+  " + java.util.regex.Pattern.quote(step)));
    }
    assertThat(r.out().split("\n  verdict:", -1)).hasSize(8);
    assertThat(r.out()).contains("obligation:       g(x) = x^2 + 1")
        .contains("rule:             ratio").contains("theorem:          a = b, c = d, d ≠ 0 ⊢ a/c = b/d")
        .contains("side conditions:  2*y ≠ 0 (proved)").contains("premises:         h, k")
        .contains("assuming:         g (functions); x, y real; y != 0")
        .contains("✗ failed").contains("hint:             extra term: the right side should not have x");
  }

  @Test
  void aLineSelectsItsStep() throws IOException {
    Cli r = Cli.run("explain", write() + ":9");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).contains("c.2").doesNotContain("c.1").doesNotContain("c.3");
    assertThat(Cli.run("explain", write() + ":6").out()).contains("c.1").contains("c.2").contains("c.3")
        .doesNotContain("  r\n");
  }

  @Test
  void aLineWithoutAStepIsAnError() throws IOException {
    Cli r = Cli.run("explain", write() + ":99");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no step or statement");
  }

  @Test
  void nernstIsExplainedStepByStep() {
    Path nernst = Path.of("derivations/nernst.deriv");
    Assumptions.assumeTrue(Files.exists(nernst), "derivations/nernst.deriv is not on this branch yet");
    Cli check = Cli.run("check", "--format", "json", nernst.toString());
    Cli r = Cli.run("explain", nernst.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
    long steps = check.out().lines().filter(l -> l.contains("\"kind\":")).count();
    assertThat(r.out().split("\n  verdict:", -1).length - 1).isGreaterThanOrEqualTo((int) steps).isPositive();
  }
}

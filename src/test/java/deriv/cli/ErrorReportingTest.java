package deriv.cli;

import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an author sees when something is wrong: the step, the reason, the place; never a stack trace. */
class ErrorReportingTest {
  @TempDir Path dir;

  @Test
  void aWrongStepExitsOneAndShowsStepResidualAndCounterexample() {
    Path f = write(dir, "wrong.deriv", """
        derivation d "t"
          let x, y : real
          claim expand: (x + y)^2 = x^2 + y^2
          goal (x + y)^2 = x^2 + y^2
        """);
    TestSupport.Run run = deriv("check", f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(f + ":3:27  ✗ failed   algebra        expand")
        .contains("step:     (x + y)^2 = x^2 + y^2")
        .contains("residual: 2*x*y")
        .containsPattern("counterexample: x = [-0-9/]+, y = [-0-9/]+, lhs = [-0-9/.]+, rhs = [-0-9/.]+")
        .contains("goal NOT reached");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aSyntaxErrorShowsPathLineColumnTheLineAndACaret() {
    Path f = write(dir, "syntax.deriv", """
        derivation d "t"
          let x : real
          claim a: 2 x = x + x
          goal x = x
        """);
    TestSupport.Run run = deriv("check", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains(f + ":3:14: error: missing operator before 'x': multiplication is always "
        + "written with '*'")
        .contains("\n    claim a: 2 x = x + x\n")
        .contains("\n               ^\n");
  }

  @Test
  void garbageExitsTwoWithoutAStackTrace() {
    Path f = write(dir, "garbage.deriv", "garbage (((");
    TestSupport.Run run = deriv("check", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).startsWith(f + ":1:1: error: ");
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
  }

  @Test
  void everyErrorOfAFileIsReported() {
    Path f = write(dir, "two.deriv", """
        derivation d "t"
          let x : real
          claim a: x + y = x
          claim b: z = x
          goal x = x
        """);
    TestSupport.Run run = deriv("check", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains(f + ":3:16: error: unknown name 'y'")
        .contains(f + ":4:12: error: unknown name 'z'");
  }

  @Test
  void errorsOfSeveralFilesAreAllReported() {
    Path a = write(dir, "a.deriv", "derivation a \"t\"\n  claim c: p = 1\n  goal 1 = 1\n");
    Path b = write(dir, "b.deriv", "derivation b \"t\"\n  claim c: q = 1\n  goal 1 = 1\n");
    TestSupport.Run run = deriv("check", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains(a + ":2:12: error: unknown name 'p'").contains(b + ":2:12: error: unknown name 'q'")
        .contains("files with errors: 2");
  }

  @Test
  void aMissingFileExitsTwoWithAMessage() {
    TestSupport.Run run = deriv("check", dir.resolve("nowhere.deriv").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder").contains("nowhere.deriv");
    assertThat(run.all()).doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(deriv().exit()).isEqualTo(2);
    assertThat(deriv("frobnicate").exit()).isEqualTo(2);
    assertThat(deriv("check").exit()).isEqualTo(2);
    Path f = write(dir, "ok.deriv", "derivation d \"t\"\n  claim a: 1 = 1\n  goal 1 = 1\n");
    assertThat(deriv("check", "--timeout", "-1", f.toString()).exit()).isEqualTo(2);
    assertThat(deriv("check", "--timeout", "soon", f.toString()).exit()).isEqualTo(2);
    assertThat(deriv("check", "--format", "yaml", f.toString()).exit()).isEqualTo(2);
    assertThat(deriv("check", f.toString()).exit()).isZero();
  }
}

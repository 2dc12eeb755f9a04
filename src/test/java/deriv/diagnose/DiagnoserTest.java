package deriv.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.report.JsonReport;
import deriv.report.TextReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each diagnosis on a wrong step made for it, and no diagnosis where none holds. */
class DiagnoserTest {
  private static final String DECLARATIONS = """
      derivation d "diagnoses"
      let a, b, x, y : real
      let p, q : positive
      let g : R -> R
      """;

  private static StepResult step(String statements, String name) {
    String text = DECLARATIONS + statements + "\ngoal a = a\n";
    FileResult r = new Checker(new Options(deriv.kernel.Limits.DEFAULT, false)).checkText("t.deriv", text);
    assertThat(r.diagnostics()).isEmpty();
    return r.derivations().get(0).steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> kinds(StepResult s) {
    return s.hints().stream().map(Hint::kind).toList();
  }

  @Test
  void signError() {
    StepResult s = step("claim c: (a + 1)*(a - 1) = 1 - a^2", "c");
    assertThat(s.status()).isEqualTo(Status.FAILED);
    assertThat(kinds(s)).containsExactly("sign-error");
    assertThat(s.hints().get(0).message()).contains("-(1 - a^2)");
  }

  @Test
  void constantFactorSaysWhich() {
    StepResult s = step("claim c: 6*a*b = 2*a*b", "c");
    assertThat(kinds(s)).containsExactly("constant-factor");
    assertThat(s.hints().get(0).message()).contains("left side is 3 times the right side");
  }

  @Test
  void missingTermShowsIt() {
    StepResult s = step("claim c: (a + b)^2 = a^2 + b^2 + a*b", "c");
    assertThat(kinds(s)).containsExactly("missing-term");
    assertThat(s.hints().get(0).message()).contains("right side lacks a*b");
  }

  @Test
  void extraTermOnTheRight() {
    StepResult s = step("claim c: a^2 + b = a^2 + b + 3*x*y", "c");
    assertThat(kinds(s)).containsExactly("missing-term");
    assertThat(s.hints().get(0).message()).contains("right side should not have 3*x*y");
  }

  @Test
  void swappedSymbolsNamesThePair() {
    StepResult s = step("claim c: g(x) + 2*y = g(y) + 2*x", "c");
    assertThat(kinds(s)).containsExactly("swapped-symbols");
    assertThat(s.hints().get(0).message()).startsWith("x and y are swapped");
  }

  @Test
  void invertedRightSide() {
    StepResult s = step("claim c: (a + 1)/(b^2 + 1) = (b^2 + 1)/(a + 1)", "c");
    assertThat(kinds(s)).containsExactly("inverted-fraction");
    assertThat(s.hints().get(0).message()).contains("right side is upside down");
  }

  @Test
  void invertedSubFraction() {
    StepResult s = step("claim c: x + (a + 1)/(b^2 + 1) = x + (b^2 + 1)/(a + 1)", "c");
    assertThat(kinds(s)).containsExactly("inverted-fraction");
    assertThat(s.hints().get(0).message()).contains("should be (a + 1)/(b^2 + 1)");
  }

  @Test
  void missingAssumptionProposesADeclaration() {
    StepResult s = step("claim c: sqrt(x^2)*y = x*y", "c");
    assertThat(kinds(s)).containsExactly("missing-assumption");
    assertThat(s.hints().get(0).message()).contains("`let x : positive`");
  }

  @Test
  void anotherRuleProvesIt() {
    StepResult s = step("postulate h: g(x) = x^2 + 1\nclaim c: g(x) = x^2 + 1 by algebra", "c");
    assertThat(s.status()).isNotEqualTo(Status.PROVED);
    assertThat(kinds(s)).containsExactly("other-rule");
    assertThat(s.hints().get(0).message()).contains("`by h`");
  }

  @Test
  void anotherEquationRuleProvesADerivedClaim() {
    StepResult s = step("claim h: (x + 1)^2 = x^2 + 2*x + 1\nclaim c: (2 + 1)^2 = 9 from h[x := 2] by ratio", "c");
    assertThat(s.status()).isNotEqualTo(Status.PROVED);
    assertThat(kinds(s)).containsExactly("other-rule");
    assertThat(s.hints().get(0).message()).contains("`from … by instance`");
  }

  @Test
  void aWrongStepThatFitsNoneGetsNoDiagnosis() {
    StepResult s = step("claim c: a + b = a*b", "c");
    assertThat(s.status()).isEqualTo(Status.FAILED);
    assertThat(s.hints()).isEmpty();
  }

  @Test
  void hintsAreInTheTextAndJsonOutputs() {
    String text = DECLARATIONS + "claim c: (a + 1)*(a - 1) = 1 - a^2\ngoal a = a\n";
    FileResult r = new Checker(new Options(deriv.kernel.Limits.DEFAULT, false)).checkText("t.deriv", text);
    RunResult run = new RunResult(List.of(r), false);
    assertThat(TextReport.write(run)).contains("    hint:     sign error: ");
    assertThat(JsonReport.write(run)).contains("\"hints\": [").contains("\"kind\": \"sign-error\"");
  }

  @Test
  void provedStepsAreNotDiagnosed() {
    StepResult s = step("claim c: (a + b)^2 = a^2 + 2*a*b + b^2", "c");
    assertThat(s.status()).isEqualTo(Status.PROVED);
    assertThat(s.hints()).isEmpty();
  }
}

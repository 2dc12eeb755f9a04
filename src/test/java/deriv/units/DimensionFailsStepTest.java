package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.cli.TestSupport;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A step whose sides the units show unequal is failed, with the dimension error as its reason, even where the
 * kernel could not decide it (an integral it cannot evaluate); a step the kernel proved stays proved, and the error
 * stays at its place.
 */
class DimensionFailsStepTest {
  private static StepResult only(FileResult r, String name) {
    return r.derivations().get(0).steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void anUndecidedStepWithUnequalDimensionsIsFailedForThatReason() {
    FileResult r = TestSupport.check(TestSupport.derivation(
        "let m : positive [kg]\\nlet a : positive [m^-2]\\nlet f : R [m] -> R [1]",
        "claim c: int(x in R [m], exp(-a*x^2)*f(x)) = m*int(x in R [m], exp(-a*x^2)*f(x))"));
    StepResult c = only(r, "c");
    assertThat(c.status()).isEqualTo(Status.FAILED);
    assertThat(c.verdict().message()).startsWith("false: dimension mismatch");
  }

  @Test
  void aProvedStepKeepsItsVerdictAndTheDefinitionsErrorStands() {
    FileResult r = TestSupport.check(TestSupport.derivation(
        "let T : positive [K]\\nlet k : positive [J/K]\\ndef b := k*T",
        "claim c: exp(-b)*exp(b) = 1"));
    assertThat(only(r, "c").status()).isEqualTo(Status.PROVED);
    assertThat(r.diagnostics()).anyMatch(Units::isCheckFailure);
  }
}

package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A step is failed at a point where one side has a value and the other has none only when that is shown: the
 * kernel's arithmetic finds the side not real there, or a condition the side needs (not one that is merely
 * sufficient) fails. A sufficient condition failing, or a value that could not be computed to its digits, leaves
 * the point inconclusive (round 29: two true steps were failed that way). Each refutation that must stay is
 * asserted with its reason, and false steps of the same shapes are still failed where the sides differ.
 */
class UndefinedPointAttackTest {

  // ---- true steps: a point where only a sufficient condition fails, or a value not computed, refutes nothing ----

  @Test
  void aDerivativeWhoseStrictConditionFailsAtZeroIsNotRefutedThere() {
    // √(x⁴) = x² is differentiable at 0; Definedness asks x⁴ > 0 there, a sufficient condition only
    StepResult s = run("let x : nonnegative", "claim c: diff(sqrt(x^4), x) = 2*x");
    rejected(s, Status.UNKNOWN, "holds only where x^4 > 0, which is not proved");
    assertThat(run("let x : real", "claim c: diff(sqrt(x^4), x) = 2*x").status()).isNotEqualTo(Status.FAILED);
    assertThat(run("let x : real", "claim c: diff(x*abs(x), x) = 2*abs(x)").status()).isNotEqualTo(Status.FAILED);
  }

  @Test
  void aValueLostToCancellationIsNotAValueThatIsMissing() {
    // at x = 0 both sides are ln(1 + 10⁻²⁰) (0^(cosh y − 1/2) = 0); x > 0 is only sufficient for the power
    String xy = "let x : nonnegative\nlet y : real";
    rejected(run(xy, "claim c: x^(cosh(y) - 1/2)*x + ln(1 + 10^-20) = x^(cosh(y) + 1/2) + ln(1 + 10^-20)"),
        Status.UNKNOWN, "holds only where x > 0");
    rejected(run(xy, "claim c: x^(cosh(y) - 1/2)*x + sinh(10^-30) = x^(cosh(y) + 1/2) + sinh(10^-30)"),
        Status.UNKNOWN, "holds only where x > 0");
    // √ of a positive number of 10⁻⁵⁰: Symja's N at 40 digits found it below 0, so √ 'had no value'
    assertThat(run("let x : positive", "claim c: sqrt(exp(x/10^50) - exp(-x/10^50) + 10^-70)*0 = 0").status())
        .isNotEqualTo(Status.FAILED);
  }

  // ---- genuinely undefined points still refute, each for its reason ---------------------------------------------

  @Test
  void aRootOrLogarithmOfANegativeNumberHasNoValue() {
    rejected(run("let x : real", "claim c: sqrt(x) = sqrt(abs(x))"), Status.FAILED, "lhs=undefined (x ≥ 0 fails)");
    rejected(run("let x : real", "claim c: ln(x^2) = 2*ln(x)"), Status.FAILED, "rhs=undefined (x > 0 fails)");
    rejected(run("let x : real", "claim c: ln(x)*0 = 0"), Status.FAILED, "lhs=undefined (x > 0 fails)");
    rejected(run("", "claim c: ln(-2) - ln(-3) = ln(2/3)"), Status.FAILED, "lhs=undefined (-2 > 0 fails)");
    // diff(√x, x) needs √x: at x < 0 the function itself has no value (Symja's formula is complex there)
    rejected(run("let x : real", "claim c: diff(sqrt(x), x)*0 = 0"), Status.FAILED, "lhs=undefined (x ≥ 0 fails)");
  }

  @Test
  void aQuotientByZeroHasNoValue() {
    rejected(run("let x : nonnegative", "claim c: x/x = 1"), Status.FAILED, "x=0", "lhs=undefined (x ≠ 0 fails)");
    rejected(run("let x : nonnegative", "claim c: x*x^(-1) = 1"), Status.FAILED, "x=0",
        "lhs=undefined (x ≠ 0 fails)");
  }

  @Test
  void aNeededConditionRefutesBeyondTheKernelsArithmetic() {
    // Γ is not the kernel's arithmetic: x! needs x > −1 (deriv's x! is Γ(x + 1) there only), which fails at x = 3
    rejected(run("let x : real", "claim c: (x - 5)!*0 = 0"), Status.FAILED, "lhs=undefined (x - 4 > 0 fails)");
    // 0^y with y < 0 has no value: needed is x ≠ 0, although Definedness states x > 0 (sufficient) for x^y
    rejected(run("let x : nonnegative\nlet y : negative", "claim c: x^y*0*(1/2)! = 0"), Status.FAILED, "x=0",
        "lhs=undefined (x ≠ 0 fails)");
  }

  @Test
  void aPowerToAProductOfIntegersIsAnIntegerPowerWithAValue() {
    // (−2)^(2^64 + 1) is real (deriv once called it undefined, "−2 ≥ 0 fails"): the step is false, but the kernel's
    // arithmetic cannot size it, so it is unknown for that reason, neither failed at an undefined point nor proved
    StepResult s = run("let x : positive", "claim c: x*(-2)^(1*(prod(j=1..64, 2) + 1)) = -2*x");
    rejected(s, Status.UNKNOWN, "too large");
    assertThat(s.verdict().message()).doesNotContain("≥ 0");
    // a sum whose terms are not integers is not known to be one: the base is still asked to be positive (and the
    // step, true since the sum is 3, is not failed: its left side is real at every point)
    rejected(run("let x : positive", "claim c: x*(-2)^(sum(j=1..3, j/2)) = -8*x"), Status.UNKNOWN,
        "holds only where -2 > 0");
  }

  // ---- false steps of the same shapes: failed where both sides are defined and differ -------------------------

  @Test
  void falseStepsBesideTheseShapesAreStillFailedWithACounterexample() {
    StepResult derivative = run("let x : nonnegative", "claim c: diff(sqrt(x^4), x) = 3*x");
    rejected(derivative, Status.FAILED, "false: the sides differ at");
    assertThat(derivative.verdict().counterexample()).containsKeys("x", "lhs", "rhs");
    String xy = "let x : nonnegative\nlet y : real";
    StepResult exponent = run(xy,
        "claim c: x^(cosh(y) - 1/2)*x + ln(1 + 10^-20) = x^(cosh(y) + 3/2) + ln(1 + 10^-20)");
    rejected(exponent, Status.FAILED, "false: the sides differ at");
    assertThat(exponent.verdict().counterexample()).containsKeys("x", "y", "lhs", "rhs");
    rejected(run(xy, "claim c: x^(cosh(y) - 1/2)*x + sinh(10^-30) = x^(cosh(y) + 1/2) + sinh(10^-29)"),
        Status.FAILED, "false: the sides differ at");
  }
}

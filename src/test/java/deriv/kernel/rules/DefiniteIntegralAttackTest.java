package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the rules for definite integrals (ftc, substitution, parts, linearity): each false or unjustified step
 * must be rejected, and for the right reason (the side condition that was not shown).
 */
class DefiniteIntegralAttackTest {



  @Test
  void aPoleInsideTheIntervalIsNoContinuousIntegrand() {
    rejected(run("", "claim c: int(x in -1..1, 1/x^2) = -2 by ftc(-1/x)"), Status.UNKNOWN,
        "the integrand 1/x^2 is not shown defined on [-1, 1]: x ≠ 0 not proved");
  }

  @Test
  void aPoleAtAnEndpoint() {
    rejected(run("", "claim c: int(t in 0..1, 1/t) = 0 by ftc(ln(t))"), Status.UNKNOWN,
        "the integrand 1/t is not shown defined on [0, 1]: t ≠ 0 not proved");
    rejected(run("", "claim c: int(t in 0..1, 1/t^2) = -1 by ftc(-1/t)"), Status.UNKNOWN,
        "not shown defined on [0, 1]: t ≠ 0 not proved");
  }

  @Test
  void boundsInTheWrongOrderAreRefused() {
    rejected(run("", "claim c: int(x in 1..0, x^2) = 1/3 by ftc(x^3/3)"), Status.UNKNOWN,
        "are not shown ordered: 1 ≤ 0 not proved");
    // symbolic bounds with no order declared
    rejected(run("let a, b : real", "claim c: int(x in a..b, 1) = b - a by ftc(x)"), Status.UNKNOWN,
        "are not shown ordered: a ≤ b not proved");
  }

  @Test
  void aWrongAntiderivativeIsNeverProved() {
    rejected(run("", "claim c: int(x in 0..1, 2*x) = 1 by ftc(x^3)"), Status.UNKNOWN,
        "d/dx of the antiderivative x^3 is 3*x^2, not the integrand 2*x");
    // the right antiderivative but the wrong value: false
    rejected(run("", "claim c: int(x in 0..1, x^2) = 1/2 by ftc(x^3/3)"), Status.FAILED,
        "with 'ftc' applied the sides are");
  }

  @Test
  void theWrongSignOfALogarithmicIntegralIsFalse() {
    rejected(run("", "claim c: int(x in -3..-2, 1/(x + 1)) = ln(2) by ftc(ln(-(x + 1)))"), Status.FAILED,
        "with 'ftc' applied the sides are");
  }

  @Test
  void anAntiderivativeOffByAConstantIsStillOne() {
    assertThat(run("", "claim c: int(x in 0..1, x^2) = 1/3 by ftc(x^3/3 + 7)").status()).isEqualTo(Status.PROVED);
    assertThat(run("let k : real", "claim c: int(x in 0..2, 3*x^2) = 8 by ftc(x^3 - k)").status())
        .isEqualTo(Status.PROVED);
  }

  @Test
  void anAntiderivativeWithAJumpIsRefused() {
    // |x|/x has derivative 0 wherever it is defined, but jumps by 2 at 0
    rejected(run("", "claim c: int(x in -1..1, 0) = 2 by ftc(|x|/x)"), Status.UNKNOWN,
        "the antiderivative |x|/x is not shown defined on [-1, 1]: x ≠ 0 not proved");
    // ln|x| is an antiderivative of 1/x on each side of 0, not across it
    rejected(run("", "claim c: int(x in -1..1, 1/x) = 0 by ftc(ln(|x|))"), Status.UNKNOWN,
        "not shown defined on [-1, 1]: x ≠ 0 not proved");
    // |x| is continuous but has no derivative at 0: d/dx |x| = 1 is not the whole story on [-1, 1]
    rejected(run("", "claim c: int(x in -1..1, x/|x|) = 0 by ftc(|x|)"), Status.UNKNOWN,
        "not shown defined on [-1, 1]");
  }

  @Test
  void aSquareRootOfANegativePartOfTheInterval() {
    rejected(run("", "claim c: int(x in -1..1, sqrt(x)) = 2/3 by ftc(2/3*x^(3/2))"), Status.UNKNOWN,
        "the integrand sqrt(x) is not shown defined on [-1, 1]: x ≥ 0 not proved");
  }

  @Test
  void aDeclaredConditionOnTheBoundNameDoesNotHoldInside() {
    // inside, x is a new variable over [-1, 1]: the declared x > 0 says nothing about it
    rejected(run("let x : positive", "claim c: int(x in -1..1, 1/x) = 0 by ftc(ln(x))"), Status.UNKNOWN,
        "the integrand 1/x is not shown defined on [-1, 1]: x ≠ 0 not proved");
    rejected(run("let x : positive", "claim c: int(x in -1..1, sqrt(x)) = 2/3 by ftc(2/3*x^(3/2))"),
        Status.UNKNOWN, "x ≥ 0 not proved");
  }

  @Test
  void aBoundThatMentionsTheNameOfTheVariableMeansTheDeclaredOne() {
    // int(x in 0..x, x): the upper bound is the declared x, the body's x the bound one; ∫_0^X t dt = X²/2
    rejected(run("let x : positive", "claim c: int(x in 0..x, x) = x^2 by ftc(x^2/2)"), Status.FAILED,
        "with 'ftc' applied the sides are x^2/2 - 0^2/2 and x^2");
    assertThat(run("let x : positive", "claim c: int(x in 0..x, x) = x^2/2 by ftc(x^2/2)").status())
        .isEqualTo(Status.PROVED);
  }

  @Test
  void aSubstitutionWithTheWrongBoundsOrIntegrand() {
    rejected(run("", "claim c: int(t in 0..1, 2*t*exp(t^2)) = int(u in 0..2, exp(u)) by substitution(t^2)"),
        Status.UNKNOWN, "the bounds 0..2 are not g(a)..g(b) = 0^2..1^2");
    rejected(run("", "claim c: int(t in 0..1, t*exp(t^2)) = int(u in 0..1, exp(u)) by substitution(t^2)"),
        Status.UNKNOWN, "is not f(g(t))·g'(t)");
    // across a pole of f: 2/t is not continuous on [-1, 2] (and t^2 is not monotone there)
    rejected(run("", "claim c: int(t in -1..2, 2/t) = int(u in 1..4, 1/u) by substitution(t^2)"),
        Status.UNKNOWN, "the integrand 2/t is not shown defined on [-1, 2]: t ≠ 0 not proved");
  }

  @Test
  void partsNeedsTheIntegrandToBeUTimesDv() {
    rejected(run("", "claim c: int(x in 0..1, x^2*exp(x)) = exp(1) by parts(exp(x), x)"), Status.UNKNOWN,
        "the integrand x^2*exp(x) is not u·dv/dx = exp(x)");
    // the right factors, the wrong sign of the remaining integral
    rejected(run("", "claim c: int(x in 0..1, x*exp(x)) = exp(1) + int(x in 0..1, exp(x)) by parts(x, exp(x))"),
        Status.UNKNOWN, "rule 'parts' does not turn one side into the other");
    rejected(run("", "claim c: int(x in -1..1, ln(|x|)) = 0 - int(x in -1..1, 1) by parts(ln(|x|), x)"),
        Status.UNKNOWN, "not shown defined on [-1, 1]");
  }

  @Test
  void linearityDoesNotSplitAnIntegralAcrossAPole() {
    // 1/t − 1/t is 0, but ∫_{-1}^{1} 1/t does not exist
    rejected(run("", "claim c: int(t in -1..1, 1/t - 1/t) = int(t in -1..1, 1/t) - int(t in -1..1, 1/t) "
        + "by linearity"), Status.UNKNOWN, "rule 'linearity' does not turn one side into the other");
  }

  @Test
  void aDeclaredFunctionIsSmoothByConventionButItsValuesAreStillChecked() {
    // docs/rules.md: declared functions are smooth, so ftc applies to them; a wrong value still fails
    assertThat(run("let g : R -> R", "claim c: int(x in 0..1, diff(g(x), x)) = g(1) - g(0) by ftc(g(x))").status())
        .isEqualTo(Status.PROVED);
    rejected(run("let g : R -> R", "claim c: int(x in 0..1, diff(g(x), x)) = g(1) + g(0) by ftc(g(x))"),
        Status.FAILED, "the sides differ");
    // its composition with a function that has a pole in the interval is still refused for the pole
    rejected(run("let g : R -> R", "claim c: int(x in -1..1, diff(g(1/x), x)) = g(1) - g(-1) by ftc(g(1/x))"),
        Status.UNKNOWN, "not shown defined on [-1, 1]");
  }

  @Test
  void aDeltaInTheIntegrandIsStillRefused() {
    rejected(run("", "claim c: int(x in 0..1, δ(x - 1/2)) = 1 by ftc(x)"), Status.UNKNOWN,
        "whose continuity on [0, 1] deriv does not know");
  }

  @Test
  void ftcNeedsItsAntiderivative() {
    rejected(run("", "claim c: int(x in 0..1, x) = 1/2 by ftc"), Status.UNKNOWN, "name the antiderivative");
  }

  @Test
  void boundsOfDifferentDimensionsAreAnError() {
    FileResult r = check(deriv.cli.TestSupport.derivation("let L : positive [m]\nlet T_0 : positive [K]\nlet c : positive [J/m]",
        "claim c: int(x in T_0..L, c) = c*(L - T_0) by ftc(c*x)"));
    assertThat(r.diagnostics().stream().map(d -> d.message()))
        .anyMatch(m -> m.contains("dimension mismatch: the bounds of an integral are K and m"));
  }

  @Test
  void infinityIsOnlyABound() {
    // improper integrals are ImproperIntegralAttackTest's; ∞ anywhere but a bound is an error
    FileResult r = check(deriv.cli.TestSupport.derivation("", "claim c: exp(-∞) = 0"));
    assertThat(r.diagnostics().stream().map(d -> d.message()))
        .anyMatch(m -> m.contains("∞ is not a number: it may only be a bound of a definite integral"));
  }
}

package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.proved;
import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;

import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * Attacks on {@code substitution(g)} without a monotone g: ∫_a^b f(g(x))·g'(x) dx = ∫_{g(a)}^{g(b)} f(u) du needs g
 * continuously differentiable on [a, b] and f continuous on g([a, b]) — all of the image, not only the interval
 * between g(a) and g(b) — which the rule shows by f(g(x)) defined at every x of [a, b]. Each step outside the theorem
 * is refused for the side condition that fails; true non-monotone substitutions are proved.
 */
class SubstitutionAttackTest {

  // ---- f continuous on all of g([a, b]) -------------------------------------------------------------------------

  @Test
  void aPoleOfFInsideTheImageButNotBetweenTheEnds() {
    // g(−2) = g(2) = 3, so ∫_3^3 = 0; but g([−2, 2]) = [−1, 3] holds the pole of 1/u, at x = ±1: no value on the left
    rejected(run("", "claim c: int(x in -2..2, 2*x/(x^2 - 1)) = int(u in 3..3, 1/u) by substitution(x^2 - 1)"),
        Status.UNKNOWN, "the integrand 2*x/(x^2 - 1) is not shown defined on [-2, 2]: x^2 - 1 ≠ 0 not proved");
  }

  @Test
  void fNotContinuousOnTheImageThoughTheLeftIntegrandIs() {
    // 4x = (x^4)^(−1/2)·4x^3 away from 0, and 1/√u is continuous on [g(−1), g(2)] = [1, 16]; but g([−1, 2]) = [0, 16]
    // holds u = 0, where 1/√u has no value: not an instance of the theorem (an improper integral in disguise)
    rejected(run("", "claim c: int(x in -1..2, 4*x) = int(u in 1..16, u^(-1/2)) by substitution(x^4)"),
        Status.UNKNOWN, "f(g(x)) = (x^4)^(-1/2) is not shown defined on [-1, 2]: x^4 > 0 not proved",
        "u = x^4 is not shown monotone on [-1, 2]");
  }

  @Test
  void conditionsOfFFreeOfTheVariableAreProvedToo() {
    // at k = 0 the right side has no value, the left side is 0
    rejected(run("let k : real", "claim c: int(x in -1..1, 2*x*exp(x^2)) = int(u in 1..1, exp(u)/k*k) "
        + "by substitution(x^2)"), Status.UNKNOWN, "f(g(x)) = exp(x^2)/k*k is not shown defined on [-1, 1]: "
        + "k ≠ 0 not proved");
    rejected(run("let k : real", "claim c: int(x in -1..1, 2*x*(1/k)*k*exp(x^2)) = int(u in 1..1, exp(u)) "
        + "by substitution(x^2)"), Status.UNKNOWN, "the integrand 2*x/k*k*exp(x^2) is not shown defined on [-1, 1]: "
        + "k ≠ 0 not proved");
  }

  // ---- g continuously differentiable on [a, b] ------------------------------------------------------------------

  @Test
  void aKinkOrAnInfiniteSlopeOfGIsRefused() {
    // ∫_{-1}^1 1 dx = 2, but the step would give ∫_1^1 = 0: |x| has no derivative at 0
    rejected(run("", "claim c: int(x in -1..1, 1) = int(u in 1..1, 1) by substitution(abs(x))"), Status.UNKNOWN,
        "its derivative d/dx(|x|) is not shown defined on [-1, 1]: x ≠ 0 not proved");
    rejected(run("", "claim c: int(x in 0..1, 1/2) = int(u in 0..1, u) by substitution(sqrt(x))"), Status.UNKNOWN,
        "its derivative d/dx(sqrt(x)) is not shown defined on [0, 1]: x > 0 not proved");
  }

  // ---- the bounds: g(a)..g(b), or g(b)..g(a) with the sign of g' absorbed --------------------------------------

  @Test
  void theBoundsAreTheEndsImagesNotTheImage() {
    // g([−1, 2]) = [0, 4], but the substitution runs from g(−1) = 1 to g(2) = 4
    rejected(run("", "claim c: int(x in -1..2, 2*x*exp(x^2)) = int(u in 0..4, exp(u)) by substitution(x^2)"),
        Status.UNKNOWN, "the bounds 0..4 are not g(a)..g(b) = (-1)^2..2^2, nor g(b)..g(a)");
  }

  @Test
  void reversedBoundsNeedTheSignOfGPrimeAbsorbed() {
    // ∫_4^1 e^u du = e − e^4, the opposite of the left side
    rejected(run("", "claim c: int(x in -1..2, 2*x*exp(x^2)) = int(u in 4..1, exp(u)) by substitution(x^2)"),
        Status.UNKNOWN, "the integrand 2*x*exp(x^2) is not f(g(x))·(−g'(x))");
    // the t-integral runs downwards: the rule wants a ≤ b
    rejected(run("", "claim c: int(x in 2..-1, 2*x*exp(x^2)) = int(u in 4..1, exp(u)) by substitution(x^2)"),
        Status.UNKNOWN, "2 ≤ -1 not proved");
  }

  // ---- true non-monotone substitutions ---------------------------------------------------------------------------

  @Test
  void aNonMonotoneSubstitutionIsProved() {
    proved("", "claim c: int(x in -1..2, 2*x*cos(x^2)) = int(u in 1..4, cos(u)) by substitution(x^2)");
    proved("", "claim c: int(x in -1..2, 2*x*exp(x^2)) = int(u in 1..4, exp(u)) by substitution(x^2)");
    proved("", "claim c: int(u in 1..4, exp(u)) = int(t in -1..2, 2*t*exp(t^2)) by substitution(t^2)");
    proved("", "claim c: int(x in -1..2, 2*x*exp(x^2)) = int(u in 4..1, -exp(u)) by substitution(x^2)");
    // g(−1) = g(1): both sides 0
    proved("", "claim c: int(t in -1..1, 2*t*exp(t^2)) = int(u in 1..1, exp(u)) by substitution(t^2)");
  }

  @Test
  void aDeclaredFunctionWithAPositiveCodomain() {
    // nothing is known of p', so p is not shown monotone; 1/p(T) is defined on [T_1, T_2] since p > 0
    String declarations = "let T_1, T_2 : positive\nassume T_1 <= T_2\nlet p : R -> positive\n"
        + "let p_1, p_2 : positive, p_1 = p(T_1), p_2 = p(T_2)";
    String claim = "claim c: int(T in T_1..T_2, diff(p(T), T)/p(T)) = int(u in p_1..p_2, 1/u) by substitution(p(T))";
    proved(declarations, claim);
    // a real p may vanish between p_1 > 0 and p_2 > 0
    rejected(run(declarations.replace("R -> positive", "R -> R"), claim), Status.UNKNOWN, "p(T) ≠ 0 not proved");
  }
}

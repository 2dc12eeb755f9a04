package deriv.kernel.rules;

import static deriv.cli.TestSupport.check;
import static deriv.kernel.rules.StepClaims.proved;
import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.GoalResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * An improper integral under a sum, a product or an outer integral needs its convergence for every value of the
 * binder's variables, and that is still a convergence: never proved (by signs, by a declared condition), never
 * supplied by a premise (even, flip and whole_line prove their equations whether or not the integrals converge),
 * and said as a convergence. Restated as "D ≠ 0", a premise supplied it, and divergent integrals cancelled (round
 * 29). The true steps over convergent integrals under a sum stay proved.
 */
class ConvergenceUnderBinderAttackTest {
  private static final String EVEN_UNDER_SUM = "claim z: sum(j=1..2, int(x in -∞..∞, j*x^2))"
      + " = sum(j=1..2, 2*int(x in 0..∞, j*x^2)) by even";

  /** The goal of a derivation with {@code lines} before it, checked in-process. */
  private static GoalResult goal(String lines, String goal) {
    return check("derivation t\n  let k : real\n  " + lines.replace("\n", "\n  ") + "\n  goal " + goal + "\n")
        .derivations().get(0).goal();
  }

  private static void notReached(String lines, String goal, String reason) {
    GoalResult g = goal(lines, goal);
    assertThat(g.reached()).as(g.verdict().message()).isFalse();
    assertThat(g.verdict().message()).contains(reason).contains("which is not proved").doesNotContain("≠ 0");
  }

  // ---- a premise does not supply a convergence under a binder --------------------------------------------------

  @Test
  void aDivergentSumIsNotCancelledFromAnEvenPremise() {
    String cancel = "k = k + sum(j=1..2, int(x in -∞..∞, j*x^2)) - sum(j=1..2, 2*int(x in 0..∞, j*x^2))";
    notReached(EVEN_UNDER_SUM, cancel, "∫_{-∞}^∞ j*x^2 dx converges for every j = 1..2");
    rejected(run("let k : real\n" + EVEN_UNDER_SUM, "claim c: " + cancel + " from z"), Status.UNKNOWN,
        "holds only where ∫_{-∞}^∞ j*x^2 dx converges for every j = 1..2, which is not proved");
  }

  @Test
  void nestedSumsKeepTheConvergence() {
    String a = "sum(k2=1..2, sum(j=1..2, int(x in -∞..∞, j*k2*x^2)))";
    String b = "sum(k2=1..2, sum(j=1..2, 2*int(x in 0..∞, j*k2*x^2)))";
    notReached("claim z: " + a + " = " + b + " by even", "k = k + " + a + " - " + b,
        "∫_{-∞}^∞ j*k2*x^2 dx converges for every k2 = 1..2 and j = 1..2");
  }

  @Test
  void aSumInsideAnIntegralKeepsTheConvergence() {
    String a = "int(t in 0..1, sum(j=1..2, int(x in -∞..∞, t*j*x^2)))";
    String b = "int(t in 0..1, sum(j=1..2, 2*int(x in 0..∞, t*j*x^2)))";
    notReached("claim z: " + a + " = " + b + " by even", "k = k + " + a + " - " + b,
        "∫_{-∞}^∞ t*j*x^2 dx converges for every t in [0, 1] and j = 1..2");
  }

  @Test
  void anIntegralInsideAnIntegralKeepsTheConvergence() {
    String a = "int(t in 0..1, int(x in -∞..∞, t*x^2))";
    String b = "int(t in 0..1, 2*int(x in 0..∞, t*x^2))";
    notReached("claim z: " + a + " = " + b + " by even", "k = k + " + a + " - " + b,
        "∫_{-∞}^∞ t*x^2 dx converges for every t in [0, 1]");
    // without a premise the condition is said as a convergence, not as "∫_1^∞ t/x dx ≠ 0 for every t"
    rejected(run("let k : real",
        "claim c: k = k + int(t in 0..1, int(x in 1..∞, t/x)) - int(t in 0..1, int(x in 1..∞, t/x))"),
        Status.UNKNOWN, "holds only where ∫_1^∞ t/x dx converges for every t in [0, 1], which is not proved");
  }

  @Test
  void aProductKeepsTheConvergence() {
    String a = "prod(j=1..2, int(x in -∞..∞, j*x^2))";
    String b = "prod(j=1..2, 2*int(x in 0..∞, j*x^2))";
    notReached("claim z: " + a + " = " + b + " by even", "k = k + " + a + " - " + b,
        "∫_{-∞}^∞ j*x^2 dx converges for every j = 1..2");
  }

  @Test
  void anImproperOuterIntegralsConvergenceIsNotAnotherOnes() {
    // ∫_1^∞ D(t)·e^(−t) dt converges (D(t) = t), ∫_1^∞ D(t) dt does not: the first side's conditions do not meet the
    // second's, though the convergence of D(t) for every t ≥ 1 could be written as the second integral
    String d = "int(x in 1..∞, t/x^2)";
    String damped = "int(t in 1..∞, " + d + "*exp(-t))";
    String bare = "int(t in 1..∞, " + d + ")";
    rejected(run("let k : real", "claim c: k + " + damped + " = k + " + bare + " - " + bare + " + " + damped),
        Status.UNKNOWN, "holds only where ∫_1^∞ ∫_1^∞ t/x^2 dx dt converges, which is not proved");
    rejected(run("let k : real", "claim c: k = k + sum(j=1..3, j != 2, int(x in 0..∞, j*exp(x)))"
        + " - sum(j=1..3, j != 2, int(x in 0..∞, j*exp(x)))"), Status.UNKNOWN,
        "∫_0^∞ j*exp(x) dx converges for every j = 1..3 other than 2, which is not proved");
  }

  @Test
  void aFlipPremiseDoesNotSupplyIt() {
    String a = "sum(j=1..2, int(x in ∞..0, j*exp(x)))";
    String b = "sum(j=1..2, int(x in 0..∞, -(j*exp(x))))";
    notReached("claim z: " + a + " = " + b + " by flip", "k = k + " + a + " - " + b,
        "∫_∞^0 j*exp(x) dx converges for every j = 1..2");
  }

  @Test
  void aWholeLinePremiseDoesNotSupplyIt() {
    // ∫_R e^{x²} > 0 by its integrand's sign: "∫_{-∞}^∞ e^{x²} ≠ ∞" moved onto it was "proved" as ∫_R … ≠ 0
    notReached("claim z: int(x in R, exp(x^2)) = int(x in -∞..∞, exp(x^2)) by whole_line",
        "k = k + int(x in -∞..∞, exp(x^2)) - int(x in R, exp(x^2))", "∫_{-∞}^∞ exp(x^2) dx converges");
    String a = "sum(j=1..2, int(x in R, j*exp(x^2)))";
    String b = "sum(j=1..2, int(x in -∞..∞, j*exp(x^2)))";
    notReached("claim z: " + a + " = " + b + " by whole_line", "k = k + " + b + " - " + a,
        "∫_{-∞}^∞ j*exp(x^2) dx converges for every j = 1..2");
  }

  // ---- a convergence is not proved by signs or by a declared condition -----------------------------------------

  @Test
  void aDeclaredNonzeroIntegralIsNoConvergence() {
    // read as "∫ REL 0", the convergence ∫ ≠ ∞ was met by the declared ∫ ≠ 0
    rejected(run("let k : real\nassume int(x in 0..∞, exp(x)) != 0",
        "claim c: k = k + int(x in 0..∞, exp(x)) - int(x in 0..∞, exp(x))"), Status.UNKNOWN,
        "holds only where ∫_0^∞ exp(x) dx converges, which is not proved");
    rejected(run("", "claim c: 0*sum(j=1..2, int(x in 1..∞, j*x)) = 0"), Status.UNKNOWN,
        "holds only where ∫_1^∞ j*x dx converges for every j = 1..2, which is not proved");
  }

  // ---- true steps over convergent integrals ---------------------------------------------------------------------

  @Test
  void convergentIntegralsUnderASumAreStillProved() {
    proved("", "claim c: sum(j=1..2, int(x in 0..∞, j*exp(-x))) = sum(j=1..2, int(x in 0..∞, j*exp(-x)))*1");
    proved("", "claim c: sum(j=1..2, 2*int(x in 0..∞, j*exp(-x))) = 2*sum(j=1..2, int(x in 0..∞, j*exp(-x))) "
        + "by linearity");
    proved("", "claim c: sum(j=1..2, j*int(x in 0..∞, exp(-x))) = sum(j=1..2, j*1) by ftc(-exp(-x))");
    // written out, each term keeps its own convergence, which ftc then proves
    GoalResult g = goal("claim s: sum(j=1..2, int(x in 0..∞, j*exp(-x)))"
        + " = int(x in 0..∞, 1*exp(-x)) + int(x in 0..∞, 2*exp(-x)) by finite\n"
        + "  = 1 + int(x in 0..∞, 2*exp(-x)) by ftc(-exp(-x))\n  = 3 by ftc(-2*exp(-x))",
        "sum(j=1..2, int(x in 0..∞, j*exp(-x))) = 3");
    assertThat(g.reached()).as(g.verdict().message()).isTrue();
  }
}

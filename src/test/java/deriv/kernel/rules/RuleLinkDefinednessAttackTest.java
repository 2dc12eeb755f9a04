package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.proved;
import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A link proved by a kernel rule compares the rule's rewrite with the other side, so a condition the rewrite removed
 * (∫_a^a f → 0 removes a's) or brought in (the other integral's bounds) was never seen: round 29 proved
 * ∫_{ln c}^{ln c} 1 dx = 0 by flip with c real. The sides as written are now gated as for algebra, except for what
 * the rules answer for themselves (an integrand on its interval, an improper integral's convergence). Each claim
 * below is true where both sides are defined and is refused as unknown, naming the condition.
 */
class RuleLinkDefinednessAttackTest {

  @Test
  void aConditionOfABoundThatTheRewriteRemoves() {
    rejected(run("let c : real", "claim c: int(x in ln(c)..ln(c), 1) = 0 by flip"), Status.UNKNOWN,
        "holds only where c > 0, which is not proved");
    rejected(run("let c : real", "claim c: int(x in 0..c/c, 0) = 0 by ftc(0)"), Status.UNKNOWN,
        "holds only where c ≠ 0, which is not proved");
    rejected(run("let c : real", "claim c: int(x in ln(c)..∞, 0) = 0 by ftc(0)"), Status.UNKNOWN,
        "holds only where c > 0, which is not proved");
    rejected(run("let c, d : real", "claim c: int(x in -(c*d/d)..c, x^2) = 2*int(x in 0..c, x^2) by even"),
        Status.UNKNOWN, "holds only where d ≠ 0, which is not proved");
  }

  @Test
  void aConditionOfABoundThatTheRewriteBringsIn() {
    rejected(run("let c : real", "claim c: int(t in 0..1, 2*t*exp(t^2)) = int(u in 0..c/c, exp(u)) "
        + "by substitution(t^2)"), Status.UNKNOWN, "holds only where c ≠ 0, which is not proved");
    rejected(run("let c : real", "claim c: int(x in 0..1, x*exp(x)) = (1*exp(1) - 0*exp(0)) "
        + "- int(x in 0..c/c, exp(x)) by parts(x, exp(x))"), Status.UNKNOWN, "holds only where c ≠ 0");
  }

  @Test
  void thePointDeltaSiftsAt() {
    rejected(run("let c : real", "claim c: int(r in R, δ(r - ln(c))*5) = 5 by sift"), Status.UNKNOWN,
        "holds only where c > 0, which is not proved");
  }

  @Test
  void aConditionOfABoundInsideALargerSide() {
    // the rule rewrites a subterm; the gate sees the side as written (a sum over the integral is not rewritten by
    // flip at all, so it would test nothing here)
    StepResult s = run("let c, d : real", "claim c: d + 2*int(x in ln(c)..ln(c), 1) = d by flip");
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.UNKNOWN);
    assertThat(s.verdict().message()).startsWith("not proved: d + 2*").contains("holds only where c > 0, which is not proved");
  }

  @Test
  void aConditionForEveryIndexOfANumericRangeIsWrittenOutTermByTerm() {
    // round 30: 2/(2 − 1) is the one term; the condition ∏_{k=1..2, k≠1} (k − 1) ≠ 0 is 1 ≠ 0, written out
    proved("", "claim c: sum(k=1..2, k != 1, k/(k-1)) = 2 by finite");
    // written out, the term at k = 0 (or at k = 1 when k = 2 is left out) is 0/0 or 1/0: still refused
    StepResult zero = run("", "claim c: sum(k=0..2, k/k) = 3 by finite");
    assertThat(zero.status()).as(zero.verdict().message()).isNotEqualTo(Status.PROVED);
    StepResult pole = run("", "claim c: sum(k=1..2, k != 2, k/(k-1)) = 1 by finite");
    assertThat(pole.status()).as(pole.verdict().message()).isNotEqualTo(Status.PROVED);
  }

  @Test
  void aConditionForEveryIndexIsProvedWithTheIndexInItsRangeOnly() {
    proved("let N : natural", "claim c: ln(N!) = sum(j=1..N, ln(j)) by log_factorial"); // j > 0 for j = 1..N
    // a declared j > 0 says nothing of the summation index j, which takes the value 0
    StepResult shadowed = run("let j : positive", "claim c: sum(j=-1..1, j/j) = 3 by finite");
    assertThat(shadowed.status()).as(shadowed.verdict().message()).isEqualTo(Status.FAILED);
    assertThat(shadowed.verdict().message()).contains("≠ 0 fails");
  }

  @Test
  void theSameStepsAreProvedWhereTheConditionHolds() {
    proved("let c : positive", "claim c: int(x in ln(c)..ln(c), 1) = 0 by flip");
    proved("let c : positive", "claim c: int(x in 0..c/c, 0) = 0 by ftc(0)");
    proved("let c : positive", "claim c: int(t in 0..1, 2*t*exp(t^2)) = int(u in 0..c/c, exp(u)) by substitution(t^2)");
    proved("let c : positive", "claim c: int(r in R, δ(r - ln(c))*5) = 5 by sift");
    proved("let c : positive\nlet d : real, d != 0", "claim c: int(x in -(c*d/d)..c, x^2) = 2*int(x in 0..c, x^2) by even");
  }

  @Test
  void aRuleStillAnswersForTheIntegrandAndTheLimit() {
    // the integrand's conditions on the interval and the convergence at ∞ are the rule's: proved by it
    proved("", "claim c: int(x in 0..1, 1/(x + 1)) = ln(2) - ln(1) by ftc(ln(x + 1))");
    proved("", "claim c: int(x in 0..∞, exp(-x)) = 1 by ftc(-exp(-x))");
  }
}

package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.proved;
import static deriv.kernel.rules.StepClaims.run;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A law's −u matches a term that is not written as a negation, at u = −t: the instance −(−t) is t itself, so
 * e^(−u) ≈ 1 − u linearises e^a as 1 + a (a doc-only author's first try, debye/01). Each instance is the law's own:
 * its right side at u = −t, its conditions at u = −t.
 */
class NegatedPatternAttackTest {
  private static final String LAW = "let a : real\nlet f : R -> R\npostulate p(u): f(-u) = u";

  @Test
  void theInstanceAtMinusTIsTheLawsOwn() {
    proved(LAW, "claim c: f(a) = -a by p");
    proved(LAW, "claim c: f(-a) = a by p");
  }

  @Test
  void aWrongRightSideIsNotProvedThroughIt() {
    StepResult s = run(LAW, "claim c: f(a) = a by p");
    assertThat(s.status()).as(s.verdict().message()).isIn(Status.FAILED, Status.UNKNOWN);
    assertThat(s.verdict().message()).contains("'p' does not turn one side into the other");
  }

  @Test
  void theLawsConditionIsJudgedAtMinusT() {
    // L holds for positive w; used at w = −t, the condition is −t > 0
    String law = "let w, a : positive\nlet b : negative\nclaim L: abs(-w) = w";
    StepResult wrong = run(law, "claim c: abs(a) = -a by L");
    assertThat(wrong.status()).as(wrong.verdict().message()).isIn(Status.FAILED, Status.UNKNOWN);
    proved(law, "claim c: abs(b) = -b by L");
  }

  @Test
  void anApproximationLinearisesBothSigns() {
    String small = "let a : real\napprox small(u): exp(-u) ≈ 1 - u";
    proved(small, "claim c: exp(a) - exp(-a) ≈ (1 + a) - (1 - a) by small");
    assertThat(run(small, "claim c: exp(a) ≈ 1 - a by small").status()).isNotEqualTo(Status.PROVED);
  }
}

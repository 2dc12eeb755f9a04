package deriv.kernel;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the kernel's work-saving shortcuts (issue 11): signs remembered per obligation and context, a quick look
 * at points before an interval rule's comparison, sums that cancel compared within their error bounds. Each must save
 * work and nothing else: what it skips was never a proof, and what it remembers is never read in another context.
 */
class WorkSavingAttackTest {
  private static StepResult claim(String declarations, String claim) {
    return step(check(deriv.cli.TestSupport.derivation(declarations, claim)), "c");
  }

  /** One obligation asks the same variable's sign under two contexts: the memo must keep them apart. */
  @Test
  void signsRememberedInOneContextAreNotReadInAnother() {
    Var x = K.scalar("x");
    Context positive = K.reals(x).withCondition(K.positive(x));
    Context real = K.reals(x);
    Verdict v = Prover.run(Limits.DEFAULT, p -> {
      boolean first = Signs.isPositive(x, positive);
      boolean second = Signs.isPositive(x, real);
      boolean third = Signs.isNonZero(x, real);
      return first && !second && !third ? Verdict.proved("memo", "kept apart", List.of())
          : Verdict.of(Status.FAILED, "memo", first + " " + second + " " + third, null, java.util.Map.of(), List.of());
    });
    assertThat(v.status()).as(v.message()).isEqualTo(Status.PROVED);
  }

  /** A definition's signs are read in the context of the use: the same name defined otherwise is another context. */
  @Test
  void aDefinitionsSignsDoNotLeakIntoAContextWhereItIsDefinedOtherwise() {
    StepResult proved = claim("let a : positive\\ndef y := a^2 + 1", "claim c: abs(y) = y");
    assertThat(proved.status()).as(proved.verdict().message()).isEqualTo(Status.PROVED);
    StepResult refuted = claim("let a : positive\\ndef y := -(a^2) - 1", "claim c: abs(y) = y");
    assertThat(refuted.status()).as(refuted.verdict().message()).isEqualTo(Status.FAILED);
    assertThat(refuted.verdict().message()).contains("differ");
  }

  /**
   * ftc's antiderivative is compared with the integrand at points first; a wrong antiderivative must still be refused
   * with the comparison as the reason, whether the look or the proof found it.
   */
  @Test
  void aWrongAntiderivativeIsStillRefusedForItsDerivative() {
    StepResult s = claim("let x : positive", "claim c: int(t in 0..x, t*exp(x*t)) = 1 by ftc(exp(x*t)/x)");
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.UNKNOWN);
    assertThat(s.verdict().message()).contains("d/dt of the antiderivative exp(x*t)/x is", "not the integrand");
  }

  /** An integral inside the antiderivative is one generic value for the look, the same on both sides: still proved. */
  @Test
  void anIntegralInsideTheAntiderivativeIsOneValueOnBothSides() {
    StepResult s = claim("let x : positive",
        "claim c: int(φ in 0..1, int(t in 0..1, t*x)) = int(t in 0..1, t*x) by ftc(φ*int(t in 0..1, t*x))");
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.PROVED);
  }

  /** The look skips a proof only: an antiderivative right except at a generic value of an atom proves nothing new. */
  @Test
  void aValueThatDependsOnAnAtomIsNotProvedThroughTheLook() {
    StepResult s = claim("let x : positive",
        "claim c: int(φ in 0..2, int(t in 0..1, t*x)) = 2*int(t in 0..1, t*x) by ftc(φ^2*int(t in 0..1, t*x))");
    assertThat(s.status()).as(s.verdict().message()).isNotEqualTo(Status.PROVED);
    assertThat(s.verdict().message()).contains("is 0, not the integrand");
  }

  /** e^(1000·x·t): the look evaluates huge values without sizing digits for a counterexample; the true step is proved. */
  @Test
  void hugeValuesInTheLookDoNotStopATrueStep() {
    StepResult s = claim("let x : positive",
        "claim c: int(t in 0..1, exp(1000*x*t)) = (exp(1000*x) - 1)/(1000*x) by ftc(exp(1000*x*t)/(1000*x))");
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.PROVED);
  }
}

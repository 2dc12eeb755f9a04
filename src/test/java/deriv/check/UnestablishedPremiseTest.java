package deriv.check;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.cli.TestSupport;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: every transition is checked, also after a step that did not hold. A step that cites an unestablished
 * claim is decided from that claim's statement as written (as Lean checks a proof that uses an unproved lemma); its
 * own claim is then not established either, and the goal says where the chain broke. Such a step is never failed
 * because of what the unestablished claim says: that claim may be false.
 */
class UnestablishedPremiseTest {
  private static final String WRONG_THEN_RIGHT = String.join("\n",
      "derivation d",
      "  let x : positive",
      "  claim wrong: (x + 1)^2 = x^2 + 1",
      "  claim later: ln((x + 1)^2) = ln(x^2 + 1) from wrong by log",
      "  claim last:",
      "    ln((x + 1)^2)",
      "      = ln(x^2 + 1)  by later",
      "      = ln(1 + x^2)  by algebra",
      "  goal ln((x + 1)^2) = ln(1 + x^2)",
      "");

  @Test
  void aStepAfterAFailedOneIsCheckedFromItsStatement() {
    FileResult r = TestSupport.check(WRONG_THEN_RIGHT);
    assertThat(TestSupport.status(r, "wrong")).isEqualTo(Status.FAILED);
    StepResult later = TestSupport.step(r, "later");
    assertThat(later.status()).isEqualTo(Status.PROVED);
    assertThat(later.unestablished()).containsExactly("wrong");
    StepResult link = TestSupport.step(r, "last.1");
    assertThat(link.status()).isEqualTo(Status.PROVED);
    assertThat(link.unestablished()).containsExactly("later");
    // the last link cites nothing unestablished, but its claim rests on one that is not
    assertThat(TestSupport.step(r, "last.2").unestablished()).isEmpty();
    GoalResult goal = r.derivations().get(0).goal();
    assertThat(goal.reached()).isFalse();
    assertThat(goal.verdict().message())
        .isEqualTo("the last claim 'last' is not established: step 'wrong' (line 3) is failed");
  }

  @Test
  void whatAnUnestablishedClaimSaysRefutesNothing() {
    // 'wrong' is false; rewritten by it, the true claim would be "refuted" at any point. It must not be failed.
    String text = String.join("\n",
        "derivation d",
        "  let x : positive",
        "  claim wrong: (x + 1)^2 = x^2 + 1",
        "  claim true_anyway: (x + 1)^2 = x^2 + 2*x + 1 from wrong",
        "  goal (x + 1)^2 = x^2 + 2*x + 1",
        "");
    FileResult r = TestSupport.check(text);
    StepResult s = TestSupport.step(r, "true_anyway");
    assertThat(s.unestablished()).containsExactly("wrong");
    assertThat(s.status()).isNotEqualTo(Status.FAILED).isNotEqualTo(Status.PROVED);
  }

  /**
   * Round 18: an instance of an unestablished claim that may not be taken (y has a condition; 1/n is not proved
   * real) was handed to the refutation as an exact fact, and an identity came out failed.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "let y : real, y > 0|claim a: y^2 = 2*y|claim b: y^2 = (y+1)^2 - 2*y - 1 from a[y := 2]",
      "let n : real\nlet x : real|claim a: n^2 = 2*n + x|claim b: n^2 = (n+1)^2 - 2*n - 1 from a[x := 1/n]"})
  void aRefusedInstanceOfAnUnestablishedClaimRefutesNothing(String lines) {
    String[] parts = lines.split("\\|");
    FileResult r = TestSupport.check(TestSupport.derivation(parts[0], parts[1], parts[2]));
    assertThat(TestSupport.status(r, "a")).isEqualTo(Status.FAILED);
    assertThat(TestSupport.status(r, "b")).isNotEqualTo(Status.FAILED).isNotEqualTo(Status.PROVED);
  }

  /** Round 18: a claim named like a rule does not shadow the rule; the step by the rule is not 'from' the claim. */
  @Test
  void aClaimNamedLikeARuleDoesNotShadowIt() {
    FileResult r = TestSupport.check(String.join("\n",
        "derivation d",
        "  let n : natural",
        "  let c : real",
        "  claim sum_const: c = 2*c",
        "  claim b: sum(i=1..n, c) = n*c by sum_const",
        "  goal sum(i=1..n, c) = n*c", ""));
    StepResult b = TestSupport.step(r, "b");
    assertThat(b.status()).isEqualTo(Status.PROVED);
    assertThat(b.unestablished()).isEmpty();
    assertThat(r.derivations().get(0).goal().reached()).isTrue();
  }

  @Test
  void theTextOutputSaysWhatTheStepWasCheckedFrom() {
    deriv.check.RunResult run = new deriv.check.RunResult(java.util.List.of(TestSupport.check(WRONG_THEN_RIGHT)),
        new Options(deriv.kernel.Limits.DEFAULT, false));
    assertThat(deriv.report.TextReport.write(run)).contains("    from:     checked from 'wrong' as written, which is "
        + "not established, so this claim is not established either\n");
  }
}

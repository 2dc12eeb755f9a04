package deriv.kernel.rules;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Evidence;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: factorials, x! = Γ(x + 1), defined for x > −1. The recurrence and the logarithm as a sum are theorems with
 * side conditions; Stirling's formula is an approximation that only a link written ≈ may use, and then rests on.
 * Each attack asserts that the claim is rejected and why.
 */
class FactorialTest {
  private static StepResult only(String declarations, String claim) {
    FileResult r = check(derivation(declarations, "claim c: " + claim));
    return step(r, "c");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "let N : natural; N! = N*(N - 1)! by factorial",
      "let N : natural; (N + 1)! = (N + 1)*N! by factorial",
      "let x : positive; x! = x*(x - 1)! by factorial",
      "let N : natural; ln(N!) = sum(j=1..N, ln(j)) by log_factorial",
      "let N : natural; ln((N - 1)!) = sum(k=1..N - 1, ln(k)) by log_factorial",
      "let a : positive; 5! = 120",
      "let a : positive; 5!/3! = 20",
      "let a : positive; 0! = 1",
      "let N : natural; N*(N - 1)!/(N*(N - 1)!) = 1",
      // round 19: n! of an integer is an integer, so a negative base may be raised to it
      "let a : positive; (-2)^(3!) = 64 + 0*a",
  })
  void provedWhereTheSideConditionsHold(String declarations, String claim) {
    assertThat(only(declarations, claim).status()).as(claim).isEqualTo(Status.PROVED);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      // the recurrence needs x > 0: at x = −1/2, (x − 1)! is a pole
      "let x : real; x! = x*(x - 1)! by factorial; not proved|does not turn|undefined",
      // the sum needs an integer n ≥ 0 (and sums run over integers): for a real x the rule does not apply
      "let x : positive; ln(x!) = x*ln(x) - x by log_factorial; rule 'log_factorial' does not turn",
      // (−1)! is a pole of Γ(x + 1): no value
      "let a : positive; (-1)! = 1 + 0*a; undefined|not proved|false",
      "let x : positive; x! = 1 + 0*x; false",
      "let N : natural; N! = N^2; false",
  })
  void rejectedForTheReason(String declarations, String claim, String why) {
    StepResult s = only(declarations, claim);
    assertThat(s.status()).as(claim).isIn(Status.FAILED, Status.UNKNOWN);
    assertThat(s.verdict().message()).as(claim).containsPattern(why);
  }

  @Test
  void stirlingIsAnApproximationAndAGoalRestsOnIt() {
    FileResult r = check(String.join("\n",
        "derivation s",
        "  let N : natural",
        "  claim st:",
        "    ln(N!)",
        "      ≈ N*ln(N) - N  by stirling",
        "  goal ln(N!) ≈ N*ln(N) - N", ""));
    assertThat(step(r, "st").status()).isEqualTo(Status.PROVED);
    GoalResult g = r.derivations().get(0).goal();
    assertThat(g.reached()).isTrue();
    assertThat(g.restsOn()).extracting(Evidence::name, Evidence::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stirling", Evidence.Kind.APPROXIMATION));
  }

  @Test
  void stirlingAsAnExactEquationIsFalseAndSaysItIsAnApproximation() {
    StepResult s = only("let N : natural", "ln(N!) = N*ln(N) - N by stirling");
    assertThat(s.status()).isEqualTo(Status.FAILED);
    assertThat(s.verdict().message()).startsWith("'stirling' is an approximation").contains("false");
    // nor does automatic search use it for a link written =
    StepResult auto = only("let N : natural", "ln(N!) = N*ln(N) - N");
    assertThat(auto.status()).isEqualTo(Status.FAILED);
  }

  /** Round 19: Symja reduces a factorial's argument modulo 2^64; such a factorial is held, never evaluated. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "let a : positive; (2^64 + 3)! = 6 + 0*a",
      "let a : positive; (2^64 - 1)! = -1 + 0*a",
      "let N : natural; (N + 2^64)! = N!"})
  void aHugeFactorialIsNeverEvaluated(String declarations, String claim) {
    assertThat(only(declarations, claim).status()).as(claim).isNotEqualTo(Status.PROVED)
        .isNotEqualTo(Status.TESTED);
  }

  /** Round 19: a link written ≈ that Stirling does not give is not refuted through it (it may be exact). */
  @Test
  void stirlingRefutesNothing() {
    StepResult s = step(check(String.join("\n",
        "derivation s",
        "  let N : natural",
        "  claim t:",
        "    ln((N + 1)!)",
        "      ≈ ln(N + 1) + ln(N!)  by stirling",
        "  goal ln((N + 1)!) ≈ ln(N + 1) + ln(N!)", "")), "t");
    assertThat(s.status()).isEqualTo(Status.UNKNOWN);
    assertThat(s.verdict().message()).contains("'stirling' does not turn one side into the other");
  }

  /** An undefined factorial is "an integer" only where defined: it is no value for an integer variable. */
  @Test
  void anUndefinedFactorialIsNoValueForAnInstance() {
    FileResult r = check(String.join("\n",
        "derivation s",
        "  let n : integer",
        "  claim zero: n*0 = 0",
        "  claim pole: (-1)!*0 = 0 from zero[n := (-1)!]",
        "  goal (-1)!*0 = 0", ""));
    StepResult s = step(r, "pole");
    assertThat(s.status()).isNotEqualTo(Status.PROVED);
    assertThat(r.derivations().get(0).goal().reached()).isFalse();
  }

  @Test
  void aGoalWrittenWithEqualsIsNotReachedThroughStirling() {
    FileResult r = check(String.join("\n",
        "derivation s",
        "  let N : natural",
        "  claim st: ln(N!) ≈ N*ln(N) - N  by stirling",
        "  goal ln(N!) = N*ln(N) - N", ""));
    assertThat(r.derivations().get(0).goal().reached()).isFalse();
  }
}

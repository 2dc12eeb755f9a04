package deriv.kernel;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, class 1: sums and products are the kernel's. Symja never evaluates a sum with symbolic bounds (it did as
 * if the bound sat at its lower end), bounds are integers, and closed forms are proved by induction with the empty
 * range in view. Each attack asserts the rejection and its reason.
 */
class SumSoundnessTest {
  private static StepResult only(String declarations, String claim) {
    return step(check(derivation(declarations, "claim c: " + claim)), "c");
  }

  private static void notProved(StepResult s, String reason) {
    assertThat(s.status()).isIn(Status.FAILED, Status.UNKNOWN);
    assertThat(s.verdict().message()).contains(reason);
  }

  @Test
  void aSumWithAnIntegralIsNotEvaluatedAtItsLowerBound() {
    StepResult s = only("let N : natural\nlet ρ : R -> R", "sum(j=1..N - 1, ρ(j)*int(u in R, exp(-u^2))) = 0");
    notProved(s, "induction step is not proved");
  }

  @Test
  void nonIntegerBoundsAreAnErrorAtTheirPosition() {
    FileResult r = check(derivation("", "claim c: sum(j=1/2..5/2, j) = 9/2"));
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("the bounds of a sum run over the integers; 1/2 is not an integer"));
    Diagnostic first = r.diagnostics().get(0);
    assertThat(first.span().line()).isEqualTo(3);
    assertThat(first.span().column()).isEqualTo(18);
  }

  @Test
  void realVariablesAndNonIntegerLeftOutValuesAreNotBounds() {
    FileResult r = check(derivation("let x : real", "claim c: prod(j=1..x, j) = 1",
        "claim d: sum(j=1..3, j != 1/2, j) = 6"));
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("the bounds of a product run over the integers; x is not an integer"))
        .anyMatch(m -> m.contains("1/2 is not an integer"));
  }

  @Test
  void sumsToDifferentBoundsAreDifferent() {
    notProved(only("let n : integer", "sum(j=1..n, (-1)^j) = sum(j=1..n+1, (-1)^j)"), "sides differ");
  }

  @Test
  void aConstantSumNeedsANonNegativeRange() {
    notProved(only("let n : integer\nlet c : real", "sum(j=1..n, c) = n*c"), "sides differ");
    assertThat(only("let n : integer\nlet c : real\nassume n >= 0", "sum(j=1..n, c) = n*c").status())
        .isEqualTo(Status.PROVED);
    assertThat(only("let n : natural\nlet c : real", "sum(j=1..n, c) = n*c").status()).isEqualTo(Status.PROVED);
  }

  @Test
  void aRightClosedFormNeedsTheRangeNotToBeNegative() {
    StepResult s = only("let n : integer", "sum(j=1..n, j) = n*(n+1)/2");
    assertThat(s.status()).isNotEqualTo(Status.PROVED);
    assertThat(s.verdict().message()).contains("range is empty");
    StepResult t = only("let n : natural", "sum(j=1..n, j) = n*(n+1)/2");
    assertThat(t.status()).isEqualTo(Status.PROVED);
    assertThat(t.verdict().rule()).isEqualTo("induction");
  }

  @Test
  void aWrongClosedFormShowsTheInductionResidual() {
    notProved(only("let n : natural", "sum(j=1..n, j) = n^2/2"), "F(k) − (F(k − 1) + f(k)) = -1/2");
  }

  @Test
  void finiteSumsAreWrittenOut() {
    StepResult right = only("", "sum(j=1..3, j^2) = 14");
    assertThat(right.status()).isEqualTo(Status.PROVED);
    assertThat(right.verdict().rule()).isEqualTo("finite");
    notProved(only("", "sum(j=1..3, j^2) = 15"), "lhs=14, rhs=15");
    assertThat(only("", "sum(j=3..1, j) = 0").status()).isEqualTo(Status.PROVED);
  }

  @Test
  void productsLikewise() {
    assertThat(only("", "prod(j=1..4, j) = 24").status()).isEqualTo(Status.PROVED);
    notProved(only("", "prod(j=1..4, j) = 25"), "lhs=24, rhs=25");
    notProved(only("let n : integer\nlet c : positive", "prod(j=1..n, c) = c^n"), "sides differ");
    assertThat(only("let n : natural\nlet c : real", "prod(j=1..n, c) = c^n").status()).isEqualTo(Status.PROVED);
    StepResult factorial = only("let n : natural", "prod(j=1..n, 2) = 2^n");
    assertThat(factorial.status()).isEqualTo(Status.PROVED);
    notProved(only("let n : natural", "prod(j=1..n, 2) = 2^(n+1)"), "sides differ");
  }

  @Test
  void aGeometricSumByInduction() {
    StepResult s = only("let N : natural\nlet q : positive, q != 1",
        "sum(j=0..N, q^j) = (q^(N + 1) - 1)/(q - 1)");
    assertThat(s.status()).isEqualTo(Status.PROVED);
    notProved(only("let N : natural\nlet q : positive, q != 1", "sum(j=0..N, q^j) = (q^N - 1)/(q - 1)"),
        "induction");
  }
}

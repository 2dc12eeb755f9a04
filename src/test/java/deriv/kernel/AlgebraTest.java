package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlgebraTest {
  private final Var x = scalar("x");
  private final Var y = scalar("y");
  private final Var a = scalar("a");
  private final Var b = scalar("b");

  @Test
  void polynomialIdentityIsProved() {
    Verdict v = decide(sq(plus(x, y)), plus(sq(x), times(num(2), x, y), sq(y)), reals(x, y));
    assertThat(v.status()).isEqualTo(Status.PROVED);
    assertThat(v.trace()).isNotEmpty();
  }

  @Test
  void rationalIdentityIsProved() {
    // 1/x - 1/(x+1) = 1/(x*(x+1)) for x != 0, -1
    Verdict v = decide(minus(div(num(1), x), div(num(1), plus(x, num(1)))),
        div(num(1), times(x, plus(x, num(1)))), reals(x));
    assertThat(v.status()).isEqualTo(Status.PROVED);
  }

  @Test
  void expOfSumIsProved() {
    Verdict v = decide(exp(plus(a, b)), times(exp(a), exp(b)), reals(a, b));
    assertThat(v.status()).isEqualTo(Status.PROVED);
  }

  @Test
  void signErrorFailsWithCounterexample() {
    Verdict v = decide(sq(minus(x, y)), plus(sq(x), times(num(2), x, y), sq(y)), reals(x, y));
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.counterexample()).containsKeys("x", "y", "lhs", "rhs");
    assertThat(v.counterexample().get("lhs")).isNotEqualTo(v.counterexample().get("rhs"));
    assertThat(v.residual()).contains("x").contains("y");
  }

  @Test
  void invertedFactorFails() {
    Verdict v = decide(div(x, y), div(y, x), reals(x, y).withCondition(positive(x)).withCondition(positive(y)));
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.counterexample()).containsKeys("x", "y");
  }

  @Test
  void logOfSumIsNotSumOfLogs() {
    Context ctx = reals(a, b).withCondition(positive(a)).withCondition(positive(b));
    Verdict v = decide(log(plus(a, b)), plus(log(a), log(b)), ctx);
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.counterexample()).containsKeys("a", "b", "lhs", "rhs");
  }

  @Test
  void tinyConstantDifferenceFailsExactly() {
    Term tiny = pow(num(10), num(-25));
    Verdict v = decide(plus(num(1), tiny), num(1), Context.empty());
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.residual()).isEqualTo("1/10000000000000000000000000");
  }

  @Test
  void tinyMultipleOfAVariableIsNotZero() {
    // a numeric zero test with tolerance would call 10^-30*x zero; exact arithmetic does not
    Verdict v = decide(times(pow(num(10), num(-30)), x), num(0), reals(x));
    assertThat(v.status()).isEqualTo(Status.FAILED);
  }

  @Test
  void residualIsPrintedWithUserNames() {
    Var print = scalar("Print");
    Var n = scalar("N");
    Verdict v = decide(plus(print, n), times(num(2), n), reals(print, n));
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.residual()).isIn("Print - N", "-N + Print");
  }

  @Test
  void definitionsAreUnfoldedWhenNeeded() {
    Var c = scalar("c");
    Context ctx = reals(x).withDefinition(new Definition(c, java.util.List.of(), sq(x)));
    Verdict v = decide(plus(c, x), times(x, plus(x, num(1))), ctx);
    assertThat(v.status()).isEqualTo(Status.PROVED);
    assertThat(v.trace()).anyMatch(l -> l.startsWith("with definitions unfolded"));
  }

  @Test
  void definedFunctionIsBetaReduced() {
    Var f = function("f");
    Var u = scalar("u");
    Context ctx = reals(x).withDefinition(new Definition(f, java.util.List.of(u), times(num(3), u)));
    assertThat(decide(apply(f, plus(x, num(1))), plus(times(num(3), x), num(3)), ctx).status())
        .isEqualTo(Status.PROVED);
    assertThat(decide(apply(f, x), times(num(4), x), ctx).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void uninterpretedFunctionIdentityIsProvedAndFalseOneFails() {
    Var f = function("f");
    assertThat(decide(plus(apply(f, x), apply(f, x)), times(num(2), apply(f, x)), reals(x)).status())
        .isEqualTo(Status.PROVED);
    Verdict v = decide(apply(f, plus(x, y)), plus(apply(f, x), apply(f, y)), reals(x, y));
    assertThat(v.status()).isEqualTo(Status.FAILED);
    assertThat(v.counterexample()).containsKey("f");
  }
}

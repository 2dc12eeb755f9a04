package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Condition.Relation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignsTest {
  private final Var x = scalar("x");
  private final Var t = scalar("T");
  private final Var q = scalar("q");
  private final Context ctx = reals(x, t, q).withCondition(positive(t)).withCondition(ne(q, num(0)));

  /** |sin|, |cos| ≤ 1: a constant larger than the sum of the amplitudes decides the sign, and nothing less does. */
  @Test
  void boundedOscillationsTakeTheSignOfALargerConstant() {
    Term sin = op(Head.SIN, x);
    Term cos = op(Head.COS, times(num(2), x));
    assertThat(Signs.isNegative(minus(sin, num(2)), ctx)).as("sin x − 2").isTrue();
    assertThat(Signs.isPositive(minus(times(num(3), cos), minus(div(sin, num(2)), num(4))), ctx))
        .as("3 cos 2x − sin x/2 + 4: amplitude 7/2 < 4").isTrue();
    assertThat(Signs.isNegative(minus(sin, num(1)), ctx)).as("sin x − 1 is 0 at π/2").isFalse();
    assertThat(Signs.isNonZero(minus(plus(times(num(3), cos), div(sin, num(2))), num(7, 2)), ctx))
        .as("amplitude equal to the constant: not decided").isFalse();
    assertThat(Signs.isNegative(minus(times(t, sin), num(2)), ctx)).as("T·sin x: T is not bounded").isFalse();
    assertThat(Signs.isNegative(minus(op(Head.SIN, log(x)), num(2)), ctx)).as("ln x may not be real").isFalse();
  }

  @Test
  void syntacticFacts() {
    assertThat(Signs.isPositive(t, ctx)).isTrue();
    assertThat(Signs.isPositive(x, ctx)).isFalse();
    assertThat(Signs.isPositive(exp(x), ctx)).isTrue();
    assertThat(Signs.isPositive(div(num(3), t), ctx)).isTrue();
    assertThat(Signs.isPositive(plus(t, sq(x)), ctx)).isTrue();
    assertThat(Signs.isNonNegative(sq(x), ctx)).isTrue();
    assertThat(Signs.isPositive(sq(x), ctx)).isFalse();
    assertThat(Signs.isPositive(sq(q), ctx)).isTrue();
    assertThat(Signs.isNonZero(q, ctx)).isTrue();
    assertThat(Signs.isPositive(q, ctx)).isFalse();
    assertThat(Signs.isPositive(op(Head.PI), ctx)).isTrue();
    assertThat(Signs.isPositive(sqrt(t), ctx)).isTrue();
    assertThat(Signs.isNonNegative(abs(x), ctx)).isTrue();
    assertThat(Signs.isNegative(neg(t), ctx)).isTrue();
    assertThat(Signs.isPositive(minus(t, x), ctx)).isFalse();
    assertThat(Signs.isReal(log(x), ctx)).isFalse();
    assertThat(Signs.isReal(log(t), ctx)).isTrue();
    assertThat(Signs.isReal(div(num(1), x), ctx)).isFalse(); // x may be 0
    Var y = vector("y");
    assertThat(Signs.isPositive(integral(y, exp(neg(sq(norm(y))))), ctx)).isTrue();
    assertThat(Signs.isNonNegative(norm(y), ctx)).isTrue();
  }

  @Test
  void lowerBoundsGivePositivity() {
    Var n = integer("N");
    Context c = reals(n).withCondition(ge(n, num(1)));
    assertThat(Signs.isPositive(n, c)).isTrue();
    Context c0 = reals(n).withCondition(ge(n, num(0)));
    assertThat(Signs.isPositive(n, c0)).isFalse();
    assertThat(Signs.isNonNegative(n, c0)).isTrue();
    Context reversed = reals(x).withCondition(new Condition(Relation.LESS, num(2), x));
    assertThat(Signs.isPositive(x, reversed)).isTrue();
  }

  @Test
  void symjaFallbackProvesWhatSyntaxCannot() {
    Term e = plus(exp(x), t, neg(num(1, 2)), num(1)); // e^x + T + 1/2 > 0, but a sum with a negative term
    assertThat(Signs.isPositive(e, ctx)).isFalse();
    Verdict v = Prover.run(deriv.kernel.Limits.DEFAULT, p -> Signs.isPositive(e, ctx, p)
        ? Verdict.proved("sign", "positive", java.util.List.of()) : Verdict.assumed("sign", "not shown"));
    assertThat(v.status()).isEqualTo(Status.PROVED);
    Verdict w = Prover.run(deriv.kernel.Limits.DEFAULT, p -> Signs.isPositive(minus(t, x), ctx, p)
        ? Verdict.proved("sign", "positive", java.util.List.of()) : Verdict.assumed("sign", "not shown"));
    assertThat(w.status()).isEqualTo(Status.ASSUMED);
  }
}

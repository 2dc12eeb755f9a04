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

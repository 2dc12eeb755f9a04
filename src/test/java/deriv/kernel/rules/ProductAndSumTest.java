package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Binders;
import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import org.junit.jupiter.api.Test;

class ProductAndSumTest {
  private final Fixture f = new Fixture();
  private final Var j = var("j", Sort.INTEGER);
  private final Var k = var("k", Sort.INTEGER);

  @Test
  void productOfAConstantIsAPower() {
    assertThat(link(prod(j, num(1), f.n, f.a), pow(f.a, f.n), "product", f.ctx)).isEqualTo(Status.PROVED);
    assertThat(link(prod(j, num(1), f.n, f.a), pow(f.a, plus(f.n, num(1))), "product", f.ctx))
        .isNotEqualTo(Status.PROVED);
  }

  @Test
  void constantFactorOfAProductIsRaisedToTheCount() {
    Term lhs = prod(j, num(1), f.n, times(f.a, f.v(member(f.x, j))));
    Var i = var("i", Sort.INTEGER);
    Term rhs = times(pow(f.a, f.n), prod(i, num(1), f.n, f.v(member(f.x, i))));
    assertThat(link(lhs, rhs, "product", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void noCountWithoutAProvedRangeLength() {
    Var m = var("M", Sort.INTEGER); // nothing known: 1..M may be empty with M − 1 + 1 < 0
    assertThat(rewrite(new ProductRule(), prod(j, num(1), m, f.a), f.ctx.with(m))).isNull();
    assertThat(rewrite(new SumConst(), sum(j, num(1), m, f.a), f.ctx.with(m))).isNull();
  }

  @Test
  void leavingOutAnIndexInTheRangeRemovesOneFactor() {
    BigOp outer = (BigOp) sum(k, num(1), f.n, num(0));
    Context inSum = Binders.bodyContext(outer, f.ctx);
    assertThat(rewrite(new ProductRule(), prodExcept(j, num(1), f.n, k, f.a), inSum).result())
        .isEqualTo(pow(f.a, plus(f.n, num(-1))));
  }

  @Test
  void leavingOutAnIndexNotProvedInTheRangeCountsNothing() {
    Var free = var("k", Sort.INTEGER);
    assertThat(rewrite(new ProductRule(), prodExcept(j, num(1), f.n, free, f.a), f.ctx.with(free))).isNull();
  }

  @Test
  void sumOfAConstantIsCountTimesIt() {
    assertThat(link(sum(k, num(1), f.n, f.a), times(f.n, f.a), "sum_const", f.ctx)).isEqualTo(Status.PROVED);
    assertThat(link(sum(k, num(1), f.n, f.a), times(plus(f.n, num(-1)), f.a), "sum_const", f.ctx))
        .isNotEqualTo(Status.PROVED);
    assertThat(rewrite(new SumConst(), sum(k, num(1), f.n, f.v(member(f.x, k))), f.ctx)).isNull();
  }
}

package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import org.junit.jupiter.api.Test;

class ExpSumTest {
  private final Fixture f = new Fixture();
  private final Var j = var("j", Sort.INTEGER);
  private final Var i = var("i", Sort.INTEGER);

  @Test
  void expOfScaledSumPlusRestIsAProduct() {
    Term lhs = exp(plus(times(neg(f.a), sum(j, num(1), f.n, f.v(member(f.x, j)))), f.b));
    Term rhs = times(exp(f.b), prod(i, num(1), f.n, exp(times(neg(f.a), f.v(member(f.x, i))))));
    assertThat(link(lhs, rhs, "exp_sum", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void doesNotApplyWithoutASum() {
    assertThat(rewrite(new ExpSum(), exp(times(f.a, f.b)), f.ctx)).isNull();
  }

  @Test
  void wrongCoefficientIsNotProved() {
    Term lhs = exp(times(neg(f.a), sum(j, num(1), f.n, f.v(member(f.x, j)))));
    Term rhs = prod(i, num(1), f.n, exp(times(neg(f.b), f.v(member(f.x, i)))));
    assertThat(link(lhs, rhs, "exp_sum", f.ctx)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void productRangeMustBeTheSumsRange() {
    Term lhs = exp(sum(j, num(1), f.n, f.v(member(f.x, j))));
    Term rhs = prod(i, num(2), f.n, exp(f.v(member(f.x, i))));
    assertThat(link(lhs, rhs, "exp_sum", f.ctx)).isNotEqualTo(Status.PROVED);
  }
}

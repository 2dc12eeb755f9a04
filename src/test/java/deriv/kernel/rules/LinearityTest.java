package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Context;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearityTest {
  private final Fixture f = new Fixture();
  private final Var r = var("r", Sort.VECTOR);
  private final Var k = var("k", Sort.INTEGER);

  @Test
  void constantFactorComesOutOfAnIntegral() {
    Term lhs = integral(List.of(r), times(f.a, exp(neg(f.v(r)))));
    Term rhs = times(f.a, integral(List.of(r), exp(neg(f.v(r)))));
    assertThat(link(lhs, rhs, "linearity", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void aFactorDependingOnTheVariableStaysIn() {
    Term lhs = integral(List.of(r), times(f.v(r), exp(neg(f.v(r)))));
    Term rhs = times(f.v(f.y), integral(List.of(r), exp(neg(f.v(r)))));
    assertThat(link(lhs, rhs, "linearity", f.ctx)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void aDefinedNameHidingTheVariableIsNotAConstant() {
    Var e = var("E", Sort.SCALAR);
    Context ctx = define(f.ctx, e, f.v(member(f.x, num(1))));
    Term lhs = integral(List.of(f.x), times(e, exp(neg(f.v(member(f.x, num(2)))))));
    assertThat(rewrite(new Linearity(), lhs, ctx)).isNull();
  }

  @Test
  void sumComesOutOfAnIntegralAndConstantsOutOfTheSum() {
    Term lhs = integral(List.of(f.x), times(sum(k, num(1), f.n, delta(minus(member(f.x, k), f.y))), f.a));
    Var k2 = var("k", Sort.INTEGER);
    Term rhs = times(f.a, sum(k2, num(1), f.n, integral(List.of(f.x), delta(minus(member(f.x, k2), f.y)))));
    assertThat(link(lhs, rhs, "linearity", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void aSumWhoseRangeDependsOnTheVariableStaysIn() {
    Var s = var("s", Sort.SCALAR);
    Term body = times(sum(k, num(1), s, f.a), exp(neg(pow(s, num(2)))));
    assertThat(rewrite(new Linearity(), integral(List.of(s), body), f.ctx)).isNull();
  }
}

package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.BigOp;
import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginalAndSiftTest {
  private final Fixture f = new Fixture();
  private final Var j = var("j", Sort.INTEGER);
  private final Var k = var("k", Sort.INTEGER);
  private final Var u = var("u", Sort.VECTOR);
  private final Var z = var("z", Sort.VECTOR);
  /** Inside Σ_{k=1..N}: 1 ≤ k ≤ N. */
  private final Context inSum = Binders.bodyContext((BigOp) sum(k, num(1), f.n, num(0)), f.ctx);

  private Term g(Term position, Term momentum) {
    return times(exp(neg(norm2(momentum))), exp(neg(f.v(position))));
  }

  @Test
  void momentaIntegrateOut() {
    Term lhs = integral(List.of(f.x, f.p),
        times(delta(minus(member(f.x, k), f.y)), prod(j, num(1), f.n, g(member(f.x, j), member(f.p, j)))));
    Term rhs = integral(List.of(f.x), times(delta(minus(member(f.x, k), f.y)),
        prod(j, num(1), f.n, integral(List.of(u), g(member(f.x, j), u)))));
    assertThat(link(lhs, rhs, "marginal", inSum)).isEqualTo(Status.PROVED);
  }

  @Test
  void aFactorOutsideTheProductThatUsesTheMomentaBlocksIt() {
    Term lhs = integral(List.of(f.x, f.p), times(delta(minus(member(f.p, k), f.y)),
        prod(j, num(1), f.n, g(member(f.x, j), member(f.p, j)))));
    // p cannot be integrated out (the delta uses p[k]); x can (nothing outside the product uses it)
    assertThat(((deriv.kernel.Integral) rewrite(new Marginal(), lhs, inSum).result()).vars()).containsExactly(f.p);
  }

  @Test
  void deltaSiftsASingleVariable() {
    Term lhs = integral(List.of(z), times(delta(minus(z, f.y)), exp(neg(f.v(z)))));
    assertThat(link(lhs, exp(neg(f.v(f.y))), "sift", f.ctx)).isEqualTo(Status.PROVED);
    Term flipped = integral(List.of(z), times(delta(minus(f.y, z)), exp(neg(f.v(z)))));
    assertThat(link(flipped, exp(neg(f.v(f.y))), "sift", f.ctx)).isEqualTo(Status.PROVED);
    assertThat(link(lhs, exp(neg(f.v(f.w))), "sift", f.ctx)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void deltaWithAScaledArgumentIsRefused() {
    Term lhs = integral(List.of(z), times(delta(minus(times(num(2), z), f.y)), exp(neg(f.v(z)))));
    assertThat(rewrite(new Sift(), lhs, f.ctx)).isNull();
  }

  @Test
  void deltaOnAFamilyMemberSiftsThatMember() {
    Term lhs = integral(List.of(f.x), times(delta(minus(member(f.x, k), f.y)),
        prod(j, num(1), f.n, exp(neg(f.v(member(f.x, j)))))));
    Term rhs = times(exp(neg(f.v(f.y))),
        prodExcept(j, num(1), f.n, k, integral(List.of(z), exp(neg(f.v(z))))));
    assertThat(link(lhs, rhs, "sift", inSum)).isEqualTo(Status.PROVED);
  }

  @Test
  void memberNotProvedInTheRangeIsRefused() {
    Var free = var("k", Sort.INTEGER);
    Term lhs = integral(List.of(f.x), times(delta(minus(member(f.x, free), f.y)),
        prod(j, num(1), f.n, exp(neg(f.v(member(f.x, j)))))));
    assertThat(rewrite(new Sift(), lhs, f.ctx.with(free))).isNull();
  }

  @Test
  void productOverPartOfTheFamilyIsRefused() {
    Term lhs = integral(List.of(f.x), times(delta(minus(member(f.x, k), f.y)),
        prod(j, num(2), f.n, exp(neg(f.v(member(f.x, j)))))));
    assertThat(rewrite(new Sift(), lhs, inSum)).isNull();
  }
}

package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactoriseTest {
  private final Fixture f = new Fixture();
  private final Var j = var("j", Sort.INTEGER);
  private final Var r = var("r", Sort.VECTOR);
  private final Var u = var("u", Sort.VECTOR);

  private Term g(Term position, Term momentum) {
    return times(exp(neg(times(f.a, norm2(momentum)))), exp(neg(f.v(position))));
  }

  @Test
  void integralOfAProductOverFamiliesIsAProductOfIntegrals() {
    Term lhs = integral(List.of(f.x, f.p), prod(j, num(1), f.n, g(member(f.x, j), member(f.p, j))));
    Term rhs = prod(j, num(1), f.n, integral(List.of(r, u), g(r, u)));
    assertThat(link(lhs, rhs, "factorise", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void productOverPartOfTheFamilyIsRefused() {
    Term lhs = integral(List.of(f.x, f.p), prod(j, num(2), f.n, g(member(f.x, j), member(f.p, j))));
    assertThat(rewrite(new Factorise(), lhs, f.ctx)).isNull();
  }

  @Test
  void factorTouchingAnotherMemberIsRefused() {
    Term body = times(g(member(f.x, j), member(f.p, j)), exp(f.v(member(f.x, num(1)))));
    assertThat(rewrite(new Factorise(), integral(List.of(f.x, f.p), prod(j, num(1), f.n, body)), f.ctx)).isNull();
  }

  @Test
  void aFamilyTheProductDoesNotUseIsRefused() {
    Term body = exp(neg(f.v(member(f.x, j)))); // ∫ dp of a constant: infinite
    assertThat(rewrite(new Factorise(), integral(List.of(f.x, f.p), prod(j, num(1), f.n, body)), f.ctx)).isNull();
  }

  @Test
  void integrandOfUnknownSignIsRefused() {
    Term body = times(f.v(member(f.x, j)), exp(neg(norm2(member(f.p, j)))));
    assertThat(rewrite(new Factorise(), integral(List.of(f.x, f.p), prod(j, num(1), f.n, body)), f.ctx)).isNull();
  }

  @Test
  void separateVariablesGiveAProductOfIntegrals() {
    Term lhs = integral(List.of(r, u), g(r, u));
    Term rhs = times(integral(List.of(u), exp(neg(times(f.a, norm2(u))))), integral(List.of(r), exp(neg(f.v(r)))));
    assertThat(link(lhs, rhs, "factorise", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void separationNeedsNonNegativeFactorsAndEveryVariableUsed() {
    assertThat(rewrite(new Factorise(), integral(List.of(r, u), times(f.v(r), f.v(u))), f.ctx)).isNull();
    assertThat(rewrite(new Factorise(), integral(List.of(r, u), exp(neg(f.v(r)))), f.ctx)).isNull();
  }
}

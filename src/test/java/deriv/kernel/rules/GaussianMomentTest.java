package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Head;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

class GaussianMomentTest {
  private final Fixture f = new Fixture();
  private final Var u = var("u", Sort.VECTOR);
  private final Var s = var("s", Sort.SCALAR);
  private final GaussianMoment rule = new GaussianMoment();

  /** exp(−a·|u|²/(2b)): the coefficient a/(2b) has to be read off. */
  private Term weight() {
    return exp(neg(div(times(f.a, norm2(u)), times(num(2), f.b))));
  }

  private Term norm(Term vector) {
    return op(Head.NORM, vector);
  }

  @Test
  void firstMomentInThreeDimensions() {
    // 2π/(a/(2b))² = 8π b²/a²
    Term lhs = integral(List.of(u), times(norm(u), weight()));
    Term rhs = div(times(num(8), pi(), pow(f.b, num(2))), pow(f.a, num(2)));
    assertThat(link(lhs, rhs, "gaussian_moment", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void secondMomentInThreeDimensions() {
    Term lhs = integral(List.of(u), times(norm2(u), weight()));
    Term rhs = times(num(3, 2), pow(pi(), num(3, 2)), pow(div(f.a, times(num(2), f.b)), num(-5, 2)));
    assertThat(link(lhs, rhs, "gaussian_moment", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void secondMomentOnTheLine() {
    Term lhs = integral(List.of(s), times(pow(s, num(2)), exp(neg(times(f.a, pow(s, num(2)))))));
    Term rhs = div(sqrt(pi()), times(num(2), pow(f.a, num(3, 2))));
    assertThat(link(lhs, rhs, "gaussian_moment", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void wrongCoefficientIsNotProved() {
    Term lhs = integral(List.of(u), times(norm(u), weight()));
    Term twice = div(times(num(16), pi(), pow(f.b, num(2))), pow(f.a, num(2)));
    assertThat(link(lhs, twice, "gaussian_moment", f.ctx)).isNotEqualTo(Status.PROVED);
    Term line = integral(List.of(s), times(pow(s, num(2)), exp(neg(times(f.a, pow(s, num(2)))))));
    assertThat(link(line, div(sqrt(pi()), pow(f.a, num(3, 2))), "gaussian_moment", f.ctx))
        .isNotEqualTo(Status.PROVED);
  }

  @Test
  void coefficientNotProvedPositiveIsRefused() {
    Term unknownSign = exp(neg(times(f.c, norm2(u))));
    assertThat(rewrite(rule, integral(List.of(u), times(norm2(u), unknownSign)), f.ctx)).isNull();
  }

  @Test
  void onlyTheCoveredPowersApply() {
    Term cube = integral(List.of(u), times(pow(norm(u), num(3)), weight()));
    assertThat(rewrite(rule, cube, f.ctx)).isNull();
    Term gaussianItself = integral(List.of(u), weight());
    assertThat(rewrite(rule, gaussianItself, f.ctx)).isNull();
    // the odd moment on R is 0, not a formula of this rule
    Term odd = integral(List.of(s), times(s, exp(neg(times(f.a, pow(s, num(2)))))));
    assertThat(rewrite(rule, odd, f.ctx)).isNull();
  }

  @Test
  void theWeightMustBeExactlyAGaussianAndTheFactorExactlyAPower() {
    Term shifted = exp(plus(neg(times(f.a, pow(s, num(2)))), s));
    assertThat(rewrite(rule, integral(List.of(s), times(pow(s, num(2)), shifted)), f.ctx)).isNull();
    Term coordinate = integral(List.of(u), times(f.v(u), weight()));
    assertThat(rewrite(rule, coordinate, f.ctx)).isNull();
    Term extra = integral(List.of(u), times(norm2(u), f.v(u), weight()));
    assertThat(rewrite(rule, extra, f.ctx)).isNull();
  }

  @Test
  void aCoefficientThatStillDependsOnTheVariableIsRefused() {
    // −b·e^|u|·|u|² has the shape −a·s² with a = b·e^s > 0, but a depends on u: not a Gaussian
    Term notGaussian = exp(neg(times(f.b, exp(op(Head.NORM, u)), norm2(u))));
    assertThat(rewrite(rule, integral(List.of(u), times(norm2(u), notGaussian)), f.ctx)).isNull();
    assertThat(rewrite(new Gaussian(), integral(List.of(u), notGaussian), f.ctx)).isNull();
  }
}

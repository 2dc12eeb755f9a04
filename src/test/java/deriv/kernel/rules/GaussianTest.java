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

class GaussianTest {
  private final Fixture f = new Fixture();
  private final Var u = var("u", Sort.VECTOR);
  private final Var s = var("s", Sort.SCALAR);

  @Test
  void threeDimensionalGaussian() {
    Term lhs = integral(List.of(u), exp(neg(div(times(f.a, norm2(u)), times(num(2), f.b)))));
    Term rhs = pow(div(times(num(2), pi(), f.b), f.a), num(3, 2));
    assertThat(link(lhs, rhs, "gaussian", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void wrongPrefactorIsNotProved() {
    Term lhs = integral(List.of(u), exp(neg(div(times(f.a, norm2(u)), times(num(2), f.b)))));
    Term rhs = pow(div(times(pi(), f.b), f.a), num(3, 2));
    assertThat(link(lhs, rhs, "gaussian", f.ctx)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void oneDimensionalGaussian() {
    Term lhs = integral(List.of(s), exp(neg(times(f.a, pow(s, num(2))))));
    assertThat(link(lhs, sqrt(div(pi(), f.a)), "gaussian", f.ctx)).isEqualTo(Status.PROVED);
  }

  @Test
  void coefficientNotProvedPositiveIsRefused() {
    assertThat(rewrite(new Gaussian(), integral(List.of(s), exp(neg(times(f.c, pow(s, num(2)))))), f.ctx))
        .isNull();
  }

  @Test
  void exponentMustBeExactlyMinusASquare() {
    Term shifted = exp(plus(neg(times(f.a, pow(s, num(2)))), s));
    assertThat(rewrite(new Gaussian(), integral(List.of(s), shifted), f.ctx)).isNull();
    Term coordinate = exp(neg(times(f.a, f.v(u))));
    assertThat(rewrite(new Gaussian(), integral(List.of(u), coordinate), f.ctx)).isNull();
  }
}

package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Context;
import deriv.kernel.Kernel;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finite expansion and the induction rule, one obligation at a time. */
class SumRulesTest {
  private final Fixture f = new Fixture();
  private final Var j = var("j", Sort.INTEGER);

  @Test
  void literalBoundsAreWrittenOut() {
    assertThat(rewrite(new FiniteRange(), sum(j, num(1), num(3), pow(j, num(2))), f.ctx).result())
        .isEqualTo(plus(pow(num(1), num(2)), pow(num(2), num(2)), pow(num(3), num(2))));
    assertThat(rewrite(new FiniteRange(), prod(j, num(2), num(3), j), f.ctx).result())
        .isEqualTo(times(num(2), num(3)));
  }

  @Test
  void anEmptyRangeIsZeroForASumAndOneForAProduct() {
    assertThat(rewrite(new FiniteRange(), sum(j, num(3), num(1), j), f.ctx).result()).isEqualTo(num(0));
    assertThat(rewrite(new FiniteRange(), prod(j, num(3), num(2), j), f.ctx).result()).isEqualTo(num(1));
  }

  @Test
  void symbolicOrHugeRangesAreNotWrittenOut() {
    assertThat(rewrite(new FiniteRange(), sum(j, num(1), f.n, j), f.ctx)).isNull();
    assertThat(rewrite(new FiniteRange(), sum(j, num(1), num(FiniteRange.MAX_TERMS + 1), j), f.ctx)).isNull();
    assertThat(rewrite(new FiniteRange(), prodExcept(j, num(1), num(3), f.n, j), f.ctx)).isNull();
  }

  @Test
  void aLiteralLeftOutValueIsSkipped() {
    assertThat(rewrite(new FiniteRange(), prodExcept(j, num(1), num(3), num(2), j), f.ctx).result())
        .isEqualTo(times(num(1), num(3)));
  }

  @Test
  void inductionProvesARightClosedFormAndNotAWrongOne() {
    Term gauss = div(times(f.n, plus(f.n, num(1))), num(2));
    assertThat(link(sum(j, num(1), f.n, j), gauss, "induction", f.ctx)).isEqualTo(Status.PROVED);
    Verdict wrong = Kernel.checkLink(sum(j, num(1), f.n, j), div(pow(f.n, num(2)), num(2)), "induction",
        List.of(), List.of(), f.ctx, LIMIT);
    assertThat(wrong.status()).isNotEqualTo(Status.PROVED);
    assertThat(wrong.message()).contains("induction step is not proved");
  }

  @Test
  void inductionNeedsTheRangeNotToBeNegative() {
    Var m = var("M", Sort.INTEGER);
    Context ctx = f.ctx.with(m);
    Verdict v = Kernel.checkLink(sum(j, num(1), m, f.c), times(m, f.c), "induction", List.of(), List.of(), ctx,
        LIMIT);
    assertThat(v.status()).isNotEqualTo(Status.PROVED);
    assertThat(v.message()).contains("range is empty");
  }

  @Test
  void inductionProvesAProductAndAShiftedBound() {
    assertThat(link(prod(j, num(1), f.n, f.a), pow(f.a, f.n), "induction", f.ctx)).isEqualTo(Status.PROVED);
    Term shifted = sum(j, num(0), plus(f.n, num(-1)), j);
    assertThat(link(shifted, div(times(f.n, plus(f.n, num(-1))), num(2)), "induction", f.ctx))
        .isEqualTo(Status.PROVED);
  }

  @Test
  void inductionReadsTheClosedFormOffALinearLink() {
    Term lhs = plus(times(num(2), sum(j, num(1), f.n, j)), f.c);
    assertThat(link(lhs, plus(times(f.n, plus(f.n, num(1))), f.c), "induction", f.ctx)).isEqualTo(Status.PROVED);
    assertThat(link(lhs, plus(times(f.n, f.n), f.c), "induction", f.ctx)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void aSummandThatDependsOnTheBoundIsNotInduction() {
    // Σ_{j=1..N} N = N², but F(k) − F(k−1) = f(k) does not describe it: the rule must not apply
    Verdict v = Kernel.checkLink(sum(j, num(1), f.n, f.n), pow(f.n, num(2)), "induction", List.of(), List.of(),
        f.ctx, LIMIT);
    assertThat(v.message()).contains("no sum or product");
  }
}

package deriv.kernel.symja;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/** What reaches Symja in a proof: binder-free algebra over opaque atoms, never its Sum, Product or Integrate. */
class TrustedFragmentTest {
  private final Var n = new Var(900_001, "N", Sort.INTEGER);
  private final Var j = new Var(900_002, "j", Sort.INTEGER);
  private final Var c = new Var(900_003, "c", Sort.SCALAR);
  private final Var u = new Var(900_004, "u", Sort.SCALAR);

  @Test
  void binderTermsBecomeAtomsSharedUpToBoundNames() {
    Var i = new Var(900_005, "i", Sort.INTEGER);
    Term sum = new BigOp(BigOp.Kind.SUM, j, Num.ONE, n, null, Terms.times(c, j));
    Term same = new BigOp(BigOp.Kind.SUM, i, Num.ONE, n, null, Terms.times(c, i));
    Term prod = new BigOp(BigOp.Kind.PRODUCT, j, Num.ONE, Num.of(3), null, j);
    Term gauss = new Integral(List.of(u), Terms.exp(Terms.neg(Terms.pow(u, Num.of(2)))));
    Term delta = Terms.op(Head.DELTA, c);
    ToSymja tr = ToSymja.forProof();
    IExpr e = tr.convert(Terms.plus(sum, Terms.neg(same), prod, gauss, delta));
    assertThat(e.isFree(S.Sum)).isTrue();
    assertThat(e.isFree(S.Product)).isTrue();
    assertThat(e.isFree(S.Integrate)).isTrue();
    assertThat(new SymjaAdapter().simplifiesToZero(Terms.minus(sum, same), Context.empty().with(n).with(c))
        .outcome()).isEqualTo(ZeroCheck.Outcome.ZERO);
  }

  @Test
  void aNumericSumWithANonIntegerBoundIsUnevaluable() {
    Var x = new Var(900_006, "x", Sort.SCALAR);
    Term sum = new BigOp(BigOp.Kind.SUM, j, Num.ONE, x, null, j);
    Context ctx = Context.empty().with(x);
    Sample s = new SymjaAdapter().compareAt(sum, Num.of(1), ctx, java.util.List.of(), Map.of(x, Num.of(java.math.BigInteger.valueOf(5),
        java.math.BigInteger.TWO)), 1L, false);
    assertThat(s.agreement()).isEqualTo(Sample.Agreement.UNEVALUABLE);
    assertThat(s.note()).contains("not an integer");
    Sample whole = new SymjaAdapter().compareAt(sum, Num.of(6), ctx, java.util.List.of(), Map.of(x, Num.of(3)), 1L, false);
    assertThat(whole.agreement()).isEqualTo(Sample.Agreement.AGREE);
  }
}

package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.ArrayList;
import java.util.List;

/**
 * Finite products: {@code Π_j c = c^n}, {@code Π_j (c·f_j) = c^n·Π_j f_j} and
 * {@code Π_j (f_j·g_j) = Π_j f_j·Π_j g_j}, c free of j, where n is the number of index values: hi − lo + 1 when
 * lo ≤ hi + 1 is proved, hi − lo when the left-out value k is proved to lie in lo..hi (and is an integer).
 *
 * <p>Without a proved count the constant is not taken out (a "range" 1..−5 has no values, but c^(−5) ≠ 1).
 * Splitting a product of factors needs no condition: it is commutativity of a finite product.
 */
final class ProductRule implements Rule {
  @Override
  public String name() {
    return "product";
  }

  @Override
  public String theorem() {
    return "Π_j c = c^n, Π_j (c·f) = c^n·Π_j f, Π_j (f·g) = Π_j f·Π_j g; n = hi−lo+1 (lo ≤ hi+1), "
        + "or hi−lo with j ≠ k, lo ≤ k ≤ hi proved";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof BigOp b) || b.kind() != BigOp.Kind.PRODUCT) {
      return null;
    }
    Factors split = Factors.split(b.body(), f -> Dependence.freeOf(f, b.index(), ctx));
    List<Term> out = new ArrayList<>();
    String condition = null;
    if (!split.matching().isEmpty()) {
      Term n = Ranges.count(b, ctx, p);
      if (n != null) {
        split.matching().forEach(c -> out.add(power(c, n)));
        condition = "the range " + Ranges.show(b) + " has " + Terms.show(n) + " values";
      }
    }
    List<Term> varying = new ArrayList<>(split.others());
    if (condition == null) {
      varying.addAll(0, split.matching());
    }
    if (condition == null && varying.size() < 2) {
      return null;
    }
    for (Term f : varying) {
      out.add(new BigOp(BigOp.Kind.PRODUCT, b.index(), b.lo(), b.hi(), b.except(), f));
    }
    return condition == null ? Rewrite.of(Terms.times(out)) : Rewrite.of(Terms.times(out), condition);
  }

  /**
   * c^n for the integer n, as b^(e·n) when c = b^e: (b^e)^n = b^(e·n) holds for every integer n on the principal
   * branch, and the flat form is what algebra simplifies best.
   */
  private static Term power(Term c, Term n) {
    if (c instanceof Op o && o.head() == Head.POWER) {
      return Terms.pow(o.arg(0), Terms.times(o.arg(1), n));
    }
    return Terms.pow(c, n);
  }
}

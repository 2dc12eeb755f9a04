package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;

/**
 * A sum of a constant: {@code Σ_{k=lo..hi} c = n·c}, c free of k, where n = hi − lo + 1 when lo ≤ hi + 1 is proved,
 * or n = hi − lo when the left-out value is proved to be an integer in lo..hi.
 */
final class SumConst implements Rule {
  @Override
  public String name() {
    return "sum_const";
  }

  @Override
  public String theorem() {
    return "Σ_{k=lo..hi} c = (hi−lo+1)·c, c free of k, lo ≤ hi+1 (hi−lo with k ≠ m, lo ≤ m ≤ hi)";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof BigOp b) || b.kind() != BigOp.Kind.SUM || !Dependence.freeOf(b.body(), b.index(), ctx)) {
      return null;
    }
    Term n = Ranges.count(b, ctx, p);
    if (n == null) {
      return null;
    }
    return Rewrite.of(Terms.times(n, b.body()), "the range " + Ranges.show(b) + " has " + Terms.show(n)
        + " values");
  }
}

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
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exponential of a sum is the product of the exponentials:
 * {@code exp(c·Σ_{j=lo..hi} f_j + rest) = exp(rest)·Π_{j=lo..hi} exp(c·f_j)}, with c free of j; when f_j is itself a
 * sum a + b, its exponential is written exp(c·a)·exp(c·b).
 *
 * <p>No side condition: a sum over an index range is finite, exp(a + b) = exp(a)·exp(b) holds for all complex a, b,
 * and an empty range gives exp(0) = 1 = the empty product. A left-out index value ({@code j ≠ k}) is kept on both
 * sides. One sum is taken out per application; the rewriting passes take out the others.
 */
final class ExpSum implements Rule {
  @Override
  public String name() {
    return "exp_sum";
  }

  @Override
  public String theorem() {
    return "exp(c·Σ_j f_j + r) = exp(r)·Π_j exp(c·f_j), c free of j (finite sums); exp(c·(a+b)) = exp(c·a)·exp(c·b)";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Op o) || o.head() != Head.EXP) {
      return null;
    }
    List<Term> summands = Factors.summands(o.arg(0));
    for (int i = 0; i < summands.size(); i++) {
      Factors split = Factors.split(summands.get(i), f -> f instanceof BigOp b && b.kind() == BigOp.Kind.SUM);
      if (split.matching().size() != 1) {
        continue;
      }
      BigOp sum = (BigOp) split.matching().get(0);
      Term c = split.othersProduct();
      Var j = sum.index();
      Term body = sum.body();
      if (Terms.occurs(j, c)) { // the same bound name outside: rename the sum's index first
        Var fresh = Terms.fresh(j);
        body = Terms.substitute(body, Map.of(j, fresh));
        j = fresh;
      }
      List<Term> factors = new ArrayList<>();
      for (Term term : Factors.summands(body)) { // exp(c·(a + b)) = exp(c·a)·exp(c·b) as well
        factors.add(Terms.exp(split.others().isEmpty() ? term : Terms.times(c, term)));
      }
      Term product = new BigOp(BigOp.Kind.PRODUCT, j, sum.lo(), sum.hi(), sum.except(), Terms.times(factors));
      List<Term> rest = new ArrayList<>(summands);
      rest.remove(i);
      return Rewrite.of(rest.isEmpty() ? product : Terms.times(Terms.exp(Terms.plus(rest)), product));
    }
    return null;
  }
}

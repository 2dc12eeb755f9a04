package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;

/**
 * The logarithm of a factorial as a sum: {@code ln(n!) = Σ_{j=1..n} ln j} for an integer n ≥ 0 (n! = Γ(n + 1) =
 * 1·2·…·n, a product of positive factors; for n = 0 both sides are 0).
 */
final class LogFactorial implements Rule {
  @Override
  public String name() {
    return "log_factorial";
  }

  @Override
  public String theorem() {
    return "ln(n!) = Σ_{j=1..n} ln(j) for an integer n ≥ 0";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    Term n = Factorial.logFactorialArgument(t);
    if (n == null || !Dependence.isInteger(n) || !Dependence.isNonNegative(n, ctx, p)) {
      return null;
    }
    Var j = Dependence.fresh("j", Sort.INTEGER);
    return Rewrite.of(new BigOp(BigOp.Kind.SUM, j, Num.ONE, n, null, Terms.log(j)),
        Terms.show(n) + " is an integer ≥ 0 (proved)");
  }
}

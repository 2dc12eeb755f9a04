package deriv.kernel.rules;

import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;

/**
 * The recurrence of the factorial, x! = Γ(x + 1): {@code x! = x·(x − 1)!} for x > 0 (Γ(x + 1) = x·Γ(x); both sides are
 * defined exactly when x > 0). Its logarithm as a sum is {@link LogFactorial}.
 */
final class Factorial implements Rule {
  static final String NAME = "factorial";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "x! = x·(x−1)! for x > 0";
  }

  /** x when {@code t} is ln(x!), else null (what {@link LogFactorial} and {@link Stirling} rewrite). */
  static Term logFactorialArgument(Term t) {
    return Terms.isOp(t, Head.LOG) && Terms.isOp(((Op) t).arg(0), Head.FACTORIAL) ? ((Op) ((Op) t).arg(0)).arg(0)
        : null;
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!Terms.isOp(t, Head.FACTORIAL)) {
      return null;
    }
    Term x = ((Op) t).arg(0);
    if (!Dependence.isPositive(x, ctx, p)) {
      return null;
    }
    return Rewrite.of(Terms.times(x, Terms.op(Head.FACTORIAL, Terms.minus(x, Num.ONE))),
        Terms.show(x) + " > 0 (proved)");
  }
}

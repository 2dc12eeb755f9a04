package deriv.kernel.symja;

import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Signs;
import deriv.kernel.Term;
import deriv.kernel.Terms;

/**
 * Decides whether Symja may simplify a term under assumptions. Measured: {@code Simplify}, {@code FullSimplify} and
 * {@code Refine} with {@code Element(x, Reals) && Element(y, Reals)} turn {@code Sqrt(x*y) - Sqrt(x)*Sqrt(y)} and
 * {@code (x*y)^(1/3) - x^(1/3)*y^(1/3)} into 0, which is false for x = y = -1. So those steps are allowed only when
 * every root, non-integer power and logarithm has an argument that {@link Signs} proves positive; there the laws
 * Symja applies are true. A derivative of |u| (u depending on the variable) is never simplified under assumptions:
 * {@code Refine(Abs'(x - 1), x > 0)} gives 1, false at x = 1/2.
 */
final class BranchGuard {
  private BranchGuard() {}

  /** The first subterm whose branch Symja could get wrong, printed; null when there is none. */
  static String firstUnsafe(Term t, Context ctx) {
    if (t instanceof Op o && needsPositiveArgument(o) && !Signs.isPositive(o.arg(0), ctx)) {
      return Terms.show(o) + " (argument not proved positive)";
    }
    if (t instanceof Op o && o.head() == Head.DIFF && o.arg(1) instanceof deriv.kernel.Var x
        && hasKinkIn(o.arg(0), x)) {
      return Terms.show(o) + " (a derivative of |·|: Refine makes Abs' 1 under any positivity assumption)";
    }
    for (Term c : Terms.children(t)) {
      String inner = firstUnsafe(c, ctx);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /** Some |u| or ‖u‖ with u depending on x: Symja's Abs' is not evaluable, and Refine gets its sign wrong. */
  private static boolean hasKinkIn(Term t, deriv.kernel.Var x) {
    if (t instanceof Op o && (o.head() == Head.ABS || o.head() == Head.NORM) && Terms.occurs(x, o.arg(0))) {
      return true;
    }
    return Terms.children(t).stream().anyMatch(c -> hasKinkIn(c, x));
  }

  private static boolean needsPositiveArgument(Op o) {
    switch (o.head()) {
      case SQRT:
      case LOG:
        return true;
      case POWER:
        return !(o.arg(1) instanceof Num n && n.isInteger());
      default:
        return false;
    }
  }
}

package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Signs;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.Map;

/**
 * The Gaussian integrals {@code ∫_R exp(−a·u²) du = √(π/a)} and {@code ∫_{R³} exp(−a·|u|²) d³u = (π/a)^(3/2)},
 * for a > 0 proved.
 *
 * <p>The coefficient is read off the exponent e: u must occur in e only as u (resp. |u|); with s a fresh real for u
 * (resp. |u|), a := −e(s=1), and e = −a·s² must be proved by algebra. So a is free of u by construction, and the
 * exponent is exactly −a·u² — no linear term, no other dependence on u.
 */
final class Gaussian implements Rule {
  @Override
  public String name() {
    return "gaussian";
  }

  @Override
  public String theorem() {
    return "∫_R exp(−a·u²) du = √(π/a), ∫_{R³} exp(−a·|u|²) d³u = (π/a)^(3/2), a > 0, a free of u";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral i) || i.vars().size() != 1 || !(i.body() instanceof Op e) || e.head() != Head.EXP) {
      return null;
    }
    Var u = i.vars().get(0);
    if (u.sort() != Sort.SCALAR && u.sort() != Sort.VECTOR) {
      return null;
    }
    Term radius = u.sort() == Sort.VECTOR ? Terms.op(Head.NORM, u) : u;
    Var s = Dependence.fresh("s", Sort.SCALAR);
    Term exponent = Dependence.replace(Terms.unfold(e.arg(0), ctx), radius, s);
    if (Terms.occurs(u, exponent)) {
      return null; // u occurs other than through |u|
    }
    Term a = Terms.neg(Terms.substitute(exponent, Map.of(s, Num.ONE)));
    Context withS = ctx.with(s);
    if (!Algebra.provablyEqual(exponent, Terms.neg(Terms.times(a, Terms.pow(s, Terms.num(2)))), withS, p)) {
      return null;
    }
    if (!Signs.isPositive(a, ctx, p)) {
      return null;
    }
    Term ratio = Terms.div(Terms.op(Head.PI), a);
    Term value = u.sort() == Sort.VECTOR ? Terms.pow(ratio, Terms.num(3, 2)) : Terms.sqrt(ratio);
    return Rewrite.of(value, "coefficient " + Terms.show(a) + " > 0");
  }
}

package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.Map;

/**
 * An even integrand over a symmetric interval: {@code ∫_{−c}^{c} f dx = 2·∫_0^c f dx} (c ≥ 0) and
 * {@code ∫_{−∞}^∞ f dx = 2·∫_0^∞ f dx}, when f(−x) = f(x) is proved by algebra for every real x and f is
 * continuous on the interval. ∫_{−c}^0 f = ∫_0^c f by the substitution x = −u; for the improper integral this holds
 * for every c, so ∫_{−∞}^0 f exists exactly when ∫_0^∞ f does, and both sides exist together. There is no rule for
 * an odd integrand: ∫_{−∞}^∞ x dx diverges, and is not 0.
 */
final class Even implements Rule {
  static final String NAME = "even";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_{−c}^{c} f dx = 2·∫_0^c f dx (c ≥ 0), ∫_{−∞}^∞ f dx = 2·∫_0^∞ f dx: f(−x) = f(x) by algebra, f continuous "
        + "on the interval";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof DefiniteIntegral d) || Terms.occurs(d.var(), d.lo()) || Terms.occurs(d.var(), d.hi())) {
      return null;
    }
    Var x = d.var();
    boolean line = DefiniteIntegral.isMinusInfinity(d.lo()) && DefiniteIntegral.isPlusInfinity(d.hi());
    if (!line && (d.improper() || !Algebra.provablyEqual(d.lo(), Terms.neg(d.hi()), ctx, p)
        || !Algebra.provesOrdered(Num.ZERO, d.hi(), ctx, p))) {
      return null;
    }
    Context inner = Binders.bodyContext(d, ctx);
    Term mirrored = Terms.substitute(d.body(), Map.of(x, Terms.neg(x)), ctx);
    if (!Algebra.provablyEqual(mirrored, d.body(), inner, p)) {
      return null;
    }
    if (Intervals.discontinuity("the integrand", d.body(), x, d.lo(), d.hi(), Binders.onInterval(d, ctx), p) != null) {
      return null;
    }
    return Rewrite.of(Terms.times(Num.of(2), new DefiniteIntegral(x, Num.ZERO, d.hi(), d.body())),
        "f(-" + x.name() + ") = f(" + x.name() + ") proved", "f continuous on " + Intervals.show(d.lo(), d.hi()));
  }
}

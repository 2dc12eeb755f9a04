package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.List;

/**
 * Integration by parts, {@code ∫_a^b u·v' dx = u(b)·v(b) − u(a)·v(a) − ∫_a^b u'·v dx}, with u and v given by the
 * author ({@code by parts(u, v)}, expressions in the integral's variable).
 *
 * <p>Side conditions, each proved: a ≤ b; the integrand, u, v, u' and v' continuous on [a, b]; the integrand equal to u·v' there
 * (algebra). The remaining integral is the link's own when one on the other side has the same bounds and an
 * integrand proved equal to u'·v and continuous on [a, b] (then the two integrals are equal); else ∫ u'·v itself.
 */
final class Parts extends RefusingRule {
  static final String NAME = "parts";

  private final Term u;
  private final Term v;
  private final List<DefiniteIntegral> candidates;

  Parts(List<Term> args, List<Term> sides) {
    u = args.size() == 2 ? args.get(0) : null;
    v = args.size() == 2 ? args.get(1) : null;
    candidates = Intervals.in(sides);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_a^b u·v' dx = u(b)·v(b) − u(a)·v(a) − ∫_a^b u'·v dx, given u, v (by parts(u, v)): a ≤ b, u, v, u', v' "
        + "defined (hence continuous) on [a, b]";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof DefiniteIntegral d)) {
      return null;
    }
    if (u == null) {
      return refuse("name the two factors: `by parts(u, v)`, the integrand being u·dv/d" + d.var().name());
    }
    Var x = d.var();
    Term uu = Intervals.inVariable(u, x, ctx);
    Term vv = Intervals.inVariable(v, x, ctx);
    String why = Intervals.unordered(d, ctx, p);
    if (why != null) {
      return refuse(why);
    }
    Context on = Binders.onInterval(d, ctx);
    Term du = Intervals.derivative(uu, x);
    Term dv = Intervals.derivative(vv, x);
    String[] roles = {"the integrand", "u =", "v =", "u' =", "v' ="};
    Term[] parts = {d.body(), uu, vv, du, dv};
    for (int k = 0; k < parts.length; k++) {
      why = Intervals.discontinuity(roles[k], parts[k], x, d.lo(), d.hi(), on, p);
      if (why != null) {
        return refuse(why);
      }
    }
    Term product = Terms.times(uu, dv);
    if (!Intervals.provedEqualOn(d.body(), product, on, p)) {
      return refuse("the integrand " + Terms.show(d.body()) + " is not u·dv/d" + x.name() + " = "
          + Terms.show(product) + " (not proved equal on the interval)");
    }
    Term rest = remaining(d, Terms.times(du, vv), on, ctx, p);
    Term boundary = Terms.minus(Terms.times(Intervals.at(uu, x, d.hi(), ctx), Intervals.at(vv, x, d.hi(), ctx)),
        Terms.times(Intervals.at(uu, x, d.lo(), ctx), Intervals.at(vv, x, d.lo(), ctx)));
    return Rewrite.of(Terms.minus(boundary, rest), Terms.show(d.lo()) + " ≤ " + Terms.show(d.hi()),
        "u, v, u', v' continuous on [" + Terms.show(d.lo()) + ", " + Terms.show(d.hi()) + "]");
  }

  /** ∫_a^b u'·v: the link's own integral with the same bounds and an integrand equal to it on [a, b], if any. */
  private Term remaining(DefiniteIntegral d, Term integrand, Context on, Context ctx, Prover p) {
    for (DefiniteIntegral other : candidates) {
      if (Terms.alphaEquivalent(other, d) || !Algebra.provablyEqual(other.lo(), d.lo(), ctx, p)
          || !Algebra.provablyEqual(other.hi(), d.hi(), ctx, p)) {
        continue;
      }
      Term body = Intervals.at(other.body(), other.var(), d.var(), ctx);
      if (Intervals.discontinuity("", body, d.var(), d.lo(), d.hi(), on, p) == null
          && Intervals.provedEqualOn(body, integrand, on, p)) {
        return other;
      }
    }
    return new DefiniteIntegral(d.var(), d.lo(), d.hi(), integrand);
  }

}

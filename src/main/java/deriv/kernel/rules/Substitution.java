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
 * Change of variable in a definite integral, {@code ∫_a^b f(g(t))·g'(t) dt = ∫_{g(a)}^{g(b)} f(u) du}, with g given
 * by the author ({@code by substitution(g)}, g an expression in t); used either way round: the other integral is the
 * one the link's other side holds.
 *
 * <p>Side conditions, each proved: a ≤ b; the integrand, g and g' continuous on [a, b]; g monotone there (g' ≥ 0 on [a, b], or
 * g' ≤ 0), so that g maps [a, b] onto the interval between g(a) and g(b); f continuous on that interval; the
 * integrand equal to f(g(t))·g'(t) on [a, b], and the bounds equal to g(a) and g(b), by algebra. For a decreasing g
 * the other integral may also run over [g(b), g(a)] with the integrand f(g(t))·(−g'(t)) (the minus sign of g'
 * absorbed by the order of the bounds, as on paper): the same theorem with both sides negated.
 */
final class Substitution extends RefusingRule {
  static final String NAME = "substitution";

  private final Term map;
  private final List<DefiniteIntegral> candidates;

  /** {@code sides}: both sides of the link, where the integral on the other side of the substitution is found. */
  Substitution(List<Term> args, List<Term> sides) {
    map = args.size() == 1 ? args.get(0) : null;
    candidates = Intervals.in(sides);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_a^b f(g(t))·g'(t) dt = ∫_{g(a)}^{g(b)} f(u) du, given g (by substitution(g)): a ≤ b, g and g' defined "
        + "on [a, b], g' ≥ 0 or g' ≤ 0 on [a, b], f defined between g(a) and g(b); for a decreasing g also "
        + "∫_a^b f(g(t))·(−g'(t)) dt = ∫_{g(b)}^{g(a)} f(u) du";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof DefiniteIntegral d)) {
      return null;
    }
    if (map == null) {
      return refuse("name the substituted function: `by substitution(g)`, g an expression in " + d.var().name());
    }
    for (DefiniteIntegral other : candidates) {
      if (Terms.alphaEquivalent(other, d)) {
        continue;
      }
      // d written in t and the other in u, or the other way round
      String forward = substitutes(d, other, ctx, p);
      if (forward == null || substitutes(other, d, ctx, p) == null) {
        return Rewrite.of(other, "u = " + Terms.show(map) + " monotone, continuously differentiable on the interval",
            "the integrand continuous on the image");
      }
      refuse(forward);
    }
    return refuse("no integral of u = " + Terms.show(map) + " over [g(a), g(b)] on the other side to substitute into");
  }

  /** Null when {@code ∫ in t = ∫ in u} is an instance of the theorem with u = g(t); else why not. */
  private String substitutes(DefiniteIntegral inT, DefiniteIntegral inU, Context ctx, Prover p) {
    Var t = inT.var();
    Term g = Intervals.inVariable(map, t, ctx);
    String why = Intervals.unordered(inT, ctx, p);
    if (why != null) {
      return why;
    }
    Context on = Binders.onInterval(inT, ctx);
    Term slope = Intervals.derivative(g, t);
    why = Intervals.discontinuity("the integrand", inT.body(), t, inT.lo(), inT.hi(), on, p);
    if (why == null) {
      why = Intervals.discontinuity("the substituted function", g, t, inT.lo(), inT.hi(), on, p);
    }
    if (why == null) {
      why = Intervals.discontinuity("its derivative", slope, t, inT.lo(), inT.hi(), on, p);
    }
    if (why != null) {
      return why;
    }
    boolean increasing = Dependence.isNonNegative(slope, on, p);
    if (!increasing && !Dependence.isNonNegative(Terms.neg(slope), on, p)) {
      return "u = " + Terms.show(g) + " is not shown monotone on [" + Terms.show(inT.lo()) + ", "
          + Terms.show(inT.hi()) + "]: neither d/d" + t.name() + " ≥ 0 nor ≤ 0 proved there";
    }
    Term ga = Intervals.at(g, t, inT.lo(), ctx);
    Term gb = Intervals.at(g, t, inT.hi(), ctx);
    // for a decreasing g the author may also write the image in increasing order, the sign of g' absorbed:
    // ∫_a^b f(g(t))·(−g'(t)) dt = ∫_{g(b)}^{g(a)} f(u) du
    boolean asMapped = Algebra.provablyEqual(inU.lo(), ga, ctx, p) && Algebra.provablyEqual(inU.hi(), gb, ctx, p);
    boolean swapped = !asMapped && !increasing && Algebra.provablyEqual(inU.lo(), gb, ctx, p)
        && Algebra.provablyEqual(inU.hi(), ga, ctx, p);
    if (!asMapped && !swapped) {
      return "the bounds " + Terms.show(inU.lo()) + ".." + Terms.show(inU.hi()) + " are not g(a)..g(b) = "
          + Terms.show(ga) + ".." + Terms.show(gb) + (increasing ? "" : ", nor g(b)..g(a) for this decreasing g");
    }
    Var u = inU.var();
    // g monotone maps [a, b] onto the interval between g(a) and g(b): f must be continuous there
    DefiniteIntegral image = increasing || swapped ? inU : new DefiniteIntegral(u, gb, ga, inU.body());
    Context onImage = Binders.onInterval(image, ctx);
    why = Intervals.discontinuity("the integrand", inU.body(), u, image.lo(), image.hi(), onImage, p);
    if (why != null) {
      return why;
    }
    Term expected = Terms.times(Intervals.at(inU.body(), u, g, ctx), swapped ? Terms.neg(slope) : slope);
    if (!Intervals.provedEqualOn(inT.body(), expected, on, p)) {
      String slopeShown = swapped ? "(−g'(" + t.name() + "))" : "g'(" + t.name() + ")";
      return "the integrand " + Terms.show(inT.body()) + " is not f(g(" + t.name() + "))·" + slopeShown + " = "
          + Terms.show(expected) + " (not proved equal on the interval)";
    }
    return null;
  }

}

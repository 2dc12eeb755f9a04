package deriv.kernel.rules;

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
 * <p>The theorem needs no monotone g: it holds when g is continuously differentiable on [a, b] and f is continuous on
 * g([a, b]) (F(u) = ∫_{g(a)}^u f is then differentiable on that interval with F' = f, so (F∘g)' = f(g)·g' is
 * continuous on [a, b], and ftc gives both sides as F(g(b)) − F(g(a))). Since g is continuous, g(a) and g(b) lie in
 * the interval g([a, b]), so the right side's integrand is continuous between them.
 *
 * <p>Side conditions, each proved: a ≤ b; the t-integrand, g and g' continuous on [a, b]; the bounds equal to g(a) and
 * g(b), by algebra; f continuous on g([a, b]), in one of two ways: g monotone (g' ≥ 0 on [a, b], or g' ≤ 0) and f
 * continuous on the interval between g(a) and g(b), which is then g([a, b]); or f(g(t)) defined at every t of
 * [a, b] (all its definedness conditions, those free of t too) — f is then defined, hence continuous (deriv's
 * functions are continuous wherever they are defined, a declared one smooth), at every point of g([a, b]). Last, the
 * t-integrand equal to f(g(t))·g'(t) on [a, b] by algebra. The other integral may also run over [g(b), g(a)] with the
 * t-integrand f(g(t))·(−g'(t)) (the minus sign of g' absorbed by the order of the bounds, as on paper): the same
 * theorem with both sides negated.
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
        + "on [a, b], f continuous on g([a, b]) (f(g(t)) defined for every t of [a, b], or g' ≥ 0 or g' ≤ 0 on "
        + "[a, b] and f defined between g(a) and g(b)); also ∫_a^b f(g(t))·(−g'(t)) dt = ∫_{g(b)}^{g(a)} f(u) du";
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
        return Rewrite.of(other, "u = " + Terms.show(map) + " continuously differentiable on the interval",
            "the integrand continuous on its image");
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
    Term ga = Intervals.at(g, t, inT.lo(), ctx);
    Term gb = Intervals.at(g, t, inT.hi(), ctx);
    // the image may also be written from g(b) to g(a), the sign of g' absorbed (w = cos θ, dw = −sin θ dθ):
    // ∫_a^b f(g(t))·(−g'(t)) dt = ∫_{g(b)}^{g(a)} f(u) du, the theorem with both sides negated
    // looked at first: tried both ways round, most of these comparisons fail (π against cos(1))
    boolean asMapped = Intervals.provedEqualOn(inU.lo(), ga, ctx, p) && Intervals.provedEqualOn(inU.hi(), gb, ctx, p);
    boolean swapped = !asMapped && Intervals.provedEqualOn(inU.lo(), gb, ctx, p)
        && Intervals.provedEqualOn(inU.hi(), ga, ctx, p);
    if (!asMapped && !swapped) {
      return "the bounds " + Terms.show(inU.lo()) + ".." + Terms.show(inU.hi()) + " are not g(a)..g(b) = "
          + Terms.show(ga) + ".." + Terms.show(gb) + ", nor g(b)..g(a)";
    }
    why = continuousOnImage(g, slope, inT, inU, asMapped, on, ctx, p);
    if (why != null) {
      return why;
    }
    Term expected = Terms.times(Intervals.at(inU.body(), inU.var(), g, ctx), swapped ? Terms.neg(slope) : slope);
    if (!Intervals.provedEqualOn(inT.body(), expected, on, p)) {
      String slopeShown = swapped ? "(−g'(" + t.name() + "))" : "g'(" + t.name() + ")";
      return "the integrand " + Terms.show(inT.body()) + " is not f(g(" + t.name() + "))·" + slopeShown + " = "
          + Terms.show(expected) + " (not proved equal on the interval)";
    }
    return null;
  }

  /**
   * Null when f, the integrand of {@code inU}, is shown continuous on g([a, b]); else why not. Two ways: (1) g
   * monotone (g' ≥ 0 or ≤ 0 on [a, b]): g([a, b]) is the interval between g(a) and g(b), and f's conditions are proved
   * there, in u; (2) otherwise, or when (1) fails, f(g(t))'s conditions are proved for every t of [a, b]: f is then
   * defined, hence continuous, at every point of g([a, b]).
   */
  private static String continuousOnImage(Term g, Term slope, DefiniteIntegral inT, DefiniteIntegral inU,
      boolean asMapped, Context on, Context ctx, Prover p) {
    Var t = inT.var();
    Var u = inU.var();
    boolean increasing = Dependence.isNonNegative(slope, on, p);
    boolean monotone = increasing || Dependence.isNonNegative(Terms.neg(slope), on, p);
    String onImage = null;
    if (monotone) {
      // inU runs upwards when it is written from g(a) to g(b) for an increasing g, or the other way round
      DefiniteIntegral image = increasing == asMapped ? inU : new DefiniteIntegral(u, inU.hi(), inU.lo(), inU.body());
      onImage = Intervals.discontinuity("the integrand", inU.body(), u, image.lo(), image.hi(),
          Binders.onInterval(image, ctx), p);
      if (onImage == null) {
        return null;
      }
    }
    Term composite = Intervals.at(inU.body(), u, g, ctx);
    String onInterval = Intervals.discontinuity("f(g(" + t.name() + ")) =", composite, t, inT.lo(), inT.hi(), on, p);
    if (onInterval == null || monotone) {
      return onInterval == null ? null : onImage;
    }
    return onInterval + " (u = " + Terms.show(g) + " is not shown monotone on " + Intervals.show(inT.lo(), inT.hi())
        + ", so f defined between g(a) and g(b) would not do)";
  }

}

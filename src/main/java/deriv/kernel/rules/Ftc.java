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
 * The fundamental theorem of calculus, {@code ∫_a^b f dx = F(b) − F(a)}, with the antiderivative F given by the
 * author ({@code by ftc(F)}, F an expression in the integral's variable; {@code by ftc(F, G)} for a link with two
 * integrals: each is evaluated with the first of them that is its antiderivative).
 *
 * <p>Side conditions, each proved: a ≤ b; f, F and dF/dx continuous on [a, b] (every definedness condition that
 * involves x proved under a ≤ x ≤ b, the declared conditions on other symbols of that name left out; the
 * derivative's conditions are those of differentiability, strict); dF/dx = f on [a, b] by algebra. Then F is
 * continuously differentiable on [a, b] with F' = f, and the theorem applies. F + c is as good an antiderivative as F.
 */
final class Ftc extends RefusingRule {
  static final String NAME = "ftc";

  /** The antiderivatives given: each integral of the link is evaluated with the first that is one of it. */
  private final List<Term> antiderivatives;

  Ftc(List<Term> args) {
    antiderivatives = List.copyOf(args);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_a^b f dx = F(b) − F(a), given F (by ftc(F)): a ≤ b, dF/dx = f on [a, b], f, F and dF/dx defined "
        + "(hence continuous) at every x of [a, b]";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof DefiniteIntegral d)) {
      return null;
    }
    if (antiderivatives.isEmpty()) {
      return refuse("name the antiderivative: `by ftc(F)`, F an expression in " + d.var().name());
    }
    String first = null;
    for (Term antiderivative : antiderivatives) {
      String[] why = new String[1];
      Rewrite r = evaluate(d, antiderivative, ctx, p, why);
      if (r != null) {
        return r;
      }
      first = first == null ? why[0] : first;
    }
    return refuse(first);
  }

  /** ∫ d by one antiderivative, or null with the reason in {@code why[0]}. */
  private static Rewrite evaluate(DefiniteIntegral d, Term antiderivative, Context ctx, Prover p, String[] why) {
    Var x = d.var();
    Term f = d.body();
    Term big = Intervals.inVariable(antiderivative, x, ctx);
    if (d.improper()) {
      return improper(d, big, ctx, p, why);
    }
    why[0] = Intervals.unordered(d, ctx, p);
    if (why[0] != null) {
      return null;
    }
    Context on = Binders.onInterval(d, ctx);
    Term derivative = Intervals.derivative(big, x);
    why[0] = antiderivativeOn(d, big, derivative, on, p);
    if (why[0] != null) {
      return null;
    }
    Term value = Terms.minus(Intervals.at(big, x, d.hi(), ctx), Intervals.at(big, x, d.lo(), ctx));
    return Rewrite.of(value, Terms.show(d.lo()) + " ≤ " + Terms.show(d.hi()),
        "d/d" + x.name() + " " + Terms.show(big) + " = " + Terms.show(f) + " on the interval",
        "integrand and antiderivative continuous on " + Intervals.show(d.lo(), d.hi()));
  }

  /**
   * Null when F = {@code big} is an antiderivative of d's integrand on its interval ({@code on}: the variable in it):
   * f, F and dF/dx continuous there and dF/dx = f by algebra; else why not.
   */
  private static String antiderivativeOn(DefiniteIntegral d, Term big, Term derivative, Context on, Prover p) {
    Var x = d.var();
    Term f = d.body();
    String why = Intervals.discontinuity("the integrand", f, x, d.lo(), d.hi(), on, p);
    if (why == null) {
      why = Intervals.discontinuity("the antiderivative", big, x, d.lo(), d.hi(), on, p);
    }
    if (why == null) {
      // the conditions of d/dx F: F differentiable, so its conditions strictly and no kink of |u|
      why = Intervals.discontinuity("the derivative of the antiderivative", derivative, x, d.lo(), d.hi(), on, p);
    }
    if (why == null && !Intervals.provedEqualOn(derivative, f, on, p)) {
      why = "d/d" + x.name() + " of the antiderivative " + Terms.show(big) + " is "
          + p.symja().residual(Terms.unfold(derivative, on)) + ", not the integrand " + Terms.show(f)
          + " (not proved equal on " + Intervals.show(d.lo(), d.hi()) + ")";
    }
    return why;
  }

  /**
   * ∫_a^∞ f = L − F(a), ∫_{−∞}^b f = F(b) − L', ∫_{−∞}^∞ f = L − L': F an antiderivative of f on the (closed) half-line
   * or line, and L = lim_{x→∞} F, L' = lim_{x→−∞} F proved by {@link LimitAtInfinity} (never by Symja's Limit). The
   * improper integral is the limit of ∫_a^b f = F(b) − F(a) as the infinite ends go to ±∞, each on its own.
   */
  private static Rewrite improper(DefiniteIntegral d, Term big, Context ctx, Prover p, String[] why) {
    Var x = d.var();
    boolean fromMinus = DefiniteIntegral.isMinusInfinity(d.lo());
    boolean toPlus = DefiniteIntegral.isPlusInfinity(d.hi());
    if (!fromMinus && DefiniteIntegral.isInfinite(d.lo()) || !toPlus && DefiniteIntegral.isInfinite(d.hi())) {
      why[0] = "the bounds of " + Terms.show(d) + " run the wrong way: an improper integral here goes from a finite "
          + "bound or -∞ up to a finite bound or ∞ (∫_b^a f = -∫_a^b f by flip)";
      return null;
    }
    if (Terms.occurs(x, d.lo()) || Terms.occurs(x, d.hi())) {
      why[0] = "the bounds of " + Terms.show(d) + " mention its variable " + x.name();
      return null;
    }
    Term derivative = Intervals.derivative(big, x);
    why[0] = antiderivativeOn(d, big, derivative, Binders.onInterval(d, ctx), p);
    if (why[0] != null) {
      return null;
    }
    Context outer = Binders.bodyContext(d, ctx); // x real, nothing known of it
    Term upper;
    if (toPlus) {
      upper = LimitAtInfinity.limit(big, x, "the limit of " + Terms.show(big) + " as " + x.name() + " → ∞",
          t -> t, outer, p, why);
    } else {
      upper = Intervals.at(big, x, d.hi(), ctx);
    }
    if (upper == null) {
      return null;
    }
    Term lower;
    if (fromMinus) {
      Var y = Terms.fresh(x); // x = −y, y → ∞
      lower = LimitAtInfinity.limit(Intervals.at(big, x, Terms.neg(y), ctx), y,
          "the limit of " + Terms.show(big) + " as " + x.name() + " → -∞", t -> Terms.substitute(t,
              java.util.Map.of(y, Terms.neg(x))), outer, p, why);
    } else {
      lower = Intervals.at(big, x, d.lo(), ctx);
    }
    if (lower == null) {
      return null;
    }
    return Rewrite.of(Terms.minus(upper, lower),
        "d/d" + x.name() + " " + Terms.show(big) + " = " + Terms.show(d.body()) + " on " + Intervals.show(d.lo(), d.hi()),
        "integrand and antiderivative continuous on " + Intervals.show(d.lo(), d.hi()),
        (toPlus ? "the limit at ∞ proved" : "") + (toPlus && fromMinus ? ", " : "")
            + (fromMinus ? "the limit at -∞ proved" : ""));
  }

}

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
    why[0] = Intervals.unordered(d, ctx, p);
    if (why[0] != null) {
      return null;
    }
    Context on = Binders.onInterval(d, ctx);
    Term derivative = Intervals.derivative(big, x);
    why[0] = Intervals.discontinuity("the integrand", f, x, d.lo(), d.hi(), on, p);
    if (why[0] == null) {
      why[0] = Intervals.discontinuity("the antiderivative", big, x, d.lo(), d.hi(), on, p);
    }
    if (why[0] == null) {
      // the conditions of d/dx F: F differentiable, so its conditions strictly and no kink of |u|
      why[0] = Intervals.discontinuity("the derivative of the antiderivative", derivative, x, d.lo(), d.hi(), on, p);
    }
    if (why[0] != null) {
      return null;
    }
    if (!Intervals.provedEqualOn(derivative, f, on, p)) {
      why[0] = "d/d" + x.name() + " of the antiderivative " + Terms.show(big) + " is "
          + p.symja().residual(Terms.unfold(derivative, on)) + ", not the integrand " + Terms.show(f)
          + " (not proved equal on [" + Terms.show(d.lo()) + ", " + Terms.show(d.hi()) + "])";
      return null;
    }
    Term value = Terms.minus(Intervals.at(big, x, d.hi(), ctx), Intervals.at(big, x, d.lo(), ctx));
    return Rewrite.of(value, Terms.show(d.lo()) + " ≤ " + Terms.show(d.hi()),
        "d/d" + x.name() + " " + Terms.show(big) + " = " + Terms.show(f) + " on the interval",
        "integrand and antiderivative continuous on [" + Terms.show(d.lo()) + ", " + Terms.show(d.hi()) + "]");
  }

}

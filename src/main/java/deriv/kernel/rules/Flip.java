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

/**
 * The orientation of a definite integral: {@code ∫_b^a f dx = ∫_a^b (−f) dx} (= −∫_a^b f dx), the definition of an
 * integral whose bounds run downwards, and {@code ∫_a^a f dx = 0} where f is defined at a. Applied only where the
 * bounds are proved to run downwards (b &gt; a; ∞ as the lower bound or −∞ as the upper one), so that the result runs
 * upwards and is not flipped back. Both sides exist together: −f is integrable exactly where f is.
 */
final class Flip implements Rule {
  static final String NAME = "flip";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_b^a f dx = ∫_a^b (−f) dx (b > a proved, or an infinite bound the wrong way); ∫_a^a f dx = 0 "
        + "(f defined at a)";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof DefiniteIntegral d)) {
      return null;
    }
    if (Terms.occurs(d.var(), d.lo()) || Terms.occurs(d.var(), d.hi())) {
      return null;
    }
    if (Terms.alphaEquivalent(d.lo(), d.hi()) && !d.improper()) {
      // ∫_a^a f = 0: an interval of one point, where f must be defined
      String why = Intervals.discontinuity("the integrand", d.body(), d.var(), d.lo(), d.hi(),
          Binders.onInterval(d, ctx), p);
      return why == null ? Rewrite.of(Num.ZERO, "the integrand is defined at " + Terms.show(d.lo())) : null;
    }
    if (!downwards(d, ctx, p)) {
      return null;
    }
    return Rewrite.of(new DefiniteIntegral(d.var(), d.hi(), d.lo(), Terms.neg(d.body())),
        "the bounds run downwards: " + Terms.show(d.lo()) + " > " + Terms.show(d.hi()));
  }

  /** Whether lo &gt; hi is proved: ∞ below or −∞ above, or two finite bounds with lo − hi &gt; 0. */
  private static boolean downwards(DefiniteIntegral d, Context ctx, Prover p) {
    boolean loInfinite = DefiniteIntegral.isInfinite(d.lo());
    boolean hiInfinite = DefiniteIntegral.isInfinite(d.hi());
    if (loInfinite || hiInfinite) {
      boolean loUp = DefiniteIntegral.isPlusInfinity(d.lo());
      boolean hiDown = DefiniteIntegral.isMinusInfinity(d.hi());
      // (∞, finite), (finite, −∞), (∞, −∞); each infinite bound exactly ±∞
      return (loUp || !loInfinite) && (hiDown || !hiInfinite) && (loUp || hiDown);
    }
    return Algebra.provesStrictlyOrdered(d.hi(), d.lo(), ctx, p)
        || Algebra.provesStrictlyOrdered(Terms.unfold(d.hi(), ctx), Terms.unfold(d.lo(), ctx), ctx, p);
  }
}

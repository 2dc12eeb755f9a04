package deriv.kernel.rules;

import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Integral;
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
 * The integral over R as the improper integral over the line: {@code ∫_R f dx = ∫_{−∞}^∞ f dx} for f ≥ 0 proved and
 * continuous on R. For such an f both are the same element of [0, ∞] (monotone convergence: ∫_{−b}^{c} f increases
 * to ∫_R f as b, c → ∞), so the improper integral is finite exactly when the Lebesgue one is. Applied by name only,
 * and only from ∫_R to ∫_{−∞}^∞: an integral over R the author wrote (which deriv assumes finite) may be read as the
 * improper one, never the other way round on its own.
 */
final class WholeLine implements Rule {
  static final String NAME = "whole_line";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "∫_R f dx = ∫_{−∞}^∞ f dx: f ≥ 0 for every real x, f continuous on R";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral written) || written.vars().size() != 1
        || written.vars().get(0).sort() != Sort.SCALAR) {
      return null;
    }
    // what the binder binds must be visible in its body before it is renamed
    if (!(Terms.unfoldDependent(written, ctx) instanceof Integral i)) {
      return null;
    }
    Var x = i.vars().get(0);
    if (!Signs.isNonNegative(i.body(), Binders.bodyContext(i, ctx), p)) {
      return null;
    }
    Var z = Terms.fresh(x);
    DefiniteIntegral line = new DefiniteIntegral(z, DefiniteIntegral.MINUS_INFINITY, DefiniteIntegral.INFINITY,
        Terms.substitute(i.body(), Map.of(x, z)));
    if (Intervals.discontinuity("the integrand", line.body(), z, line.lo(), line.hi(), Binders.onInterval(line, ctx),
        p) != null) {
      return null;
    }
    return Rewrite.of(line, "the integrand ≥ 0 on R", "the integrand continuous on R");
  }
}

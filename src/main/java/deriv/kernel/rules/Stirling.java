package deriv.kernel.rules;

import deriv.kernel.Context;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;

/**
 * Stirling's approximation, {@code ln(x!) ≈ x·ln(x) − x} for x > 0: an approximation, not a theorem. The kernel
 * applies it only to a link written {@code ≈}, and the step then rests on it as on an {@code approx} statement.
 */
final class Stirling implements Rule {
  static final String NAME = "stirling";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String theorem() {
    return "ln(x!) ≈ x·ln(x) − x for x > 0 (an approximation, for large x; only in a link written ≈)";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    Term x = Factorial.logFactorialArgument(t);
    if (x == null || !Dependence.isPositive(x, ctx, p)) {
      return null;
    }
    return Rewrite.of(Terms.minus(Terms.times(x, Terms.log(x)), x), Terms.show(x) + " > 0 (proved)");
  }
}

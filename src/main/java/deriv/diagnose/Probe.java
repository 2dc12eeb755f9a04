package deriv.diagnose;

import deriv.kernel.Context;
import deriv.kernel.Kernel;
import deriv.kernel.Term;
import deriv.kernel.Verdict;

/**
 * Asks the kernel whether a variant of a failed step holds, within the diagnosis's budget. Only a PROVED verdict
 * counts: every hint rests on one.
 */
final class Probe {
  final Obligation step;
  private final Budget budget;

  Probe(Obligation step, Budget budget) {
    this.step = step;
    this.budget = budget;
  }

  boolean exhausted() {
    return budget.exhausted();
  }

  /** Whether {@code l = r} is proved in the step's context, by the step's rule (proof only for algebra). */
  boolean holds(Term l, Term r) {
    return holds(l, r, step.context());
  }

  boolean holds(Term l, Term r, Context ctx) {
    if (budget.exhausted()) {
      return false;
    }
    // A quick numeric look saves a long failed proof. Only for algebra: a rule or fact may make sides equal that
    // are different as plain expressions (the stand-ins for declared functions know nothing of earlier facts).
    if (step.algebraic() && Numeric.differ(l, r, ctx, Equations.seed(l, r))) {
      return false;
    }
    Verdict v = step.algebraic() ? Kernel.provablyEqual(l, r, ctx, budget.next())
        : step.check(l, r, ctx, budget.next());
    return v.isProved();
  }

  /** The verdict of the step itself by another rule (null: automatic choice), or null when out of time. */
  Verdict byRule(String rule) {
    if (budget.exhausted()) {
      return null;
    }
    Obligation other = new Obligation(step.kind(), step.lhs(), step.rhs(), rule, step.args(), step.facts(),
        step.context(), step.approximate());
    return other.check(budget.next());
  }
}

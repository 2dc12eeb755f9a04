package deriv.diagnose;

import deriv.kernel.Term;
import deriv.kernel.Terms;

/** How hints print an equation. */
final class Equations {
  private Equations() {}

  static String show(Term l, Term r) {
    return Terms.show(l) + " = " + Terms.show(r);
  }

  /** A seed for numeric guesses that depends only on the step, so that hints are reproducible. */
  static long seed(Term l, Term r) {
    return show(l, r).hashCode();
  }
}

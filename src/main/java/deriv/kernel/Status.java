package deriv.kernel;

import java.util.Locale;

/** The six verdicts a step can get, from strongest to weakest evidence. */
public enum Status {
  /** Symja showed it, or a rule whose side conditions Symja (or the kernel's sign analysis) discharged. */
  PROVED,
  /** Not proved, but exact or high-precision evaluation at several admissible random points agreed. */
  TESTED,
  /** Accepted without proof: a definition, postulate or approximation. */
  ASSUMED,
  /** Shown false: a definite nonzero residual or a numeric counterexample. */
  FAILED,
  /** The step's time limit ran out. */
  TIMEOUT,
  /** Neither proved nor refuted. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

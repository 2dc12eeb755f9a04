package deriv.check;

import deriv.kernel.Status;
import deriv.kernel.Limits;

/** How to check: what one step may spend ({@link Limits}) and whether numeric agreement (tested) is enough. */
public record Options(Limits limits, boolean strict) {
  public static final Options DEFAULT = new Options(Limits.DEFAULT, false);

  /** Whether a step with this verdict lets the run pass. */
  public boolean acceptable(Status s) {
    return s == Status.PROVED || s == Status.ASSUMED || (s == Status.TESTED && !strict);
  }
}

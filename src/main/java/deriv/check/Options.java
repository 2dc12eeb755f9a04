package deriv.check;

import deriv.kernel.Status;
import deriv.kernel.Limits;

/**
 * How to check: what one step may spend ({@link Limits}), whether numeric agreement (tested) is enough, and the work
 * units a file's steps may use up in all ({@link FileBudget}).
 */
public record Options(Limits limits, boolean strict, long fileWork) {
  public static final Options DEFAULT = new Options(Limits.DEFAULT, false);

  /** A file may use up the budgets of this many steps. */
  public static final long FILE_STEPS = 20;

  public Options {
    if (fileWork < 1) {
      throw new IllegalArgumentException("the file budget must be positive");
    }
  }

  public Options(Limits limits, boolean strict) {
    this(limits, strict, limits.work() * FILE_STEPS);
  }

  /** Whether a step with this verdict lets the run pass. */
  public boolean acceptable(Status s) {
    return s == Status.PROVED || s == Status.ASSUMED || (s == Status.TESTED && !strict);
  }
}

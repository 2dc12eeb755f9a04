package deriv.check;

import deriv.kernel.Status;
import java.time.Duration;

/** How to check: the time limit per step and whether numeric agreement (tested) is enough. */
public record Options(Duration timeout, boolean strict) {
  public static final Options DEFAULT = new Options(Duration.ofSeconds(10), false);

  /** Whether a step with this verdict lets the run pass. */
  public boolean acceptable(Status s) {
    return s == Status.PROVED || s == Status.ASSUMED || (s == Status.TESTED && !strict);
  }
}

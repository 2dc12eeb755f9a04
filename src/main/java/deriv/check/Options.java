package deriv.check;

import java.time.Duration;

/** How to check: the time limit per step and whether numeric agreement (tested) is enough. */
public record Options(Duration timeout, boolean strict) {
  public static final Options DEFAULT = new Options(Duration.ofSeconds(10), false);
}

package deriv.diagnose;

import deriv.kernel.Limits;

/**
 * What a diagnosis may spend in all: at most {@link #PROBES} kernel calls, each with a {@link #PROBES}th of the
 * step's work budget. Counted, not timed, so a failed step gets the same hints on any machine at any load.
 */
final class Budget {
  static final int PROBES = 16;
  private final Limits perProbe;
  private int left = PROBES;

  private Budget(Limits perProbe) {
    this.perProbe = perProbe;
  }

  static Budget of(Limits step) {
    return new Budget(step.withWork(step.work() / PROBES));
  }

  boolean exhausted() {
    return left <= 0;
  }

  /** The limits of the next kernel call, which is counted. */
  Limits next() {
    left--;
    return perProbe;
  }
}

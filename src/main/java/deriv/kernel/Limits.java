package deriv.kernel;

import java.time.Duration;

/**
 * What one obligation may spend. {@code work} is the deterministic budget, in work units: one unit is one million
 * bytes allocated by the thread that decides the obligation (Symja's evaluation included), a count that does not
 * depend on the machine's load, the number of threads or the order of the files, the way Lean's heartbeats count
 * allocations. {@code wall} is only a safety net against a computation that allocates nothing; a step stopped by it
 * is reported as such and never cached.
 */
public record Limits(long work, Duration wall) {
  /** Every step of the library uses at most ~190 units (docs/performance.md): at least 5× headroom. */
  public static final long DEFAULT_WORK = 1000;
  public static final Duration DEFAULT_WALL = Duration.ofSeconds(120);
  public static final Limits DEFAULT = new Limits(DEFAULT_WORK, DEFAULT_WALL);

  public Limits {
    if (work <= 0 || wall.isNegative() || wall.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Bytes the deciding thread may allocate. */
  long bytes() {
    return work * 1_000_000L;
  }

  /** The same limits with a smaller work budget (for one of several calls sharing a budget). */
  public Limits withWork(long units) {
    return new Limits(Math.max(1, units), wall);
  }
}

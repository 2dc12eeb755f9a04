package deriv.diagnose;

import java.time.Duration;

/** The time a diagnosis may take in all: one step's time limit, shared by every kernel call it makes. */
final class Budget {
  private final long deadline;

  private Budget(long deadline) {
    this.deadline = deadline;
  }

  static Budget of(Duration limit) {
    return new Budget(System.nanoTime() + limit.toNanos());
  }

  boolean exhausted() {
    return remaining().isZero();
  }

  Duration remaining() {
    long left = deadline - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }
}

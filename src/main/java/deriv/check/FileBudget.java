package deriv.check;

import deriv.kernel.Limits;
import deriv.kernel.Prover;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import java.util.List;
import java.util.Map;

/**
 * What one file may spend on steps that use up their whole work budget (issue 16): a file of a thousand expensive
 * claims would otherwise take a thousand step budgets. Only such steps are charged, each with its budget — the one
 * amount known exactly whether the verdict was computed, speculated on another thread or read from a cache — so the
 * same file stops at the same step on any machine. A step stopped by the wall clock is not charged (that stop
 * depends on the machine). Once spent, the file's remaining steps are not decided: they are timeout, with a message
 * that says so, and the next file is checked.
 */
final class FileBudget {
  private final long units;
  private long spent;

  FileBudget(long units) {
    this.units = units;
  }

  boolean exhausted() {
    return spent >= units;
  }

  /** The verdict of a step that is not decided because the file's budget is spent. */
  Verdict refused(String rule) {
    return Verdict.of(Status.TIMEOUT, rule, "file work budget used up: earlier steps of this file used up their "
        + "work budgets, " + spent + " of the file's " + units + " work units (--file-budget); this step was not "
        + "decided", null, Map.of(), List.of());
  }

  /** Counts {@code v} against the file when it used up its whole budget {@code limits}. */
  void charge(Verdict v, Limits limits) {
    if (v.status() == Status.TIMEOUT && !Prover.stoppedByWallClock(v)) {
      spent += limits.work();
    }
  }
}

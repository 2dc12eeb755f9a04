package deriv.check;

import deriv.kernel.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything one run of {@code deriv check} found, in a deterministic order (files sorted by path), and how. */
public record RunResult(List<FileResult> files, Options options) {
  public RunResult {
    files = List.copyOf(files);
  }

  /** A run with the default limits. */
  public RunResult(List<FileResult> files, boolean strict) {
    this(files, new Options(Options.DEFAULT.limits(), strict));
  }

  public boolean strict() {
    return options.strict();
  }

  /** How many steps got each verdict (goals are not counted here). */
  public Map<Status, Integer> summary() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    for (FileResult f : files) {
      for (DerivationResult d : f.derivations()) {
        for (StepResult s : d.steps()) {
          counts.merge(s.status(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * 0: all proved or assumed and every goal reached; 1: some step or goal not established, or a dimension error;
   * 2: a file error.
   */
  public int exitCode() {
    boolean fileError = files.stream().anyMatch(FileResult::hasErrors);
    if (fileError) {
      return 2;
    }
    if (files.stream().anyMatch(FileResult::hasCheckFailures)) {
      return 1;
    }
    for (FileResult f : files) {
      for (DerivationResult d : f.derivations()) {
        if (d.goal() == null || !d.goal().reached()) {
          return 1;
        }
        for (StepResult s : d.steps()) {
          if (!acceptable(s.status())) {
            return 1;
          }
        }
      }
    }
    return 0;
  }

  /** Whether a step with this verdict lets the run pass. */
  public boolean acceptable(Status s) {
    return options.acceptable(s);
  }
}

package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every step, goal and diagnostic of a run as {@link Finding}s, in the run's order. */
final class Findings {
  private Findings() {}

  /** Diagnostics that mean the text could not be read at all; every other code is about names and types. */
  private static final Set<String> SYNTAX_CODES = Set.of("syntax", "too-deep", "file-too-large", "no-derivation",
      "from-chain", "bad-number", "number-too-long");

  static List<Finding> of(RunResult run) {
    List<Finding> out = new ArrayList<>();
    for (FileResult f : run.files()) {
      for (Diagnostic d : f.diagnostics()) {
        out.add(diagnostic(f.path(), d));
      }
      for (DerivationResult d : f.derivations()) {
        for (StepResult s : d.steps()) {
          out.add(step(run, f.path(), d, s));
        }
        out.add(goal(f.path(), d));
      }
    }
    return out;
  }

  private static Finding diagnostic(String path, Diagnostic d) {
    Finding.Rule rule = SYNTAX_CODES.contains(d.code()) ? Finding.Rule.SYNTAX_ERROR : Finding.Rule.NAME_ERROR;
    Finding.Level level = d.severity() == Diagnostic.Severity.ERROR ? Finding.Level.ERROR : Finding.Level.WARNING;
    return new Finding(path, null, d.code(), rule, level, d.span(), "deriv: " + d.code(), d.message(), null);
  }

  private static Finding step(RunResult run, String path, DerivationResult d, StepResult s) {
    Verdict v = s.verdict();
    Finding.Level level;
    if (s.status() == Status.PROVED || s.status() == Status.ASSUMED) {
      level = Finding.Level.PASS;
    } else if (s.status() == Status.TESTED || s.status() == Status.UNKNOWN || s.status() == Status.TIMEOUT) {
      // undecided, not refuted: a warning (tested under --strict is an error, as the exit code says)
      level = run.acceptable(s.status()) ? Finding.Level.NOTE : s.status() == Status.TESTED && run.strict()
          ? Finding.Level.ERROR : Finding.Level.WARNING;
    } else {
      level = Finding.Level.ERROR;
    }
    StringBuilder message = new StringBuilder("Step ").append(s.name()).append(' ').append(verb(s.status()))
        .append(" (by ").append(v.rule()).append("): ").append(v.message());
    if (v.residual() != null && !v.residual().isBlank()) {
      message.append(" Residual: ").append(v.residual()).append('.');
    }
    if (!v.counterexample().isEmpty()) {
      message.append(" Counterexample: ").append(Tally.assignments(v.counterexample())).append('.');
    }
    String title = "deriv: " + s.status().label() + " step " + d.name() + "." + s.name();
    return new Finding(path, d.name(), s.name(), Finding.Rule.of(s.status()), level, s.span(), title,
        message.toString(), s.status(), s.millis());
  }

  private static String verb(Status s) {
    switch (s) {
      case PROVED: return "was proved";
      case TESTED: return "was only tested numerically";
      case ASSUMED: return "is assumed";
      case FAILED: return "failed";
      case TIMEOUT: return "timed out";
      default: return "was not decided";
    }
  }

  private static Finding goal(String path, DerivationResult d) {
    GoalResult g = d.goal();
    if (g == null) {
      return new Finding(path, d.name(), "goal", Finding.Rule.GOAL_NOT_REACHED, Finding.Level.ERROR,
          d.derivation().span(), "deriv: no goal in " + d.name(), "Derivation " + d.name() + " states no goal.",
          null);
    }
    String reason = g.verdict() == null || g.verdict().message().isBlank() ? "" : ": " + g.verdict().message();
    if (g.reached()) {
      return new Finding(path, d.name(), "goal", Finding.Rule.GOAL_REACHED, Finding.Level.PASS, g.goal().span(),
          "deriv: goal reached in " + d.name(), "The goal of " + d.name() + " is reached" + reason + "; it rests on "
          + deriv.kernel.Evidence.describe(g.restsOn()), null);
    }
    return new Finding(path, d.name(), "goal", Finding.Rule.GOAL_NOT_REACHED, Finding.Level.ERROR, g.goal().span(),
        "deriv: goal not reached in " + d.name(), "The goal of " + d.name() + " is not reached" + reason, null);
  }
}

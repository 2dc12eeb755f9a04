package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Evidence;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The default terminal output: a line per step, details under a step that did not hold, a summary. */
public final class TextReport {
  private TextReport() {}

  public static String write(RunResult run) {
    StringBuilder out = new StringBuilder();
    int goals = 0;
    int reached = 0;
    for (FileResult f : run.files()) {
      for (Diagnostic d : f.diagnostics()) {
        out.append(DiagnosticText.render(f.path(), f.source().text(), d));
      }
      for (DerivationResult d : f.derivations()) {
        for (StepResult s : d.steps()) {
          step(out, f, s, run);
        }
        goals++;
        if (d.goal() != null && d.goal().reached()) {
          reached++;
        }
        goal(out, f, d);
      }
    }
    Map<Status, Integer> counts = run.summary();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    out.append(total).append(" steps: ");
    for (Status s : Status.values()) {
      out.append(counts.get(s)).append(' ').append(s.label()).append(s == Status.UNKNOWN ? "" : ", ");
    }
    out.append("; goals reached: ").append(reached).append('/').append(goals).append(assumptionsUsed(run));
    long fileErrors = run.files().stream().filter(FileResult::hasErrors).count();
    if (fileErrors > 0) {
      out.append("; files with errors: ").append(fileErrors);
    }
    return out.append('\n').toString();
  }

  public static String mark(Status s) {
    switch (s) {
      case PROVED: return "✓";
      case TESTED: return "~";
      case ASSUMED: return "•";
      case FAILED: return "✗";
      case TIMEOUT: return "⌛";
      default: return "?";
    }
  }

  private static void step(StringBuilder out, FileResult f, StepResult s, RunResult run) {
    Verdict v = s.verdict();
    out.append(String.format(java.util.Locale.ROOT, "%s:%d:%d  %s %-8s %-14s %s%n", f.path(), s.span().line(), s.span().column(),
        mark(v.status()), v.status().label(), v.rule(), s.name()));
    if (run.acceptable(v.status()) && v.status() != Status.TESTED) {
      if (!s.unestablished().isEmpty()) {
        out.append("    from:     ").append(unestablished(s)).append('\n');
      }
      return;
    }
    out.append("    step:     ").append(StepText.equation(s, f.source().text())).append('\n');
    out.append("    why:      ").append(v.message()).append('\n');
    if (v.residual() != null) {
      out.append("    residual: ").append(v.residual()).append("   (lhs − rhs)\n");
    }
    if (!v.counterexample().isEmpty()) {
      out.append("    counterexample: ").append(deriv.check.Counterexample.describe(v.counterexample())).append('\n');
    }
    s.hints().forEach(h -> out.append("    hint:     ").append(h.message()).append('\n'));
    if (!s.unestablished().isEmpty()) {
      out.append("    from:     ").append(unestablished(s)).append('\n');
    }
  }

  /** What a step checked from claims that are not established says of them. */
  public static String unestablished(StepResult s) {
    String names = "'" + String.join("', '", s.unestablished()) + "'";
    return "checked from " + names + " as written, which " + (s.unestablished().size() == 1 ? "is" : "are")
        + " not established, so this claim is not established either";
  }

  private static void goal(StringBuilder out, FileResult f, DerivationResult d) {
    if (d.goal() == null) {
      out.append(f.path()).append(":  ? goal     derivation '").append(d.name()).append("' has no goal\n");
      return;
    }
    Verdict v = d.goal().verdict();
    boolean ok = d.goal().reached();
    out.append(String.format(java.util.Locale.ROOT, "%s:%d:%d  %s goal %s  %s%s%n", f.path(), d.goal().goal().span().line(),
        d.goal().goal().span().column(), ok ? "✓" : "✗", ok ? "reached" : "NOT reached", v.message(),
        ok ? restsOn(d.goal().restsOn()) : ""));
  }

  /** {@code ; rests on: p (postulate, a.deriv:3)}, or {@code ; rests on nothing but proofs}. */
  private static String restsOn(List<Evidence> evidence) {
    return evidence.isEmpty() ? "; rests on nothing but proofs" : "; rests on: " + Evidence.describe(evidence);
  }

  /** The postulates, approximations and tested steps the reached goals rest on, each counted once. */
  private static String assumptionsUsed(RunResult run) {
    Set<Evidence> used = new LinkedHashSet<>();
    for (FileResult f : run.files()) {
      for (DerivationResult d : f.derivations()) {
        if (d.goal() != null && d.goal().reached()) {
          used.addAll(d.goal().restsOn());
        }
      }
    }
    if (used.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Evidence.Kind k : Evidence.Kind.values()) {
      long n = used.stream().filter(e -> e.kind() == k).count();
      if (n > 0) {
        parts.add(n + " " + k.label + (k == Evidence.Kind.TESTED ? " step" : "") + (n > 1 ? "s" : ""));
      }
    }
    return "; goals rest on " + String.join(", ", parts);
  }
}

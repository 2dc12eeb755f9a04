package deriv.lsp;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.report.StepText;
import deriv.report.TextReport;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Results as editor diagnostics: file errors (syntax, names, units) as they are; a failed step or goal not reached
 * is an Error, a tested, unknown or timed-out step a Warning, with the lines {@code deriv check} prints under it.
 */
final class EditorDiagnostics {
  static final String SOURCE = "deriv";

  private EditorDiagnostics() {}

  /** Syntax, name and unit problems (no verdicts). */
  static List<Diagnostic> ofFrontEnd(List<deriv.syntax.Diagnostic> found, Positions at) {
    List<Diagnostic> out = new ArrayList<>();
    for (deriv.syntax.Diagnostic d : found) {
      out.add(diagnostic(at, d.span(), d.severity() == deriv.syntax.Diagnostic.Severity.ERROR
          ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, d.code(), d.message()));
    }
    return out;
  }

  /** Everything a check found: its file diagnostics, the steps that did not hold, the goals not reached. */
  static List<Diagnostic> ofResult(FileResult result, Positions at) {
    List<Diagnostic> out = ofFrontEnd(result.diagnostics(), at);
    for (DerivationResult d : result.derivations()) {
      d.steps().forEach(s -> step(out, at, s, result.source().text()));
      GoalResult g = d.goal();
      if (g != null && !g.reached()) {
        out.add(diagnostic(at, g.goal().span(), DiagnosticSeverity.Error, "goal",
            "goal NOT reached: " + g.verdict().message()));
      }
    }
    return out;
  }

  /** While a check runs: the front end's findings and the verdicts of the steps decided so far. */
  static List<Diagnostic> ofSteps(List<deriv.syntax.Diagnostic> front, List<StepResult> steps,
      Document.Snapshot now) {
    List<Diagnostic> out = ofFrontEnd(front, now.positions());
    steps.forEach(s -> step(out, now.positions(), s, now.text));
    return out;
  }

  /** A step that did not hold, as a diagnostic on its span; nothing for a proved or assumed one. */
  private static void step(List<Diagnostic> out, Positions at, StepResult s, String text) {
    DiagnosticSeverity severity = severity(s.status());
    if (severity != null) {
      out.add(diagnostic(at, s.span(), severity, s.status().label(), message(s, text)));
    }
  }

  /** Failed is an error; tested, unknown and timeout are warnings; proved and assumed are no diagnostic. */
  static DiagnosticSeverity severity(Status s) {
    switch (s) {
      case FAILED: return DiagnosticSeverity.Error;
      case TESTED:
      case UNKNOWN:
      case TIMEOUT: return DiagnosticSeverity.Warning;
      default: return null;
    }
  }

  /** The step's verdict and, under it, what {@code deriv check} prints: reason, residual, counterexample, hints. */
  static String message(StepResult s, String text) {
    Verdict v = s.verdict();
    StringBuilder m = new StringBuilder();
    m.append(TextReport.mark(v.status())).append(' ').append(v.status().label()).append(" (").append(v.rule())
        .append(") ").append(s.name()).append('\n');
    m.append("step: ").append(StepText.equation(s, text)).append('\n');
    m.append("why: ").append(v.message());
    if (v.residual() != null) {
      m.append("\nresidual: ").append(v.residual()).append("   (lhs − rhs)");
    }
    if (!v.counterexample().isEmpty()) {
      m.append("\ncounterexample: ").append(deriv.check.Counterexample.describe(v.counterexample()));
    }
    s.hints().forEach(h -> m.append("\nhint: ").append(h.message()));
    if (!s.unestablished().isEmpty()) {
      m.append("\nfrom: ").append(TextReport.unestablished(s));
    }
    return m.toString();
  }

  private static Diagnostic diagnostic(Positions at, deriv.syntax.Span span, DiagnosticSeverity severity,
      String code, String message) {
    return new Diagnostic(at.range(span), message, severity, SOURCE, code);
  }
}

package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.diagnose.Hint;
import deriv.kernel.Evidence;
import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code --format json}: the machine-readable contract documented in docs/json.md. */
public final class JsonReport {
  private JsonReport() {}

  public static String write(RunResult run) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> files = new ArrayList<>();
    for (FileResult f : run.files()) {
      files.add(file(f));
    }
    root.put("files", files);
    Map<String, Object> summary = new LinkedHashMap<>();
    run.summary().forEach((status, n) -> summary.put(status.label(), n));
    root.put("summary", summary);
    root.put("exitCode", run.exitCode());
    Map<String, Object> budget = new LinkedHashMap<>();
    budget.put("workUnits", run.options().limits().work());
    budget.put("wallClockSafetySeconds", run.options().limits().wall().toSeconds());
    root.put("budget", budget);
    return Json.write(root);
  }

  private static Map<String, Object> file(FileResult f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    List<Object> derivations = new ArrayList<>();
    for (DerivationResult d : f.derivations()) {
      derivations.add(derivation(d, f.source().text()));
    }
    m.put("derivations", derivations);
    List<Object> diagnostics = new ArrayList<>();
    for (Diagnostic d : f.diagnostics()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("line", d.span().line());
      dm.put("column", d.span().column());
      dm.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
      dm.put("code", d.code());
      dm.put("message", d.message());
      diagnostics.add(dm);
    }
    m.put("diagnostics", diagnostics);
    return m;
  }

  private static Map<String, Object> derivation(DerivationResult d, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("title", d.derivation().title());
    Map<String, Object> goal = new LinkedHashMap<>();
    goal.put("statement", d.goal() == null ? null : Sources.slice(text, d.goal().goal().span()).replaceFirst(
        "^goal\\s+", ""));
    goal.put("reached", d.goal() != null && d.goal().reached());
    goal.put("message", d.goal() == null ? "no goal" : d.goal().verdict().message());
    goal.put("approximate", d.goal() != null && d.goal().goal().approximate());
    List<Object> restsOn = new ArrayList<>();
    for (Evidence e : d.goal() == null ? List.<Evidence>of() : d.goal().restsOn()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("name", e.name());
      em.put("kind", e.kind().label);
      em.put("file", e.file());
      em.put("line", e.line());
      restsOn.add(em);
    }
    goal.put("rests_on", restsOn);
    m.put("goal", goal);
    List<Object> steps = new ArrayList<>();
    for (StepResult s : d.steps()) {
      steps.add(step(s, text));
    }
    m.put("steps", steps);
    return m;
  }

  private static Map<String, Object> step(StepResult s, String text) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    m.put("line", s.span().line());
    m.put("column", s.span().column());
    m.put("rule", s.rule());
    m.put("status", s.status().label());
    m.put("message", s.verdict().message());
    m.put("source", StepText.equation(s, text));
    if (s.verdict().residual() != null) {
      m.put("residual", s.verdict().residual());
    }
    if (!s.verdict().counterexample().isEmpty()) {
      m.put("counterexample", new LinkedHashMap<>(s.verdict().counterexample()));
    }
    if (!s.hints().isEmpty()) {
      List<Object> hints = new ArrayList<>();
      for (Hint h : s.hints()) {
        Map<String, Object> hm = new LinkedHashMap<>();
        hm.put("kind", h.kind());
        hm.put("message", h.message());
        hints.add(hm);
      }
      m.put("hints", hints);
    }
    if (!s.unestablished().isEmpty()) {
      m.put("from_unestablished", s.unestablished());
    }
    if (s.status() == Status.PROVED || !s.verdict().trace().isEmpty()) {
      m.put("trace", s.verdict().trace());
    }
    return m;
  }
}

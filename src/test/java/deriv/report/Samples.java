package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Ast;
import deriv.syntax.Parsing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Check results for the report tests, built from really parsed files with hand-made verdicts: the checker is
 * written concurrently. Steps not named in {@code verdicts} are proved by the rule their link names.
 */
final class Samples {
  private Samples() {}

  /** The passing derivation: every step proved, the goal reached. */
  static FileResult passing() {
    return file("completing_square.deriv", Map.of(), goalReached());
  }

  /** Tested, failed and timed-out steps; the goal is not reached. */
  static FileResult failing() {
    Map<String, Verdict> verdicts = Map.of(
        "ratio.3", Verdict.of(Status.FAILED, "algebra", "the two sides differ by a sign.",
            "-2*q*(V_1-V_2)/(k_B*T)", orderedCounterexample(), List.of()),
        "partition.1", Verdict.of(Status.TIMEOUT, "unfold", "no decision within 10 s.", null, Map.of(),
            List.of()),
        "phase_space.1", Verdict.of(Status.TESTED, "factorize",
            "agreed at 12 random points, not proved.", null, Map.of(), List.of()),
        "ratio_twice", Verdict.of(Status.UNKNOWN, "log_power", "Symja could not decide it.", null, Map.of(),
            List.of()));
    return file("boltzmann.deriv", verdicts, goalNotReached());
  }

  /** A file with a syntax error: no derivations, one diagnostic. */
  static FileResult broken() {
    Parsing.Result parsed = Parsing.parse("derivations/broken.deriv",
        "derivation broken \"Broken\"\nclaim c:\n  a\n    = = b\n");
    return new FileResult("derivations/broken.deriv", parsed.file(), List.of(), parsed.diagnostics());
  }

  static RunResult run(boolean strict, FileResult... files) {
    return new RunResult(List.of(files), strict);
  }

  private static Map<String, String> orderedCounterexample() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("q", "1");
    m.put("V_1", "2");
    m.put("V_2", "0");
    m.put("k_B*T", "1");
    return m;
  }

  private interface GoalOutcome {
    GoalResult of(Ast.Goal goal);
  }

  private static GoalOutcome goalReached() {
    return g -> new GoalResult(g, true, Verdict.proved("goal", "the last equation is the goal.", List.of()));
  }

  private static GoalOutcome goalNotReached() {
    return g -> new GoalResult(g, false, Verdict.of(Status.FAILED, "goal",
        "the chain that ends in the goal has a failed step.", null, Map.of(), List.of()));
  }

  static FileResult file(String name, Map<String, Verdict> verdicts, GoalOutcome goal) {
    return parsed("derivations/" + name, resource("samples/" + name), verdicts, goal);
  }

  static FileResult parsed(String path, String text, Map<String, Verdict> verdicts, GoalOutcome goal) {
    Parsing.Result parsed = Parsing.parse(path, text);
    if (parsed.hasErrors()) {
      throw new IllegalStateException(path + ": " + parsed.diagnostics());
    }
    List<DerivationResult> derivations = new ArrayList<>();
    for (Ast.Derivation d : parsed.file().derivations()) {
      derivations.add(derivation(d, verdicts, goal));
    }
    return new FileResult(path, parsed.file(), derivations, List.of());
  }

  static FileResult parsed(String path, String text) {
    return parsed(path, text, Map.of(), goalReached());
  }

  private static DerivationResult derivation(Ast.Derivation d, Map<String, Verdict> verdicts, GoalOutcome goal) {
    List<StepResult> steps = new ArrayList<>();
    GoalResult goalResult = null;
    for (Ast.Statement s : d.statements()) {
      if (s instanceof Ast.Def def) {
        steps.add(new StepResult(def.name(), StepResult.Kind.DEFINITION, def.span(),
            Verdict.assumed("definition", "a definition"), s, null));
      } else if (s instanceof Ast.Assumed a) {
        boolean postulate = a.kind() == Ast.Assumed.Kind.POSTULATE;
        steps.add(new StepResult(a.name(), postulate ? StepResult.Kind.POSTULATE : StepResult.Kind.APPROXIMATION,
            a.span(), Verdict.assumed(postulate ? "postulate" : "approximation", "accepted without proof"), s,
            null));
      } else if (s instanceof Ast.Claim c && c.from() != null) {
        String rule = c.from().rule() == null ? "algebra" : c.from().rule().name();
        steps.add(new StepResult(c.name(), StepResult.Kind.DERIVED, c.span(),
            verdicts.getOrDefault(c.name(), proved(rule)), s, null));
      } else if (s instanceof Ast.Claim c) {
        for (int i = 0; i < c.links().size(); i++) {
          Ast.Link link = c.links().get(i);
          String name = c.name() + "." + (i + 1);
          String rule = link.rule() == null ? "algebra" : link.rule().name();
          steps.add(new StepResult(name, StepResult.Kind.LINK, link.span(),
              verdicts.getOrDefault(name, proved(rule)), s, link));
        }
      } else if (s instanceof Ast.Goal g) {
        goalResult = goal.of(g);
      }
    }
    return new DerivationResult(d, steps, goalResult);
  }

  private static Verdict proved(String rule) {
    return Verdict.proved(rule, "proved.", List.of());
  }

  static String resource(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

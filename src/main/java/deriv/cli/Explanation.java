package deriv.cli;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Context;
import deriv.kernel.Kernel;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Verdict;
import deriv.report.Sources;
import deriv.report.StepText;
import deriv.report.TextReport;
import deriv.resolve.Resolved;
import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code deriv explain}'s text: for each step, the equation the kernel was asked (as kernel terms), what it could
 * assume, the rule and its theorem, the side conditions and how they were discharged, what the computer algebra
 * did, and the verdict.
 */
final class Explanation {
  private final FileResult file;
  private final StringBuilder out = new StringBuilder();
  private Resolved resolved;

  private Explanation(FileResult file) {
    this.file = file;
  }

  /**
   * Every step (line 0), or the step at {@code line}, or (on a line of a claim outside its links, such as
   * {@code claim NAME:}) every step of that claim; null when there is none.
   */
  static String write(FileResult file, int line) {
    Explanation e = new Explanation(file);
    int explained = 0;
    boolean onAStep = file.derivations().stream().flatMap(d -> d.steps().stream())
        .anyMatch(s -> covers(s.span(), line));
    for (DerivationResult d : file.derivations()) {
      e.resolved = Resolver.resolve(d.derivation());
      for (StepResult s : d.steps()) {
        if (line == 0 || covers(s.span(), line) || !onAStep && covers(s.statement().span(), line)) {
          e.step(s);
          explained++;
        }
      }
      if (d.goal() != null && (line == 0 || covers(d.goal().goal().span(), line))) {
        e.goal(d.goal());
        explained++;
      }
    }
    return explained == 0 ? null : e.out.toString();
  }

  private static boolean covers(Span s, int line) {
    return s.line() <= line && line <= s.endLine();
  }

  private void step(StepResult s) {
    Verdict v = s.verdict();
    out.append(String.format(java.util.Locale.ROOT, "%s:%d:%d  %s%n", file.path(), s.span().line(), s.span().column(), s.name()));
    field("written", StepText.equation(s, file.source().text()));
    if (s.kind().isAssumed()) {
      field("verdict", TextReport.mark(v.status()) + " " + v.status().label() + ": " + s.kind().name().toLowerCase(Locale.ROOT)
          + ", accepted without proof; later steps may use it");
      out.append('\n');
      return;
    }
    Obligation o = obligation(s);
    if (o != null) {
      field("obligation", Terms.show(o.lhs) + " = " + Terms.show(o.rhs) + "   (as the kernel reads it)");
      field("assuming", ContextText.describe(o.context, List.of(o.lhs, o.rhs)));
      field("rule", rule(s, o));
      field("theorem", theoremOf(s, o));
      if (!o.premises.isEmpty()) {
        field("premises", o.premises);
      }
    }
    List<String> conditions = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (String t : v.trace()) {
      if (t.startsWith("side condition: ")) {
        conditions.add(t.substring("side condition: ".length()));
      } else {
        steps.add(t);
      }
    }
    field("side conditions", conditions.isEmpty() ? "none" : String.join("; ", conditions));
    field("computation", steps.isEmpty() ? "(no computation recorded)" : steps.get(0));
    steps.stream().skip(1).forEach(t -> out.append(" ".repeat(20)).append(t).append('\n'));
    field("verdict", TextReport.mark(v.status()) + " " + v.status().label() + ": " + v.message());
    if (v.residual() != null) {
      field("residual", v.residual() + "   (lhs − rhs after simplification)");
    }
    if (!v.counterexample().isEmpty()) {
      field("counterexample", deriv.check.Counterexample.describe(v.counterexample()));
    }
    s.hints().forEach(h -> field("hint", h.message()));
    out.append('\n');
  }

  private void goal(GoalResult g) {
    Span span = g.goal().span();
    out.append(String.format(java.util.Locale.ROOT, "%s:%d:%d  goal%n", file.path(), span.line(), span.column()));
    field("written", Sources.slice(file.source().text(), span));
    field("rule", "the goal is reached when it is the last claim's equation (first = last), either way round or"
        + " as lhs − rhs, up to algebra");
    field("verdict", (g.reached() ? "✓ " : "✗ NOT reached: ") + g.verdict().message());
    field("rests on", deriv.kernel.Evidence.describe(g.restsOn()));
    out.append('\n');
  }

  /** The rule that decided the step, and why that rule was used. */
  private String rule(StepResult s, Obligation o) {
    String decided = s.verdict().rule();
    if (o.rule == null) {
      return decided + " (no rule named: deriv tries algebra, then each rewrite rule and earlier result)";
    }
    return o.rule.equals("def") ? "def (checked as algebra, with definitions unfolded)" : o.rule;
  }

  private String theoremOf(StepResult s, Obligation o) {
    String rule = o.rule == null || o.rule.equals("def") ? s.verdict().rule() : o.rule;
    if (rule.equals("algebra")) {
      return "proved when lhs − rhs simplifies to 0 with Symja under the assumptions (definitions unfolded if"
          + " needed); otherwise the sides are compared at random admissible points, which gives only 'tested'"
          + " or 'failed'";
    }
    return theorem(rule);
  }

  /** A kernel rule's theorem, or the equation of an earlier result used as a rule. */
  private String theorem(String rule) {
    String t = Kernel.theorem(rule);
    if (t != null) {
      return t;
    }
    for (Resolved.Item item : resolved.items()) {
      if (item instanceof Resolved.Assumption a && a.name().equals(rule)) {
        return "the " + a.kind().label + " " + Terms.show(a.lhs()) + " = " + Terms.show(a.rhs())
            + ", used to rewrite either side";
      }
      if (item instanceof Resolved.ClaimItem c && c.name().equals(rule)) {
        return "the earlier result " + Terms.show(c.first()) + " = " + Terms.show(c.last())
            + ", used to rewrite either side";
      }
    }
    return "(unknown rule)";
  }

  private record Obligation(Term lhs, Term rhs, String rule, Context context, String premises) {}

  /** The resolved step a result came from, found by its position. */
  private Obligation obligation(StepResult s) {
    for (Resolved.Item item : resolved.items()) {
      if (item instanceof Resolved.ClaimItem c) {
        for (Resolved.Link l : c.links()) {
          if (l.span().equals(s.span())) {
            return new Obligation(l.lhs(), l.rhs(), l.rule().name(), c.context(), "");
          }
        }
        if (c.derived() != null && c.span().equals(s.span())) {
          Resolved.Derived d = c.derived();
          String premises = String.join(", ", c.source().from().facts().stream().map(f -> Sources.slice(
              file.source().text(), f.span())).toList());
          return new Obligation(d.lhs(), d.rhs(), d.rule().name() == null ? "instance" : d.rule().name(),
              c.context(), premises);
        }
      }
    }
    return null;
  }

  private void field(String name, String value) {
    out.append(String.format(java.util.Locale.ROOT, "  %-17s %s%n", name + ":", value));
  }
}

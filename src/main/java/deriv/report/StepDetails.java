package deriv.report;

import deriv.check.StepResult;
import deriv.kernel.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of {@code deriv explain} that the checker's results already hold — rule, side conditions, computation,
 * verdict, residual, counterexample, hints — as labelled fields. (The kernel's reading of the obligation and the
 * rule's theorem need the kernel; reports do not call it.)
 */
final class StepDetails {
  private StepDetails() {}

  private static final String SIDE_CONDITION = "side condition: ";

  static Outline.Detail of(StepResult s) {
    if (s == null) {
      return null;
    }
    Verdict v = s.verdict();
    List<Outline.Field> fields = new ArrayList<>();
    if (s.kind().isAssumed()) {
      fields.add(new Outline.Field("verdict", v.status().label() + ": " + s.kind().name().toLowerCase(Locale.ROOT)
          + ", accepted without proof; later steps may use it"));
      return new Outline.Detail(s.name(), s.span().line(), fields);
    }
    fields.add(new Outline.Field("rule", v.rule()));
    List<String> conditions = new ArrayList<>();
    List<String> computation = new ArrayList<>();
    for (String t : v.trace()) {
      if (t.startsWith(SIDE_CONDITION)) {
        conditions.add(t.substring(SIDE_CONDITION.length()));
      } else {
        computation.add(t);
      }
    }
    fields.add(new Outline.Field("side conditions", conditions.isEmpty() ? "none" : String.join("; ", conditions)));
    fields.add(new Outline.Field("computation",
        computation.isEmpty() ? "(no computation recorded)" : String.join("\n", computation)));
    if (!v.usedFacts().isEmpty()) {
      fields.add(new Outline.Field("used", String.join(", ", v.usedFacts())));
    }
    fields.add(new Outline.Field("verdict", v.status().label() + ": " + v.message()));
    if (v.residual() != null) {
      fields.add(new Outline.Field("residual", v.residual() + "   (lhs − rhs after simplification)"));
    }
    if (!v.counterexample().isEmpty()) {
      fields.add(new Outline.Field("counterexample", Tally.assignments(v.counterexample())));
    }
    s.hints().forEach(h -> fields.add(new Outline.Field("hint", h.message())));
    if (!s.unestablished().isEmpty()) {
      fields.add(new Outline.Field("cites unestablished", String.join(", ", s.unestablished())));
    }
    return new Outline.Detail(s.name(), s.span().line(), fields);
  }
}

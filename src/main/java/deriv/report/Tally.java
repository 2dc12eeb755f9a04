package deriv.report;

import deriv.kernel.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "4 steps: 3 proved, 1 assumed" in words, for the summary line of the reader reports. */
final class Tally {
  private Tally() {}

  static String sentence(Map<Status, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    List<String> parts = new ArrayList<>();
    for (Status s : Marks.LEGEND) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        parts.add(n + " " + s.label());
      }
    }
    String steps = total == 1 ? "1 step" : total + " steps";
    return parts.isEmpty() ? steps + " checked" : steps + " checked: " + String.join(", ", parts);
  }

  /** What the end of a derivation says about its goal. */
  static String goal(Outline.Goal g) {
    if (g == null) {
      return "This derivation states no goal.";
    }
    if (!g.checked()) {
      return "The goal was not checked.";
    }
    return g.reached() ? "The goal is reached; it rests on " + deriv.kernel.Evidence.describe(g.restsOn()) + "."
        : "The goal is not reached.";
  }

  /** The goal sentence, with the kernel's reason when the goal is not reached. */
  static String goalWithReason(Outline.Goal g) {
    String sentence = goal(g);
    if (g == null || !g.checked() || g.reached() || g.message().isBlank()) {
      return sentence;
    }
    return sentence.substring(0, sentence.length() - 1) + ": " + g.message();
  }

  /** The verdict shown beside a step: unknown when nothing was decided. */
  static Status shown(Status s) {
    return s == null ? Status.UNKNOWN : s;
  }

  /** Whether a chain's line gets the mark of a step proved through an approximation (≈ and proved). */
  static boolean approximated(Outline.Line l) {
    return l.approximate() && l.status() == Status.PROVED;
  }

  /** Whether the goal is reached through an approximation: then it gets the ✓≈ mark, not the plain ✓. */
  static boolean approximated(Outline.Goal g) {
    return g.reached() && goalMark(g) == Status.PROVED
        && g.restsOn().stream().anyMatch(e -> e.kind() == deriv.kernel.Evidence.Kind.APPROXIMATION);
  }

  /** The verdict shown beside the goal: a goal that was checked and not reached is marked failed. */
  static Status goalMark(Outline.Goal g) {
    if (!g.checked()) {
      return Status.UNKNOWN;
    }
    if (g.reached()) {
      return shown(g.status());
    }
    Status s = g.status();
    return s == Status.TIMEOUT || s == Status.UNKNOWN ? s : Status.FAILED;
  }

  /** A counterexample as {@code a = 1, b = 2}. */
  static String assignments(Map<String, String> values) {
    return deriv.check.Counterexample.describe(values);
  }
}

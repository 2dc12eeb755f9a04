package deriv.kernel.rules;

import deriv.kernel.Fact;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import java.util.List;
import java.util.Map;

/** Shared answers of the equation rules. */
final class Premises {
  private Premises() {}

  static Verdict wrongCount(String rule, int wanted, List<Fact> premises) {
    return Verdict.of(Status.UNKNOWN, rule, "'" + rule + "' needs " + wanted + " earlier result"
        + (wanted == 1 ? "" : "s") + " after `from`, not " + premises.size(), null, Map.of(), List.of());
  }

  static Verdict notShown(String rule, String why, List<String> trace) {
    return Verdict.of(Status.UNKNOWN, rule, why, null, Map.of(), trace);
  }
}

package deriv.check;

import deriv.diagnose.Hint;
import deriv.kernel.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last outcome of each obligation, keyed by its exact text (equation, rule, facts, context, time limit), so that
 * re-checking an edited file (watch mode) asks the kernel only about the steps that changed. A step whose text or
 * context changed in any way has a new key and is decided afresh.
 */
public final class StepCache {
  /** A bound on memory for long watch sessions: past it, everything is forgotten and decided again. */
  private static final int MAX_ENTRIES = 20_000;

  public record Outcome(Verdict verdict, List<Hint> hints) {
    public Outcome {
      hints = List.copyOf(hints);
    }
  }

  private final Map<String, Outcome> outcomes = new HashMap<>();
  private int hits;
  private int misses;

  Outcome get(String key, Supplier<Outcome> decide) {
    Outcome known = outcomes.get(key);
    if (known != null) {
      hits++;
      return known;
    }
    misses++;
    if (outcomes.size() >= MAX_ENTRIES) {
      outcomes.clear();
    }
    Outcome o = decide.get();
    outcomes.put(key, o);
    return o;
  }

  /** Outcomes reused so far. */
  public int hits() {
    return hits;
  }

  /** Obligations decided by the kernel so far. */
  public int misses() {
    return misses;
  }
}

package deriv.check;

import deriv.diagnose.Hint;
import deriv.kernel.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The last outcome of each obligation, so that re-checking an edited file (watch mode) asks the kernel only about the
 * steps that changed. Keyed by the complete description of the obligation that the persistent verdict cache uses
 * (deriv.cache.ObligationKey#describe, given to the constructor): every term, fact, postulate, rule argument, the
 * whole context and the time limit. An obligation the description does not cover is decided afresh every time.
 */
public final class StepCache {
  /** A bound on memory for long watch sessions: past it, everything is forgotten and decided again. */
  private static final int MAX_ENTRIES = 20_000;

  public record Outcome(Verdict verdict, List<Hint> hints) {
    public Outcome {
      hints = List.copyOf(hints);
    }
  }

  private final Function<Obligation, String> key;
  private final Map<String, Outcome> outcomes = new HashMap<>();
  private int hits;
  private int misses;

  /**
   * @param key the complete description of an obligation (null when it cannot be described): two obligations with
   *     the same description must get the same verdict
   */
  public StepCache(Function<Obligation, String> key) {
    this.key = Objects.requireNonNull(key);
  }

  Outcome get(Obligation o, Supplier<Outcome> decide) {
    String k = key.apply(o);
    Outcome known = k == null ? null : outcomes.get(k);
    if (known != null) {
      hits++;
      return known;
    }
    misses++;
    if (outcomes.size() >= MAX_ENTRIES) {
      outcomes.clear();
    }
    Outcome fresh = decide.get();
    if (k != null) {
      outcomes.put(k, fresh);
    }
    return fresh;
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

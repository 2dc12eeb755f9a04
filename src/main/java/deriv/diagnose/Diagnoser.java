package deriv.diagnose;

import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.kernel.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Names likely causes of a step that did not hold. Every hint rests on a kernel proof of the corrected step; when
 * no correction is proved, there is no hint. All of it shares one budget: the step's own work budget, in slices ({@link Budget}).
 */
public final class Diagnoser {
  /** For a step that may be false: the slips an author makes, cheapest checks first. */
  private static final List<Diagnosis> FOR_WRONG = List.of(new SignError(), new ConstantFactor(), new MissingTerm(),
      new SwappedSymbols(), new InvertedFraction(), new MissingAssumption(), new OtherRule());
  /** For a step that looks true (tested): only what would turn it into a proof. */
  private static final List<Diagnosis> FOR_TESTED = List.of(new MissingAssumption(), new OtherRule());

  private Diagnoser() {}

  /** Whether a step with this status gets a diagnosis: proved and assumed steps need none; a timeout has no time. */
  public static boolean applies(Status s) {
    return s == Status.FAILED || s == Status.UNKNOWN || s == Status.TESTED;
  }

  public static List<Hint> diagnose(Obligation step, Verdict verdict, Limits limit) {
    if (!applies(verdict.status())) {
      return List.of();
    }
    Probe probe = new Probe(step, Budget.of(limit));
    List<Hint> hints = new ArrayList<>();
    try {
      for (Diagnosis d : verdict.status() == Status.TESTED ? FOR_TESTED : FOR_WRONG) {
        if (probe.exhausted()) {
          break;
        }
        d.find(probe, hints).ifPresent(hints::add);
      }
    } catch (deriv.kernel.Expansion.TooLarge e) {
      // the step's terms are too large to unfold (its verdict says so): no hint needs them built
    }
    return List.copyOf(hints);
  }
}

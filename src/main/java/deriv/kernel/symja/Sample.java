package deriv.kernel.symja;

import java.util.Map;

/**
 * Both sides of an equation evaluated at one point.
 *
 * @param lhs the left side's value (exact when rational, else 20 significant digits); null if not evaluated
 * @param rhs likewise
 * @param functions the concrete functions that stood in for declared ones, name → formula
 * @param note why the point was not usable, if it was not
 * @param gap lhs − rhs, when the sides differ but look the same at 20 digits (e^2000 + 1 and e^2000); else null
 */
public record Sample(Agreement agreement, String lhs, String rhs, Map<String, String> functions, String note,
    String gap) {
  public enum Agreement {
    /** Equal exactly, or to about 25 significant digits. */
    AGREE,
    /**
     * Both sides are 0 here: they agree, but a factor that vanishes makes any two sides agree (m·√((x−1)²) and
     * m·(x − 1) at m = 0), so such a point is no evidence for a numeric test.
     */
    VANISH,
    /** Clearly different, at 40 and at 80 digits. */
    DIFFER,
    /** Close but not equal enough to call either way. */
    INCONCLUSIVE,
    /** The point violates a condition, or a side is undefined there. */
    INADMISSIBLE,
    /** The terms cannot be evaluated numerically at all (integrals, deltas). */
    UNEVALUABLE
  }

  static Sample unusable(Agreement a, String note) {
    return new Sample(a, null, null, Map.of(), note, null);
  }
}

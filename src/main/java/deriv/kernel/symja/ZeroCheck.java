package deriv.kernel.symja;

import java.util.List;

/**
 * Symja's answer to "is this difference zero?".
 *
 * @param outcome ZERO only when a simplification gave exactly 0; NONZERO when it gave a definite nonzero number
 * @param residual the simplest form reached, in the user's names (null when ZERO)
 * @param trace one line per attempt, e.g. {@code Simplify under x > 0: 0}
 */
public record ZeroCheck(Outcome outcome, String residual, List<String> trace) {
  public enum Outcome { ZERO, NONZERO, UNDECIDED }

  public ZeroCheck {
    trace = List.copyOf(trace);
  }
}

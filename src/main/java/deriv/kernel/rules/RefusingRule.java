package deriv.kernel.rules;

import deriv.kernel.IntervalRule;
import deriv.kernel.Rewrite;

/** An interval rule that remembers why it first refused, to name the side condition not shown. */
abstract class RefusingRule implements IntervalRule {
  private String refusal;

  @Override
  public final String refusal() {
    return refusal;
  }

  /** Records {@code why} unless an earlier refusal was recorded; no rewrite. */
  final Rewrite refuse(String why) {
    if (refusal == null) {
      refusal = why;
    }
    return null;
  }
}

package deriv.resolve;

import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import java.util.List;

/** The desugaring of {@code - /} into the kernel's {@code PLUS TIMES POWER}. */
final class TermBuild {
  private TermBuild() {}

  static Term plus(Term a, Term b) {
    return new Op(Head.PLUS, List.of(a, b));
  }

  static Term times(Term a, Term b) {
    return new Op(Head.TIMES, List.of(a, b));
  }

  static Term neg(Term a) {
    return times(Num.MINUS_ONE, a);
  }

  static Term div(Term a, Term b) {
    return times(a, pow(b, Num.MINUS_ONE));
  }

  static Term pow(Term a, Term b) {
    return new Op(Head.POWER, List.of(a, b));
  }
}

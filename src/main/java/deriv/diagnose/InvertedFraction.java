package deriv.diagnose;

import deriv.kernel.Num;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.List;
import java.util.Optional;

/** lhs = 1/rhs is proved, or the step is proved with one fraction of a side turned upside down. */
final class InvertedFraction implements Diagnosis {
  static final String KIND = "inverted-fraction";
  private static final int MAX_FRACTIONS = 8;

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Term l = probe.step.lhs();
    Term r = probe.step.rhs();
    List<Term> whole = Shapes.fractions(r);
    Term inverse = !whole.isEmpty() && whole.get(0).equals(r) ? Shapes.reciprocal(r) : Terms.pow(r, Num.MINUS_ONE);
    if (probe.holds(l, inverse)) {
      return Optional.of(new Hint(KIND, "inverted: the right side is upside down (" + Equations.show(l, inverse)
          + " is proved)"));
    }
    int tried = 0;
    for (boolean right : new boolean[] {true, false}) {
      Term side = right ? r : l;
      for (Term f : Shapes.fractions(side)) {
        if (f.equals(side) && right || tried++ >= MAX_FRACTIONS || probe.exhausted()) {
          continue;
        }
        Term flipped = Shapes.reciprocal(f);
        Term changed = Shapes.replace(side, f, flipped);
        if (right ? probe.holds(l, changed) : probe.holds(changed, r)) {
          return Optional.of(new Hint(KIND, "inverted fraction: " + Terms.show(f) + " on the " + (right ? "right"
              : "left") + " should be " + Terms.show(flipped) + " (" + (right ? Equations.show(l, changed)
              : Equations.show(changed, r)) + " is proved)"));
        }
      }
    }
    return Optional.empty();
  }
}

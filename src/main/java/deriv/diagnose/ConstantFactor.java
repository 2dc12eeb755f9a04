package deriv.diagnose;

import deriv.kernel.Num;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.List;
import java.util.Optional;

/** lhs/rhs is a definite constant c ≠ 1: guessed numerically, then lhs = c·rhs proved. */
final class ConstantFactor implements Diagnosis {
  static final String KIND = "constant-factor";

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Term l = probe.step.lhs();
    Term r = probe.step.rhs();
    Num c = Numeric.constant(Terms.div(l, r), probe.step.context(), Equations.seed(l, r));
    if (c == null || c.signum() == 0 || c.equals(Num.ONE) || c.equals(Num.MINUS_ONE)) {
      return Optional.empty(); // −1 is a sign error, reported as such
    }
    Term scaled = Terms.times(c, r);
    if (!probe.holds(l, scaled)) {
      return Optional.empty();
    }
    return Optional.of(new Hint(KIND, "constant factor: the left side is " + c + " times the right side ("
        + Equations.show(l, scaled) + " is proved)"));
  }
}

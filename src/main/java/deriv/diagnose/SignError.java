package deriv.diagnose;

import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.List;
import java.util.Optional;

/** lhs = −rhs is proved: a sign was lost. */
final class SignError implements Diagnosis {
  static final String KIND = "sign-error";

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Term l = probe.step.lhs();
    Term negated = Terms.neg(probe.step.rhs());
    if (!probe.holds(l, negated)) {
      return Optional.empty();
    }
    return Optional.of(new Hint(KIND, "sign error: the step holds with the right side negated ("
        + Equations.show(l, negated) + " is proved)"));
  }
}

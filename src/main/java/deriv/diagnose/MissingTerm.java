package deriv.diagnose;

import deriv.diagnose.Shapes.Monomial;
import deriv.kernel.Num;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * lhs − rhs is a single term, a multiple of a term of one side: guessed numerically per term of either side, then
 * lhs = rhs + t proved. Not offered beside a sign or factor hint, which already explain the difference.
 */
final class MissingTerm implements Diagnosis {
  static final String KIND = "missing-term";
  private static final int MAX_CANDIDATES = 12;

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    if (found.stream().anyMatch(h -> h.kind().equals(SignError.KIND) || h.kind().equals(ConstantFactor.KIND))) {
      return Optional.empty();
    }
    Term l = probe.step.lhs();
    Term r = probe.step.rhs();
    List<Monomial> left = monomials(l);
    List<Monomial> right = monomials(r);
    if (left.size() < 2 && right.size() < 2) {
      return Optional.empty(); // no sum on either side: nothing is "a term of a side"
    }
    Term difference = Terms.minus(l, r);
    for (Term u : candidates(left, right)) {
      if (probe.exhausted()) {
        break;
      }
      Num k = Numeric.constant(Terms.div(difference, u), probe.step.context(), Equations.seed(l, r));
      if (k == null || k.signum() == 0) {
        continue;
      }
      Monomial t = new Monomial(k, u);
      if (probe.holds(l, Terms.plus(r, t.term()))) {
        return Optional.of(new Hint(KIND, describe(t, left, right) + " (lhs − rhs = " + Terms.show(t.term())
            + " is proved)"));
      }
    }
    return Optional.empty();
  }

  private static String describe(Monomial t, List<Monomial> left, List<Monomial> right) {
    Monomial negated = new Monomial(Shapes.negate(t.coefficient()), t.rest());
    if (left.size() >= 2 && left.stream().anyMatch(t::sameAs)) {
      return "extra term: the left side should not have " + Terms.show(t.term());
    }
    if (right.size() >= 2 && right.stream().anyMatch(negated::sameAs)) {
      return "extra term: the right side should not have " + Terms.show(negated.term());
    }
    return "missing term: the right side lacks " + Terms.show(t.term());
  }

  private static List<Monomial> monomials(Term side) {
    return Shapes.summands(side).stream().map(Monomial::of).toList();
  }

  /** The terms of both sides without their coefficients, numbers left out, each once. */
  private static List<Term> candidates(List<Monomial> left, List<Monomial> right) {
    List<Term> out = new ArrayList<>();
    List<Monomial> all = new ArrayList<>(left);
    all.addAll(right);
    for (Monomial m : all) {
      if (!(m.rest() instanceof Num) && out.stream().noneMatch(u -> Terms.alphaEquivalent(u, m.rest()))
          && out.size() < MAX_CANDIDATES) {
        out.add(m.rest());
      }
    }
    return out;
  }
}

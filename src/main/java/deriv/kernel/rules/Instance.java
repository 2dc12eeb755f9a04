package deriv.kernel.rules;

import deriv.kernel.Context;
import deriv.kernel.EquationRule;
import deriv.kernel.Fact;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Verdict;
import java.util.List;

/**
 * From {@code a = b} (possibly instantiated, {@code h[y := x_1]}), {@code L = R} whenever L = a and R = b by algebra,
 * in either orientation, or L − R = ±(a − b): the same equation, rearranged. This is what {@code from h} means without a rule.
 */
final class Instance implements EquationRule {
  @Override
  public String name() {
    return "instance";
  }

  @Override
  public String theorem() {
    return "a = b, L − R = ±(a − b) ⊢ L = R";
  }

  @Override
  public Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p) {
    if (premises.size() != 1) {
      return Premises.wrongCount(name(), 1, premises);
    }
    Fact f = premises.get(0);
    boolean straight = Unfolding.provablyEqual(lhs, f.lhs(), ctx, p) && Unfolding.provablyEqual(rhs, f.rhs(), ctx, p);
    boolean swapped = !straight
        && Unfolding.provablyEqual(lhs, f.rhs(), ctx, p) && Unfolding.provablyEqual(rhs, f.lhs(), ctx, p);
    // L − R = ±(a − b): the same equation rearranged.
    boolean rearranged = !straight && !swapped
        && (Unfolding.provablyEqual(Terms.minus(lhs, rhs), Terms.minus(f.lhs(), f.rhs()), ctx, p)
            || Unfolding.provablyEqual(Terms.minus(lhs, rhs), Terms.minus(f.rhs(), f.lhs()), ctx, p));
    String shown = Terms.show(f.lhs()) + " = " + Terms.show(f.rhs());
    if (straight || swapped || rearranged) {
      return Verdict.proved(name(), "an instance of " + f.name(), List.of("premise " + f.name() + ": " + shown));
    }
    return Premises.notShown(name(), "the equation is not " + f.name() + " (" + shown + ") up to algebra",
        List.of());
  }
}

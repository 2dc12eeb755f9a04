package deriv.kernel.rules;

import deriv.kernel.Context;
import deriv.kernel.EquationRule;
import deriv.kernel.Fact;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Verdict;
import java.util.List;

/** From {@code a = b} with {@code a > 0} or {@code b > 0} proved: {@code ln a = ln b}. */
final class LogBothSides implements EquationRule {
  @Override
  public String name() {
    return "log";
  }

  @Override
  public String theorem() {
    return "a = b, b > 0 ⊢ ln a = ln b";
  }

  @Override
  public Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p) {
    if (premises.size() != 1) {
      return Premises.wrongCount(name(), 1, premises);
    }
    Fact f = premises.get(0);
    if (!Dependence.isPositive(f.rhs(), ctx, p) && !Dependence.isPositive(f.lhs(), ctx, p)) {
      return Premises.notShown(name(), "neither side of " + f.name() + " is proved positive", List.of());
    }
    Term left = Terms.log(f.lhs());
    Term right = Terms.log(f.rhs());
    boolean ok = Unfolding.provablyEqual(lhs, left, ctx, p) && Unfolding.provablyEqual(rhs, right, ctx, p)
        || Unfolding.provablyEqual(lhs, right, ctx, p) && Unfolding.provablyEqual(rhs, left, ctx, p);
    List<String> trace = List.of("premise " + f.name(), "side condition: both sides positive (proved)",
        "logarithm: " + Terms.show(left) + " = " + Terms.show(right));
    if (ok) {
      return Verdict.proved(name(), "the logarithm of both sides of " + f.name(), trace);
    }
    return Premises.notShown(name(), "the equation is not " + Terms.show(left) + " = " + Terms.show(right)
        + " up to algebra", trace);
  }
}

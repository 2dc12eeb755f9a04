package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Context;
import deriv.kernel.EquationRule;
import deriv.kernel.Fact;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Signs;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import java.util.List;
import java.util.Map;

/**
 * Solving a linear equation: from {@code a = b}, where {@code a − b = c·x + r} with {@code c} free of x and proved
 * nonzero, {@code x = −r/c}; then any equation that holds at x = −r/c follows. x is the rule's argument
 * ({@code by solve(x)}), a variable.
 */
final class Solve implements EquationRule {
  @Override
  public String name() {
    return "solve";
  }

  @Override
  public String theorem() {
    return "a = b, a − b = c·x + r, c ≠ 0, c and r free of x ⊢ x = −r/c";
  }

  @Override
  public Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p) {
    if (premises.size() != 1) {
      return Premises.wrongCount(name(), 1, premises);
    }
    if (args.size() != 1 || !(args.get(0) instanceof Var x)) {
      return Premises.notShown(name(), "name the variable to solve for: `by solve(x)`", List.of());
    }
    Fact f = premises.get(0);
    // Unfold first: a definition may hide x, and substituting around it would be unsound.
    Term difference = Terms.unfold(Terms.minus(f.lhs(), f.rhs()), ctx);
    Term r = Terms.substitute(difference, Map.of(x, Num.ZERO));
    Term c = Terms.minus(Terms.substitute(difference, Map.of(x, Num.ONE)), r);
    Term linear = Terms.plus(Terms.times(c, x), r);
    if (!Algebra.provablyEqual(difference, linear, ctx, p)) {
      return Premises.notShown(name(), f.name() + " is not linear in " + x.name(), List.of());
    }
    if (!Signs.isNonZero(c, ctx, p)) {
      return Premises.notShown(name(), "the coefficient " + Terms.show(c) + " of " + x.name()
          + " is not proved nonzero", List.of());
    }
    Term solution = Terms.div(Terms.neg(r), c);
    List<String> trace = List.of("premise " + f.name() + ": linear in " + x.name() + " with coefficient "
        + Terms.show(c) + " ≠ 0 (proved)", "solution: " + x.name() + " = " + Terms.show(solution));
    // The premise forces x = solution; the claim follows if it holds there, whatever else it says about x.
    Term atSolution = Terms.substitute(Terms.unfold(Terms.minus(lhs, rhs), ctx), Map.of(x, solution));
    if (Algebra.provablyEqual(atSolution, Num.ZERO, ctx, p)) {
      return Verdict.proved(name(), "solved " + f.name() + " for " + x.name(), trace);
    }
    return Premises.notShown(name(), "the equation does not say " + x.name() + " = " + Terms.show(solution),
        trace);
  }
}

package deriv.kernel.rules;

import deriv.kernel.Context;
import deriv.kernel.EquationRule;
import deriv.kernel.Fact;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Verdict;
import java.util.List;

/** From {@code a = b} and {@code c = d} with {@code d ≠ 0} proved: {@code a/c = b/d}. */
final class Ratio implements EquationRule {
  @Override
  public String name() {
    return "ratio";
  }

  @Override
  public String theorem() {
    return "a = b, c = d, d ≠ 0 ⊢ a/c = b/d";
  }

  @Override
  public Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p) {
    if (premises.size() != 2) {
      return Premises.wrongCount(name(), 2, premises);
    }
    Fact top = premises.get(0);
    Fact bottom = premises.get(1);
    Term c = bottom.lhs();
    Term d = bottom.rhs();
    if (!Dependence.isNonZero(d, ctx, p) && !Dependence.isNonZero(c, ctx, p)) {
      return Premises.notShown(name(), "the divisor " + Terms.show(d) + " is not proved nonzero", List.of());
    }
    Term left = Terms.div(top.lhs(), c);
    Term right = Terms.div(top.rhs(), d);
    boolean ok = Unfolding.provablyEqual(lhs, left, ctx, p) && Unfolding.provablyEqual(rhs, right, ctx, p)
        || Unfolding.provablyEqual(lhs, right, ctx, p) && Unfolding.provablyEqual(rhs, left, ctx, p);
    List<String> trace = List.of("premises " + top.name() + " and " + bottom.name(),
        "side condition: " + Terms.show(d) + " ≠ 0 (proved)",
        "quotient: " + Terms.show(left) + " = " + Terms.show(right));
    if (ok) {
      return Verdict.proved(name(), "the ratio of " + top.name() + " and " + bottom.name(), trace);
    }
    return Premises.notShown(name(), "the equation is not the ratio " + Terms.show(left) + " = "
        + Terms.show(right) + " up to algebra", trace);
  }
}

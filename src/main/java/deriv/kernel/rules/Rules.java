package deriv.kernel.rules;

import deriv.kernel.EquationRule;
import deriv.kernel.Rule;
import java.util.List;

/** The registry: every rule class of the kernel, in the order automatic search tries them. */
public final class Rules {
  private Rules() {}

  public static List<Rule> rewriteRules() {
    return List.of(new ExpSum(), new Linearity(), new ProductRule(), new SumConst(), new FiniteRange(),
        new Factorise(),
        new Marginal(), new Sift(), new Gaussian(), new GaussianMoment(), new Factorial(),
        new LogFactorial());
  }

  /** Approximations, not theorems: applied only by name, to a link written ≈, which then rests on them. */
  public static List<Rule> approximationRules() {
    return List.of(new Stirling());
  }

  public static List<EquationRule> equationRules() {
    return List.of(new Instance(), new Ratio(), new LogBothSides(), new Solve());
  }
}

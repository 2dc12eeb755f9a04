package deriv.kernel.rules;

import deriv.kernel.EquationRule;
import deriv.kernel.IntervalRule;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import java.util.List;

/** The registry: every rule class of the kernel, in the order automatic search tries them. */
public final class Rules {
  private Rules() {}

  public static List<Rule> rewriteRules() {
    return List.of(new ExpSum(), new Linearity(), new ProductRule(), new SumConst(), new FiniteRange(),
        new Factorise(),
        new Marginal(), new Sift(), new Gaussian(), new GaussianMoment(), new Factorial(),
        new LogFactorial(), new Flip(), new Even());
  }

  /**
   * Rules applied only where a link names them, never in automatic search: {@code whole_line} would turn every
   * integral over R into an improper one, which the rules on integrals over R no longer see.
   */
  public static List<Rule> namedOnlyRules() {
    return List.of(new WholeLine());
  }

  /** Approximations, not theorems: applied only by name, to a link written ≈, which then rests on them. */
  public static List<Rule> approximationRules() {
    return List.of(new Stirling());
  }

  /** The names of the rules on definite integrals that take arguments ({@code by ftc(F)}). */
  public static List<String> intervalRuleNames() {
    return List.of(Ftc.NAME, Substitution.NAME, Parts.NAME);
  }

  /** The theorem of one of those rules, or null. */
  public static String intervalTheorem(String name) {
    IntervalRule r = intervalRule(name, List.of(), List.of());
    return r == null ? null : r.theorem();
  }

  /**
   * A rule on definite integrals with its arguments, for one link whose sides are {@code sides} (substitution and
   * parts look there for the other integral); null if {@code name} is none of them.
   */
  public static IntervalRule intervalRule(String name, List<Term> args, List<Term> sides) {
    switch (name) {
      case Ftc.NAME:
        return new Ftc(args);
      case Substitution.NAME:
        return new Substitution(args, sides);
      case Parts.NAME:
        return new Parts(args, sides);
      default:
        return null;
    }
  }

  public static List<EquationRule> equationRules() {
    return List.of(new Instance(), new Ratio(), new LogBothSides(), new Solve());
  }
}

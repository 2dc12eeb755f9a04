package deriv.kernel.rules;

import deriv.kernel.EquationRule;
import deriv.kernel.Rule;
import java.util.List;

/** The registry: every rule class of the kernel, in the order automatic search tries them. */
public final class Rules {
  private Rules() {}

  public static List<Rule> rewriteRules() {
    return List.of();
  }

  public static List<EquationRule> equationRules() {
    return List.of(new Instance(), new Ratio(), new LogBothSides(), new Solve());
  }
}

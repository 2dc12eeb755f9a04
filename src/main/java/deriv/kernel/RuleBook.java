package deriv.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every rule the kernel knows, by name. Only these (and earlier facts) can justify a step. */
final class RuleBook {
  private static final Map<String, Rule> REWRITE = new LinkedHashMap<>();
  private static final Map<String, EquationRule> EQUATION = new LinkedHashMap<>();
  private static final Map<String, Rule> APPROXIMATION = new LinkedHashMap<>();
  private static final Map<String, Rule> NAMED_ONLY = new LinkedHashMap<>();

  static {
    for (Rule r : deriv.kernel.rules.Rules.approximationRules()) {
      APPROXIMATION.put(r.name(), r);
    }
    for (Rule r : deriv.kernel.rules.Rules.rewriteRules()) {
      REWRITE.put(r.name(), r);
    }
    for (Rule r : deriv.kernel.rules.Rules.namedOnlyRules()) {
      NAMED_ONLY.put(r.name(), r);
    }
    for (EquationRule r : deriv.kernel.rules.Rules.equationRules()) {
      EQUATION.put(r.name(), r);
    }
  }

  private RuleBook() {}

  /** A rewrite rule by name: one automatic search tries, or one applied only where a link names it. */
  static Rule rewriteRule(String name) {
    Rule r = REWRITE.get(name);
    return r != null ? r : NAMED_ONLY.get(name);
  }

  /** The rules applied only by name. */
  static List<Rule> namedOnlyRules() {
    return new ArrayList<>(NAMED_ONLY.values());
  }

  static List<Rule> rewriteRules() {
    return new ArrayList<>(REWRITE.values());
  }

  /** A built-in approximation (never tried automatically, never for a link written =), or null. */
  static Rule approximationRule(String name) {
    return APPROXIMATION.get(name);
  }

  static EquationRule equationRule(String name) {
    return EQUATION.get(name);
  }

  static List<EquationRule> equationRules() {
    return new ArrayList<>(EQUATION.values());
  }
}

package deriv.check;

import deriv.kernel.Kernel;
import deriv.resolve.Resolved;
import deriv.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rule names after {@code by} must name a kernel rule or an earlier result: a name error otherwise. */
final class RuleNames {
  private RuleNames() {}

  static List<Diagnostic> check(List<Resolved> derivations) {
    List<Diagnostic> out = new ArrayList<>();
    for (Resolved r : derivations) {
      Set<String> results = new HashSet<>();
      for (Resolved.Item item : r.items()) {
        if (item instanceof Resolved.ClaimItem c) {
          for (Resolved.Link l : c.links()) {
            checkLinkRule(l.rule(), results, out);
          }
          if (c.derived() != null) {
            checkDerivedRule(c.derived().rule(), out);
          }
          results.add(c.name());
        } else if (item instanceof Resolved.Assumption a) {
          results.add(a.name());
        } else if (item instanceof Resolved.ImportItem i) {
          results.addAll(i.names());
        }
      }
    }
    return out;
  }

  private static void checkLinkRule(Resolved.RuleCall rule, Set<String> results, List<Diagnostic> out) {
    String name = rule.name();
    if (name == null || Kernel.linkRules().contains(name) || results.contains(name)) {
      return;
    }
    String hint = Kernel.derivationRules().contains(name)
        ? "'" + name + "' derives an equation from earlier results: write `claim NAME: LHS = RHS from h1, h2 by "
            + name + "`"
        : "unknown rule '" + name + "'; rules: " + String.join(", ", Kernel.linkRules())
            + ", or the name of an earlier result";
    out.add(Diagnostic.error("unknown-rule", hint, rule.span()));
  }

  private static void checkDerivedRule(Resolved.RuleCall rule, List<Diagnostic> out) {
    String name = rule.name();
    if (name == null || Kernel.derivationRules().contains(name)) {
      return;
    }
    out.add(Diagnostic.error("unknown-rule", "unknown rule '" + name + "' after `from`; rules: "
        + String.join(", ", Kernel.derivationRules()), rule.span()));
  }
}

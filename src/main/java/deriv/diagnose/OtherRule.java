package deriv.diagnose;

import deriv.kernel.Kernel;
import deriv.kernel.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * Another rule proves the step: for a link, the automatic choice (algebra, every rewrite rule, every earlier fact);
 * for a claim derived {@code from} facts, each other equation rule with the same premises.
 */
final class OtherRule implements Diagnosis {
  static final String KIND = "other-rule";

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Obligation step = probe.step;
    if (step.kind() == Obligation.Kind.LINK) {
      if (step.rule() == null) {
        return Optional.empty(); // the automatic choice already tried every rule
      }
      Verdict v = probe.byRule(null);
      return v != null && v.isProved() && !v.rule().equals(step.rule()) ? Optional.of(hint(step, "by " + v.rule()))
          : Optional.empty();
    }
    String named = step.rule() == null ? "instance" : step.rule();
    for (String rule : Kernel.derivationRules()) {
      if (rule.equals(named)) {
        continue;
      }
      Verdict v = probe.byRule(rule);
      if (v != null && v.isProved()) {
        return Optional.of(hint(step, "from … by " + rule));
      }
    }
    return Optional.empty();
  }

  private static Hint hint(Obligation step, String proposal) {
    String named = step.rule() == null ? "instance" : step.rule();
    return new Hint(KIND, "another rule: `" + proposal + "` proves this step, where '" + named + "' does not");
  }
}

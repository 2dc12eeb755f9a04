package deriv.diagnose;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The step is proved when a symbol declared real (with no condition on it) is assumed positive. All of them
 * together are tried first: when that does not prove the step, no single one is tried.
 */
final class MissingAssumption implements Diagnosis {
  static final String KIND = "missing-assumption";
  private static final int MAX_SYMBOLS = 6;

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Context ctx = probe.step.context();
    List<Var> unconstrained = candidates(probe.step, ctx);
    if (unconstrained.isEmpty() || !provedWith(probe, ctx, unconstrained)) {
      return Optional.empty();
    }
    if (unconstrained.size() > 1) {
      for (Var v : unconstrained) {
        if (provedWith(probe, ctx, List.of(v))) {
          return Optional.of(hint(List.of(v)));
        }
      }
    }
    return Optional.of(hint(unconstrained));
  }

  private static boolean provedWith(Probe probe, Context ctx, List<Var> positive) {
    Context more = ctx;
    for (Var v : positive) {
      more = more.withCondition(new Condition(Condition.Relation.GREATER, v, Num.ZERO));
    }
    return probe.holds(probe.step.lhs(), probe.step.rhs(), more);
  }

  private static Hint hint(List<Var> vs) {
    String names = vs.stream().map(Var::name).collect(Collectors.joining(", "));
    String when = vs.size() == 1 ? names + " > 0" : names + " are all > 0";
    return new Hint(KIND, "missing assumption: the step is proved when " + when + "; declare `let " + names
        + " : positive`");
  }

  /** Real symbols of the step (definitions unfolded) that no condition mentions. */
  private static List<Var> candidates(Obligation step, Context ctx) {
    Set<Var> vars = new LinkedHashSet<>(Terms.freeVars(Terms.unfold(step.lhs(), ctx)));
    vars.addAll(Terms.freeVars(Terms.unfold(step.rhs(), ctx)));
    Set<Var> constrained = new LinkedHashSet<>();
    for (Condition c : ctx.conditions()) {
      constrained.addAll(Terms.freeVars(c.left()));
      constrained.addAll(Terms.freeVars(c.right()));
    }
    return vars.stream().filter(v -> v.sort() == Sort.SCALAR && ctx.variables().contains(v)
        && ctx.definition(v).isEmpty() && !constrained.contains(v)).limit(MAX_SYMBOLS).toList();
  }

}

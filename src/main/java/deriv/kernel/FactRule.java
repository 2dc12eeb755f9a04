package deriv.kernel;

import java.util.Map;
import java.util.Set;

/** An earlier fact used as a rule: instances of its left side are replaced by its right side (or back). */
final class FactRule implements Rule {
  private final Fact fact;
  private final Set<Var> variables;
  private final boolean backwards;

  private final Context outer;

  FactRule(Fact fact, Context ctx, boolean backwards) {
    this.fact = fact;
    this.variables = Instances.rebindable(fact, ctx);
    this.backwards = backwards;
    this.outer = ctx;
  }

  @Override
  public String name() {
    return fact.name();
  }

  @Override
  public String theorem() {
    return Terms.show(fact.lhs()) + " = " + Terms.show(fact.rhs());
  }

  /**
   * False if the fact mentions one of {@code bound} as a fixed symbol — one it may not be instantiated at, and that a
   * condition or a postulate ties down — so that it does not speak of every value the bound variable takes.
   */
  boolean speaksOfNone(Set<Var> bound) {
    if (bound.isEmpty()) {
      return true;
    }
    for (Var v : Instances.mentioned(fact, outer, true)) {
      if (bound.contains(v) && !variables.contains(v) && !Instances.unconstrained(v, outer)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    Term from = backwards ? fact.rhs() : fact.lhs();
    Term to = backwards ? fact.lhs() : fact.rhs();
    if (from instanceof Num || (from instanceof Var v && variables.contains(v))) {
      return null;
    }
    // hygienic forms: a pattern variable must not take a value whose definition mentions a variable bound there
    Map<Var, Term> bindings = Matching.match(Terms.unfoldDependent(from, outer), Terms.unfoldDependent(t, ctx),
        variables);
    // Admissible values (kinds; quotients, logs and roots stay defined) where the fact's conditions hold.
    if (bindings == null || Instances.inadmissible(fact, bindings, ctx, p) != null
        || !Instances.conditionsHold(fact, bindings, outer, ctx, p)) {
      return null;
    }
    return Rewrite.of(Terms.substitute(to, bindings, ctx), "instance of " + fact.name());
  }
}

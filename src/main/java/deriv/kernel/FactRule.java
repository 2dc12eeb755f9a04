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

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    Term from = backwards ? fact.rhs() : fact.lhs();
    Term to = backwards ? fact.lhs() : fact.rhs();
    if (from instanceof Num || (from instanceof Var v && variables.contains(v))) {
      return null;
    }
    Map<Var, Term> bindings = Matching.match(from, t, variables);
    // Admissible values (kinds; quotients, logs and roots stay defined) where the fact's conditions hold.
    if (bindings == null || Instances.inadmissible(fact, bindings, ctx, p) != null
        || !Instances.conditionsHold(fact, bindings, outer, ctx, p)) {
      return null;
    }
    return Rewrite.of(Terms.substitute(to, bindings), "instance of " + fact.name());
  }
}

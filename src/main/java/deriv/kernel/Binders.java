package deriv.kernel;

import deriv.kernel.Condition.Relation;
import java.util.List;
import java.util.function.Predicate;

/** What may be assumed inside a binder's body. */
public final class Binders {
  private Binders() {}

  /** Inside {@code Σ_{j=lo}^{hi}}: j is an integer with lo ≤ j ≤ hi (and j ≠ except). */
  public static Context bodyContext(BigOp b, Context ctx) {
    Context inner = ctx.with(b.index(), new Condition(Relation.GREATER_EQUAL, b.index(), b.lo()),
        new Condition(Relation.LESS_EQUAL, b.index(), b.hi()));
    return b.hasExcept() ? inner.withCondition(new Condition(Relation.NOT_EQUAL, b.index(), b.except())) : inner;
  }

  /**
   * Inside an integral its variables range over the whole space: real (or vectors), nothing more. Conditions on a
   * declared variable that is integrated over do not hold inside ({@code let a : positive} says nothing about the a
   * of {@code int(a, …)}).
   */
  public static Context bodyContext(Integral i, Context ctx) {
    Context inner = withoutConditionsOn(i.vars(), ctx);
    for (Var v : i.vars()) {
      inner = inner.with(v);
    }
    return inner;
  }

  /**
   * Inside a definite integral its variable is a real and nothing more: the interval is not assumed (with lo &gt; hi
   * it would be empty), nor are declared conditions on a variable of the same name.
   */
  public static Context bodyContext(DefiniteIntegral d, Context ctx) {
    return withoutConditionsOn(List.of(d.var()), ctx).with(d.var());
  }

  /**
   * Inside a definite integral whose bounds are proved ordered (lo ≤ hi): its variable lies in [lo, hi] (an infinite
   * end, −∞ as lo or ∞ as hi, bounds nothing). Only for a caller that has proved lo ≤ hi, or checked the infinite
   * ends are so placed.
   */
  public static Context onInterval(DefiniteIntegral d, Context ctx) {
    Var x = d.var();
    // an infinite end bounds nothing: on [a, ∞) only x ≥ a is known
    List<Condition> ends = new java.util.ArrayList<>();
    if (!DefiniteIntegral.isInfinite(d.lo())) {
      ends.add(new Condition(Relation.GREATER_EQUAL, x, d.lo()));
    }
    if (!DefiniteIntegral.isInfinite(d.hi())) {
      ends.add(new Condition(Relation.LESS_EQUAL, x, d.hi()));
    }
    return withoutConditionsOn(List.of(x), ctx).with(x, ends.toArray(new Condition[0]));
  }

  /** The context without the conditions that mention one of {@code vars}. */
  private static Context withoutConditionsOn(List<Var> vars, Context ctx) {
    // through definitions too: `def d := a - x; assume d > 0` says nothing about the x of int(x, …)
    Predicate<Condition> mentions = c -> vars.stream().anyMatch(v -> Terms.occurs(v, Terms.unfold(c.left(), ctx))
        || Terms.occurs(v, Terms.unfold(c.right(), ctx)));
    if (ctx.conditions().stream().noneMatch(mentions)) {
      return ctx;
    }
    Context out = Context.empty();
    for (Var v : ctx.variables()) {
      if (ctx.definition(v).isEmpty() && ctx.family(v).isEmpty()) {
        out = out.with(v);
      }
    }
    for (Family f : ctx.families().values()) {
      out = out.withFamily(f);
    }
    for (Definition d : ctx.definitions().values()) {
      out = out.withDefinition(d);
    }
    for (Condition c : ctx.conditions()) {
      if (!mentions.test(c)) {
        out = out.withCondition(c);
      }
    }
    return out;
  }
}

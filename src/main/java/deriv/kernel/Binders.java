package deriv.kernel;

import deriv.kernel.Condition.Relation;

/** What may be assumed inside a binder's body. */
public final class Binders {
  private Binders() {}

  /** Inside {@code Σ_{j=lo}^{hi}}: j is an integer with lo ≤ j ≤ hi (and j ≠ except). */
  public static Context bodyContext(BigOp b, Context ctx) {
    Context inner = ctx.with(b.index(), new Condition(Relation.GREATER_EQUAL, b.index(), b.lo()),
        new Condition(Relation.LESS_EQUAL, b.index(), b.hi()));
    return b.hasExcept() ? inner.withCondition(new Condition(Relation.NOT_EQUAL, b.index(), b.except())) : inner;
  }

  /** Inside an integral its variables range over the whole space: real (or vectors), nothing more. */
  public static Context bodyContext(Integral i, Context ctx) {
    Context inner = ctx;
    for (Var v : i.vars()) {
      inner = inner.with(v);
    }
    return inner;
  }
}

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

  /**
   * What may be assumed while {@code child}, a child of {@code parent}, is read: a binder's body sees its variables
   * and their ranges (a sum's index in its range, an integral's variables over their whole space, a definite
   * integral's variable between known bounds), d/dx's function the conditions open in x; any other child {@code ctx}.
   * One answer for the rewriting of terms and for the definedness of their parts.
   */
  static Context childContext(Term parent, Term child, Context ctx) {
    if (parent instanceof BigOp b && child == b.body()) {
      return bodyContext(b, ctx);
    }
    if (parent instanceof Integral i && child == i.body()) {
      return bodyContext(i, ctx);
    }
    if (parent instanceof DefiniteIntegral d && child == d.body()) {
      return onKnownInterval(d, ctx);
    }
    if (parent instanceof Op o && o.head() == Head.DIFF && o.arg(1) instanceof Var x && child == o.arg(0)) {
      return nearEveryPoint(x, ctx);
    }
    return ctx;
  }

  /**
   * Inside a definite integral, for a rewrite of its body: the integral's value depends on its body on the interval
   * between its bounds only, so the body is rewritten knowing its variable lies there, when the bounds' order is
   * known without proof search (numbers, signs, a stated condition: lo ≤ hi or hi ≤ lo); else as
   * {@link #bodyContext(DefiniteIntegral, Context)}.
   */
  public static Context onKnownInterval(DefiniteIntegral d, Context ctx) {
    if (ordered(d.lo(), d.hi(), ctx)) {
      return onInterval(d, ctx);
    }
    if (ordered(d.hi(), d.lo(), ctx)) {
      return onInterval(new DefiniteIntegral(d.var(), d.hi(), d.lo(), d.body()), ctx);
    }
    return bodyContext(d, ctx);
  }

  /**
   * Inside d/dx: the derivative at a point looks at its body on a neighbourhood of it, so only the conditions on x
   * that hold on an open set hold there; x ≥ 0 or x ≤ b does not hold near the end of the interval it bounds.
   */
  static Context nearEveryPoint(Var x, Context ctx) {
    Predicate<Condition> notOpenInX = c -> {
      Term l = Terms.unfold(c.left(), ctx);
      Term r = Terms.unfold(c.right(), ctx);
      return (Terms.occurs(x, l) || Terms.occurs(x, r)) && !open(c.relation(), Terms.minus(l, r), ctx);
    };
    return ctx.conditions().stream().anyMatch(notOpenInX) ? without(notOpenInX, ctx) : ctx;
  }

  /**
   * Whether e REL 0 holds on an open set: a strict relation, of a term continuous and defined everywhere (no
   * condition of its own: √u &gt; −1 holds exactly on the closed u ≥ 0), with no binder or δ whose jumps a variable
   * could meet (Σ_{j=1}^{x} is a step function of x). Declared functions are differentiable, so continuous.
   */
  private static boolean open(Relation r, Term e, Context ctx) {
    boolean strict = r == Relation.GREATER || r == Relation.LESS || r == Relation.NOT_EQUAL;
    // the shape first: Definedness of a derivative asks this again
    return strict && !Terms.contains(e, t -> t instanceof BigOp || t instanceof Integral
        || t instanceof DefiniteIntegral || t instanceof Op o && (o.head() == Head.DELTA || o.head() == Head.DIFF))
        && Definedness.of(e, ctx).isEmpty();
  }

  /**
   * Whether {@code lo ≤ hi} is known without the computer algebra: numbers in order, hi − lo of a proved sign, or a
   * declared condition that says it ({@code assume T_1 <= T_2}).
   */
  static boolean ordered(Term lo, Term hi, Context ctx) {
    Num a = Terms.rationalValue(lo);
    Num b = Terms.rationalValue(hi);
    if (a != null && b != null) {
      return a.compareTo(b) <= 0;
    }
    if (Signs.isNonNegative(Terms.minus(hi, lo), ctx)) {
      return true;
    }
    for (Condition c : ctx.conditions()) {
      boolean below = c.relation() == Relation.LESS || c.relation() == Relation.LESS_EQUAL;
      boolean above = c.relation() == Relation.GREATER || c.relation() == Relation.GREATER_EQUAL;
      if (below && Terms.alphaEquivalent(c.left(), lo) && Terms.alphaEquivalent(c.right(), hi)
          || above && Terms.alphaEquivalent(c.left(), hi) && Terms.alphaEquivalent(c.right(), lo)) {
        return true;
      }
    }
    return false;
  }

  /** The context without the conditions that mention one of {@code vars}. */
  private static Context withoutConditionsOn(List<Var> vars, Context ctx) {
    // through definitions too: `def d := a - x; assume d > 0` says nothing about the x of int(x, …)
    Predicate<Condition> mentions = c -> vars.stream().anyMatch(v -> Terms.occurs(v, Terms.unfold(c.left(), ctx))
        || Terms.occurs(v, Terms.unfold(c.right(), ctx)));
    return ctx.conditions().stream().anyMatch(mentions) ? without(mentions, ctx) : ctx;
  }

  /** The context without the conditions {@code dropped} selects (its declarations, codomains and postulates kept). */
  private static Context without(Predicate<Condition> dropped, Context ctx) {
    Context out = ctx.withoutConditions();
    for (Condition c : ctx.conditions()) {
      if (!dropped.test(c)) {
        out = out.withCondition(c);
      }
    }
    return out;
  }
}

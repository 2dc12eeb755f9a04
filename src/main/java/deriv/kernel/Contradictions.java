package deriv.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions that cannot hold together once the values of names are put in: {@code let x : positive, x = -1} (x's
 * value is its definition) says −1 &gt; 0. Hypotheses that contradict each other would make every claim vacuously
 * true, so the kernel decides nothing under them, and the front end reports them as an error.
 *
 * <p>Only conditions that speak of a defined constant are judged (through its value), each against the facts the
 * sign analysis reads from the others: a sound {@link Signs} proves its negation only when there is no point where
 * all of them hold. Not a decision procedure: a contradiction it does not see is left to the numeric checks, which
 * find no admissible point and so confirm nothing.
 */
final class Contradictions {
  private Contradictions() {}

  /**
   * "x = -1 but x > 0", or null when no contradiction is seen. A condition on a value of a function whose codomain
   * is declared ({@code R -> positive}) is judged too: {@code p(1) < 0} contradicts it.
   */
  static String find(Context ctx) {
    if (ctx.definitions().isEmpty() && ctx.codomains().isEmpty()) {
      return null;
    }
    for (Var v : ctx.variables()) {
      String notInteger = notInteger(v, ctx);
      if (notInteger != null) {
        return notInteger;
      }
    }
    List<Condition> all = ctx.conditions();
    for (int i = 0; i < all.size(); i++) {
      Condition c = all.get(i);
      List<Var> valued = valued(c, ctx);
      List<Context.Codomain> signed = signed(c, ctx);
      if (valued.isEmpty() && signed.isEmpty()) {
        continue;
      }
      Term difference;
      try {
        Term left = Terms.unfold(c.left(), ctx);
        Term right = Terms.unfold(c.right(), ctx);
        // l − 0 would be l + (−1)·0, a sum the sign analysis reads no better than as real
        difference = right.equals(Num.ZERO) ? left : Terms.minus(left, right);
      } catch (RuntimeException tooLarge) {
        continue; // a definition too large to unfold here: left to the numeric checks
      }
      if (isFalse(c.relation(), difference, others(ctx, i))) {
        return values(valued, signed, ctx) + " but " + Terms.show(c.left()) + " " + c.relation().symbol + " "
            + Terms.show(c.right());
      }
    }
    return null;
  }

  /** An integer whose value is a closed number that is not an integer: {@code let n : integer, n = 1/2}. */
  private static String notInteger(Var v, Context ctx) {
    Definition d = v.sort() == Sort.INTEGER ? ctx.definition(v).filter(x -> x.params().isEmpty()).orElse(null)
        : null;
    if (d == null) {
      return null;
    }
    Num n;
    try {
      n = Terms.rationalValue(Terms.unfold(d.body(), ctx));
    } catch (RuntimeException tooLarge) {
      return null;
    }
    return n != null && !n.isInteger() ? v.name() + " = " + Terms.show(d.body()) + " but " + v.name()
        + " is an integer" : null;
  }

  /** The defined constants a condition speaks of. */
  private static List<Var> valued(Condition c, Context ctx) {
    List<Var> out = new ArrayList<>();
    for (Term side : List.of(c.left(), c.right())) {
      for (Var v : Terms.freeVars(side)) {
        if (ctx.definition(v).filter(d -> d.params().isEmpty()).isPresent() && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** The codomains of the functions a condition applies ({@code p(1) < 0} with {@code p : R -> positive}). */
  private static List<Context.Codomain> signed(Condition c, Context ctx) {
    List<Context.Codomain> out = new ArrayList<>();
    collectSigned(c.left(), ctx, out);
    collectSigned(c.right(), ctx, out);
    return out;
  }

  private static void collectSigned(Term t, Context ctx, List<Context.Codomain> out) {
    if (t instanceof Apply a) {
      ctx.codomain(a.function()).filter(d -> !out.contains(d)).ifPresent(out::add);
    }
    Terms.children(t).forEach(child -> collectSigned(child, ctx, out));
  }

  /** The context without its i-th condition: the condition is judged by what the others say. */
  private static Context others(Context ctx, int skip) {
    Context out = ctx.withoutConditions();
    List<Condition> all = ctx.conditions();
    for (int i = 0; i < all.size(); i++) {
      if (i != skip) {
        out = out.withCondition(all.get(i));
      }
    }
    return out;
  }

  /** Whether {@code difference REL 0} is false at every point the context allows. */
  private static boolean isFalse(Condition.Relation rel, Term difference, Context ctx) {
    Num n = Terms.rationalValue(difference);
    if (n != null) {
      int s = n.signum();
      switch (rel) {
        case LESS: return s >= 0;
        case LESS_EQUAL: return s > 0;
        case GREATER: return s <= 0;
        case GREATER_EQUAL: return s < 0;
        case NOT_EQUAL: return s == 0;
        default: return s != 0;
      }
    }
    switch (rel) {
      case LESS: return Signs.isNonNegative(difference, ctx);
      case LESS_EQUAL: return Signs.isPositive(difference, ctx);
      case GREATER: return Signs.isNonNegative(Terms.neg(difference), ctx);
      case GREATER_EQUAL: return Signs.isNegative(difference, ctx);
      case NOT_EQUAL: return false; // a zero that is not a number as written is for the algebra to find
      default: return Signs.isNonZero(difference, ctx);
    }
  }

  private static String values(List<Var> valued, List<Context.Codomain> signed, Context ctx) {
    List<String> parts = new ArrayList<>();
    for (Var v : valued) {
      parts.add(v.name() + " = " + Terms.show(ctx.definition(v).get().body()));
    }
    for (Context.Codomain d : signed) {
      parts.add("every value of " + d.function().name() + " is " + d.relation().symbol + " 0 (its declared codomain)");
    }
    return String.join(", ", parts);
  }
}

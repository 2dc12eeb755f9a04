package deriv.kernel;

import java.util.Map;
import java.util.Set;

/** Whether a value fits a variable, and whether an instance of a term stays defined. Syntactic, hence sound. */
public final class Admissible {
  private Admissible() {}

  static String valueProblem(Var v, Term value, Context ctx) {
    switch (v.sort()) {
      case SCALAR:
        return !isVector(value, ctx) && Signs.isReal(value, ctx) ? null
            : "the value " + Terms.show(value) + " for " + v.name() + " is not proved real";
      case INTEGER:
        return Terms.isIntegerValued(value) ? null
            : "the value " + Terms.show(value) + " for " + v.name() + " is not an integer";
      case VECTOR:
        return isVector(value, ctx) ? null
            : "the value " + Terms.show(value) + " for " + v.name() + " is not a vector in R^3";
      default:
        return v.name() + " cannot be given a value";
    }
  }

  /**
   * Every partial function of {@code t} that involves a substituted variable must stay defined
   * ({@link Definedness}): each of its conditions, values put in, is proved by {@link Signs} (or by Symja when
   * {@code p} is not null). Null when all are; else why not.
   */
  static String undefinedAt(Term t, Map<Var, Term> values, Context ctx, Prover p) {
    if (t instanceof Op o && touches(t, values.keySet())) {
      for (Condition c : Definedness.ofRoot(o, ctx)) {
        Condition needed = new Condition(c.relation(), Terms.substitute(c.left(), values),
            Terms.substitute(c.right(), values));
        if (!Definedness.proved(needed, ctx, p)) {
          return "the instance " + Terms.show(Terms.substitute(t, values)) + " is defined only where "
              + Definedness.show(needed) + ", which is not proved";
        }
      }
    }
    for (Term c : Terms.children(t)) {
      String why = undefinedAt(c, values, ctx, p);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static boolean touches(Term t, Set<Var> vars) {
    return Terms.freeVars(t).stream().anyMatch(vars::contains);
  }

  /** Whether {@code t} is a vector: a vector variable or family member, and sums and real multiples of them. */
  public static boolean isVector(Term t, Context ctx) {
    if (t instanceof Var v) {
      return v.sort() == Sort.VECTOR;
    }
    if (t instanceof Index i) {
      return ctx.family(i.family()).map(f -> f.element() == Sort.VECTOR).orElse(false);
    }
    if (t instanceof Op o && o.head() == Head.PLUS) {
      return o.args().stream().allMatch(a -> isVector(a, ctx));
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      long vectors = o.args().stream().filter(a -> isVector(a, ctx)).count();
      return vectors == 1 && o.args().stream().filter(a -> !isVector(a, ctx)).allMatch(a -> Signs.isReal(a, ctx));
    }
    if (t instanceof BigOp b) {
      return b.kind() == BigOp.Kind.SUM && isVector(b.body(), ctx);
    }
    return t instanceof Integral i && isVector(i.body(), ctx);
  }
}

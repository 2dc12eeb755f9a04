package deriv.kernel;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which variables of a fact may be given other values. A fact proved for a declared variable holds for every value
 * of it only if nothing else was assumed about it: no condition mentions it and no definition uses it (the proof
 * may have unfolded that definition). Scalars, vectors and integers qualify; functions and families do not.
 */
final class Instances {
  private Instances() {}

  static Set<Var> instantiable(Fact f, Context ctx) {
    Set<Var> out = new LinkedHashSet<>();
    Set<Var> free = new LinkedHashSet<>(Terms.freeVars(f.lhs()));
    free.addAll(Terms.freeVars(f.rhs()));
    for (Var v : free) {
      if (isInstantiable(v, ctx)) {
        out.add(v);
      }
    }
    return out;
  }

  static boolean isInstantiable(Var v, Context ctx) {
    if (v.sort() == Sort.FUNCTION || v.sort() == Sort.FAMILY || ctx.definition(v).isPresent()) {
      return false;
    }
    for (Condition c : ctx.conditions()) {
      if (Terms.occurs(v, c.left()) || Terms.occurs(v, c.right())) {
        return false;
      }
    }
    for (Definition d : ctx.definitions().values()) {
      if (Terms.occurs(v, d.body())) {
        return false;
      }
    }
    for (Family fam : ctx.families().values()) {
      if (Terms.occurs(v, fam.lo()) || Terms.occurs(v, fam.hi())) {
        return false;
      }
    }
    for (AssumedEquation e : ctx.assumedEquations()) {
      if (e.constrains(v)) {
        return false; // a postulate ties it to other symbols: it is not arbitrary
      }
    }
    return true;
  }

  /**
   * Why these values may not be put into this fact, or null when they may: each value must be of its variable's
   * kind (real, integer, vector), and every quotient, logarithm and root the values reach must stay defined. A fact
   * proved generically, such as x/x = 1, says nothing at x = 0.
   */
  static String inadmissible(Fact f, Map<Var, Term> values, Context ctx) {
    for (Map.Entry<Var, Term> e : values.entrySet()) {
      String why = Admissible.valueProblem(e.getKey(), e.getValue(), ctx);
      if (why != null) {
        return why;
      }
    }
    // Unfolded: a definition may hide a quotient (def f(x) := x/x makes f(y) = 1 a fact that is false at 0).
    String why = Admissible.undefinedAt(Terms.unfold(f.lhs(), ctx), values, ctx);
    return why != null ? why : Admissible.undefinedAt(Terms.unfold(f.rhs(), ctx), values, ctx);
  }

  /** The fact with values substituted, or a non-established fact saying why that is not allowed. */
  static Fact instantiate(Fact f, Map<Var, Term> values, Context ctx) {
    if (values.isEmpty()) {
      return f;
    }
    StringBuilder name = new StringBuilder(f.name()).append('[');
    for (Map.Entry<Var, Term> e : values.entrySet()) {
      Var v = e.getKey();
      if (!isInstantiable(v, ctx)) {
        return new Fact(f.name() + ": '" + v.name() + "' has conditions or appears in a definition, so it "
            + "cannot be given another value", f.lhs(), f.rhs(), false);
      }
      if (name.charAt(name.length() - 1) != '[') {
        name.append(", ");
      }
      name.append(v.name()).append(" := ").append(Terms.show(e.getValue()));
    }
    String why = inadmissible(f, values, ctx);
    if (why != null) {
      return new Fact(f.name() + ": " + why, f.lhs(), f.rhs(), false);
    }
    return new Fact(name.append(']').toString(), Terms.substitute(f.lhs(), values),
        Terms.substitute(f.rhs(), values), f.established());
  }
}

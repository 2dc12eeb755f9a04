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
    return true;
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
    return new Fact(name.append(']').toString(), Terms.substitute(f.lhs(), values),
        Terms.substitute(f.rhs(), values), f.established());
  }
}

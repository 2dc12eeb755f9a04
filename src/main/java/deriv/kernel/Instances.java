package deriv.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which variables of a fact may be given other values. A fact proved for a declared variable holds for every value
 * of it only if nothing else was assumed about it: no definition uses it (the proof may have unfolded that
 * definition), and any condition on it holds for the new value. Scalars, vectors and integers qualify (each only with
 * values of its kind); functions and families do not. {@code from h[y := …]} takes only unconditioned variables;
 * a fact used as a rule may also rebind conditioned ones where their conditions are proved.
 */
final class Instances {
  private Instances() {}

  static boolean isInstantiable(Var v, Context ctx) {
    return isRebindable(v, ctx) && conditionsOn(Set.of(v), ctx).isEmpty();
  }

  /**
   * The variables of a fact that a use of it as a rule may give other values: those that are
   * {@link #isRebindable rebindable}. Their conditions are checked at each use ({@link #conditionsHold}).
   */
  static Set<Var> rebindable(Fact f, Context ctx) {
    Set<Var> out = new LinkedHashSet<>();
    for (Var v : mentioned(f, ctx, false)) {
      if (isRebindable(v, ctx)) {
        out.add(v);
      }
    }
    return out;
  }

  /** The free variables of a fact, with definitions unfolded if {@code unfolded}. */
  static Set<Var> mentioned(Fact f, Context ctx, boolean unfolded) {
    Set<Var> free = new LinkedHashSet<>(Terms.freeVars(f.lhs()));
    free.addAll(Terms.freeVars(f.rhs()));
    if (unfolded) {
      free.addAll(Terms.freeVars(Terms.unfold(f.lhs(), ctx)));
      free.addAll(Terms.freeVars(Terms.unfold(f.rhs(), ctx)));
    }
    return free;
  }

  /** The context's conditions that mention one of {@code vs}. */
  static List<Condition> conditionsOn(Set<Var> vs, Context ctx) {
    List<Condition> out = new ArrayList<>();
    for (Condition c : ctx.conditions()) {
      if (vs.stream().anyMatch(v -> Terms.occurs(v, c.left()) || Terms.occurs(v, c.right()))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A fact holds for every value of v that satisfies v's conditions when v is a scalar, integer or vector that no
   * definition and no family's bounds mention: the proof of the fact could not have used anything else about v.
   */
  /** Whether nothing in {@code ctx} ties {@code v} down: no condition mentions it, no postulate constrains it. */
  static boolean unconstrained(Var v, Context ctx) {
    for (Condition c : ctx.conditions()) {
      if (Terms.occurs(v, Terms.unfold(c.left(), ctx)) || Terms.occurs(v, Terms.unfold(c.right(), ctx))) {
        return false;
      }
    }
    return ctx.assumedEquations().stream().noneMatch(e -> e.constrainsAny(List.of(v), ctx));
  }

  static boolean isRebindable(Var v, Context ctx) {
    if (v.sort() == Sort.FUNCTION || v.sort() == Sort.FAMILY || ctx.definition(v).isPresent()) {
      return false;
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
    return inadmissible(f, values, ctx, null);
  }

  /** As {@link #inadmissible(Fact, Map, Context)}, proving definedness with Symja too when {@code p} is given. */
  static String inadmissible(Fact f, Map<Var, Term> values, Context ctx, Prover p) {
    for (Map.Entry<Var, Term> e : values.entrySet()) {
      String why = Admissible.valueProblem(e.getKey(), e.getValue(), ctx);
      if (why != null) {
        return why;
      }
      // the value itself must have a value: (-1)! is "an integer" only where it is defined, which is nowhere
      for (Condition c : Definedness.of(Terms.unfold(e.getValue(), ctx), ctx)) {
        if (!Definedness.proved(c, ctx, p)) {
          return "the value " + Terms.show(e.getValue()) + " for " + e.getKey().name() + " is defined only where "
              + Definedness.show(c) + ", which is not proved";
        }
      }
    }
    // Unfolded: a definition may hide a quotient (def f(x) := x/x makes f(y) = 1 a fact that is false at 0).
    String why = Admissible.undefinedAt(Terms.unfold(f.lhs(), ctx), values, ctx, p);
    return why != null ? why : Admissible.undefinedAt(Terms.unfold(f.rhs(), ctx), values, ctx, p);
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
        return f.with(f.name() + ": '" + v.name() + "' has conditions or appears in a definition, so it "
            + "cannot be given another value", f.lhs(), f.rhs(), false);
      }
      if (name.charAt(name.length() - 1) != '[') {
        name.append(", ");
      }
      name.append(v.name()).append(" := ").append(Terms.show(e.getValue()));
    }
    String why = inadmissible(f, values, ctx);
    if (why != null) {
      return f.with(f.name() + ": " + why, f.lhs(), f.rhs(), false); // still approximate if it was
    }
    return f.with(name.append(']').toString(), Terms.substitute(f.lhs(), values, ctx),
        Terms.substitute(f.rhs(), values, ctx), f.established());
  }

  /**
   * Whether a fact may be used at a place with context {@code here}, its variables given {@code values}: every
   * condition (of the fact's context {@code outer}) on a variable given a new value must be proved for that value
   * here, and every condition on a variable that keeps its name must still be in force here (an enclosing
   * {@code int(a, …)} over a declared a removes a's conditions: the fact is about the declared a only).
   */
  static boolean conditionsHold(Fact f, Map<Var, Term> values, Context outer, Context here, Prover p) {
    Map<Var, Term> changed = new HashMap<>();
    values.forEach((v, t) -> {
      if (!t.equals(v)) {
        changed.put(v, t);
      }
    });
    for (Condition c : conditionsOn(mentioned(f, outer, true), outer)) {
      Condition needed = new Condition(c.relation(), Terms.substitute(c.left(), changed),
          Terms.substitute(c.right(), changed));
      if (!stated(needed, here) && (needed.equals(c) || !p.symja().provesCondition(needed, here))) {
        return false;
      }
    }
    return true;
  }

  private static boolean stated(Condition c, Context ctx) {
    for (Condition known : ctx.conditions()) {
      if (known.relation() == c.relation() && Terms.alphaEquivalent(known.left(), c.left())
          && Terms.alphaEquivalent(known.right(), c.right())) {
        return true;
      }
    }
    return false;
  }
}

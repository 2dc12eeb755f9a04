package deriv.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies a rule at every position of a term, inner positions first, with each binder's variables in context. */
final class Rewriting {
  private Rewriting() {}

  /** One bottom-up pass. Side conditions of every application are added to {@code used}. */
  static Term everywhere(Term t, Rule rule, Context ctx, Prover p, List<String> used) {
    return everywhere(t, rule, ctx, p, used, Set.of());
  }

  /**
   * {@code bound}: the variables bound by the binders around {@code t}. A fact that speaks of one of them as a free
   * (declared) symbol says nothing about the bound one, which ranges over the binder's whole domain.
   */
  private static Term everywhere(Term t, Rule rule, Context ctx, Prover p, List<String> used, Set<Var> bound) {
    Term rebuilt = mapChildren(t, ctx, (child, inner, boundHere) ->
        everywhere(child, rule, inner, p, used, union(bound, boundHere)));
    if (rule instanceof FactRule f && !f.speaksOfNone(bound)) {
      return rebuilt;
    }
    Rewrite r = rule.rewrite(rebuilt, ctx, p);
    // an interval rule proved its integrand's conditions on the interval; any other rule must keep them
    if (r == null
        || !(rule instanceof IntervalRule) && Definedness.dropsIntegrandConditions(rebuilt, r.result(), ctx)) {
      return rebuilt;
    }
    used.addAll(r.sideConditions());
    return r.result();
  }

  /** The terms reached by up to {@code passes} passes, the start first, stopping when nothing changes. */
  static List<Term> passes(Term start, Rule rule, Context ctx, Prover p, int passes, List<String> used) {
    List<Term> out = new ArrayList<>(List.of(start));
    Term current = start;
    for (int i = 0; i < passes; i++) {
      Term next = everywhere(current, rule, ctx, p, used);
      if (next.equals(current)) {
        break;
      }
      out.add(next);
      current = next;
    }
    return out;
  }

  private static Set<Var> union(Set<Var> a, List<Var> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<Var> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  interface ChildMapper {
    /** @param boundHere the variables the parent binds for this child (empty unless it is a binder's body) */
    Term map(Term child, Context inner, List<Var> boundHere);
  }

  /** Like {@link Terms#mapChildren}, but a binder's body sees its variables ({@link Binders#childContext}). */
  static Term mapChildren(Term t, Context ctx, ChildMapper f) {
    if (t instanceof BigOp b) {
      return new BigOp(b.kind(), b.index(), f.map(b.lo(), ctx, List.of()), f.map(b.hi(), ctx, List.of()),
          b.hasExcept() ? f.map(b.except(), ctx, List.of()) : null,
          f.map(b.body(), Binders.childContext(t, b.body(), ctx), List.of(b.index())));
    }
    if (t instanceof Integral i) {
      return new Integral(i.vars(), f.map(i.body(), Binders.childContext(t, i.body(), ctx), i.vars()));
    }
    if (t instanceof DefiniteIntegral d) {
      return new DefiniteIntegral(d.var(), f.map(d.lo(), ctx, List.of()), f.map(d.hi(), ctx, List.of()),
          f.map(d.body(), Binders.childContext(t, d.body(), ctx), List.of(d.var())));
    }
    if (t instanceof Op o && o.head() == Head.DIFF && o.arg(1) instanceof Var x) {
      // d/dx f looks at f for every x near the point: x varies there as under a binder, in an open set
      return new Op(Head.DIFF, List.of(f.map(o.arg(0), Binders.childContext(t, o.arg(0), ctx), List.of(x)),
          o.arg(1)));
    }
    return Terms.mapChildren(t, c -> f.map(c, ctx, List.of()));
  }
}

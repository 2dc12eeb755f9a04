package deriv.kernel;

import java.util.ArrayList;
import java.util.List;

/** Applies a rule at every position of a term, inner positions first, with each binder's variables in context. */
final class Rewriting {
  private Rewriting() {}

  /** One bottom-up pass. Side conditions of every application are added to {@code used}. */
  static Term everywhere(Term t, Rule rule, Context ctx, Prover p, List<String> used) {
    Term rebuilt = mapChildren(t, ctx, (child, inner) -> everywhere(child, rule, inner, p, used));
    Rewrite r = rule.rewrite(rebuilt, ctx, p);
    if (r == null) {
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

  interface ChildMapper {
    Term map(Term child, Context inner);
  }

  /** Like {@link Terms#mapChildren}, but a binder's body sees its variables and their ranges. */
  static Term mapChildren(Term t, Context ctx, ChildMapper f) {
    if (t instanceof BigOp b) {
      Context inner = Binders.bodyContext(b, ctx);
      return new BigOp(b.kind(), b.index(), f.map(b.lo(), ctx), f.map(b.hi(), ctx),
          b.hasExcept() ? f.map(b.except(), ctx) : null, f.map(b.body(), inner));
    }
    if (t instanceof Integral i) {
      return new Integral(i.vars(), f.map(i.body(), Binders.bodyContext(i, ctx)));
    }
    return Terms.mapChildren(t, c -> f.map(c, ctx));
  }
}

package deriv.kernel;

import deriv.kernel.Condition.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes provably equal binder terms (sums, products, integrals) syntactically equal before the computer algebra sees
 * them, so that they become the same opaque atom. Two binders are merged when they have the same kind, the same
 * domains or ranges, and bodies that are {@link Algebra#provablyEqual provably equal} once the bound variables are
 * identified, under the context extended with the bound variables (congruence). {@code ∫ f(y) dy} and
 * {@code ∫ f(z) dz} already are the same atom (alpha-equivalence); this also merges
 * {@code prod(j=1..N, exp(-b*a[j])*exp(-b*c[j]))} with {@code prod(j=1..N, exp(-b*(a[j]+c[j])))}.
 */
final class BinderCongruence {
  /** Nesting depth of binder bodies compared through each other. */
  private static final int MAX_DEPTH = 3;

  private BinderCongruence() {}

  /** Both terms with each outermost binder replaced by the first provably equal binder met (left to right). */
  static List<Term> merge(List<Term> input, Context ctx, Prover p, int depth) {
    // hygienic forms: what a binder binds is visible in its body, not hidden in a definition
    List<Term> terms = input.stream().map(t -> Terms.unfoldDependent(t, ctx)).toList();
    List<Term> binders = new ArrayList<>();
    terms.forEach(t -> collectOutermost(t, binders));
    if (depth >= MAX_DEPTH || binders.size() < 2) {
      return terms;
    }
    List<Term> representatives = new ArrayList<>();
    Map<Term, Term> replacement = new HashMap<>();
    for (Term b : binders) {
      if (replacement.containsKey(b) || representatives.stream().anyMatch(r -> Terms.alphaEquivalent(r, b))) {
        continue;
      }
      Term same = null;
      for (Term r : representatives) {
        if (congruent(r, b, ctx, p, depth)) {
          same = r;
          break;
        }
      }
      if (same != null) {
        replacement.put(b, same);
      } else {
        representatives.add(b);
      }
    }
    if (replacement.isEmpty()) {
      return input;
    }
    return terms.stream().map(t -> replace(t, replacement)).toList();
  }

  private static boolean isBinder(Term t) {
    return t instanceof BigOp || t instanceof Integral || t instanceof DefiniteIntegral;
  }

  private static void collectOutermost(Term t, List<Term> out) {
    if (isBinder(t)) {
      out.add(t);
      return;
    }
    Terms.children(t).forEach(c -> collectOutermost(c, out));
  }

  private static Term replace(Term t, Map<Term, Term> replacement) {
    Term r = replacement.get(t);
    if (r != null) {
      return r;
    }
    return isBinder(t) ? t : Terms.mapChildren(t, c -> replace(c, replacement));
  }

  private static boolean congruent(Term a, Term b, Context ctx, Prover p, int depth) {
    if (a instanceof Integral x && b instanceof Integral y) {
      if (x.vars().size() != y.vars().size()) {
        return false;
      }
      // both bodies over the same fresh variables: neither binder's variable can capture a free one of the other
      Map<Var, Term> left = new HashMap<>();
      Map<Var, Term> right = new HashMap<>();
      List<Var> common = new ArrayList<>();
      for (int k = 0; k < x.vars().size(); k++) {
        if (x.vars().get(k).sort() != y.vars().get(k).sort()) {
          return false;
        }
        Var z = Terms.fresh(x.vars().get(k));
        common.add(z);
        left.put(x.vars().get(k), z);
        right.put(y.vars().get(k), z);
      }
      Integral merged = new Integral(common, Terms.substitute(x.body(), left));
      Context inner = Binders.bodyContext(merged, ctx); // the integrated variables range over their whole space
      Term otherBody = Terms.substitute(y.body(), right);
      return !Algebra.differAtAPoint(merged.body(), otherBody, inner, p)
          && Algebra.provablyEqual(merged.body(), otherBody, inner, p, depth + 1);
    }
    if (a instanceof DefiniteIntegral x && b instanceof DefiniteIntegral y) {
      if (!sameValue(x.lo(), y.lo(), ctx, p, depth) || !sameValue(x.hi(), y.hi(), ctx, p, depth)) {
        // the integral is oriented: ∫_b^a g = ∫_a^b (−g), so bounds the other way round and opposite integrands
        return sameValue(x.lo(), y.hi(), ctx, p, depth) && sameValue(x.hi(), y.lo(), ctx, p, depth)
            && congruent(x, new DefiniteIntegral(y.var(), y.hi(), y.lo(), Terms.neg(y.body())), ctx, p, depth);
      }
      // equal integrands for every real value of the variable (the interval is not assumed): equal integrals
      Var z = Terms.fresh(x.var());
      DefiniteIntegral merged = new DefiniteIntegral(z, x.lo(), x.hi(), Terms.substitute(x.body(), Map.of(x.var(), z)));
      Context inner = Binders.bodyContext(merged, ctx);
      Term otherBody = Terms.substitute(y.body(), Map.of(y.var(), z));
      return !Algebra.differAtAPoint(merged.body(), otherBody, inner, p)
          && Algebra.provablyEqual(merged.body(), otherBody, inner, p, depth + 1);
    }
    if (a instanceof BigOp x && b instanceof BigOp y) {
      if (x.kind() != y.kind() || x.hasExcept() != y.hasExcept() || !sameValue(x.lo(), y.lo(), ctx, p, depth)
          || !sameValue(x.hi(), y.hi(), ctx, p, depth)
          || x.hasExcept() && !sameValue(x.except(), y.except(), ctx, p, depth)) {
        return false;
      }
      Var j = Terms.fresh(x.index()); // fresh, so that neither body's free variables are captured
      List<Condition> range = new ArrayList<>(List.of(new Condition(Relation.GREATER_EQUAL, j, x.lo()),
          new Condition(Relation.LESS_EQUAL, j, x.hi())));
      if (x.hasExcept()) {
        range.add(new Condition(Relation.NOT_EQUAL, j, x.except()));
      }
      Context inner = ctx.with(j, range.toArray(new Condition[0]));
      Term body = Terms.substitute(x.body(), Map.of(x.index(), j));
      Term otherBody = Terms.substitute(y.body(), Map.of(y.index(), j));
      // most pairs met here differ (Π exp(−β·p²/2m) and Π exp(−β·q·V)): a point says so before a proof is tried
      return !Algebra.differAtAPoint(body, otherBody, inner, p)
          && Algebra.provablyEqual(body, otherBody, inner, p, depth + 1);
    }
    return false;
  }

  private static boolean sameValue(Term a, Term b, Context ctx, Prover p, int depth) {
    return Terms.alphaEquivalent(a, b) || Algebra.provablyEqual(a, b, ctx, p, depth + 1);
  }
}

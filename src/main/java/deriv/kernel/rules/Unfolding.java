package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Apply;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unfolding only what makes two sides comparable. Comparing {@code n_1/n_2} with {@code n(x_1)/n(x_2)} needs n_1
 * and n_2 unfolded once, not n's integral unfolded into both; the smaller terms are much cheaper for the computer
 * algebra. Every unfolding replaces a name by what it is defined to equal, so values never change.
 */
public final class Unfolding {
  private static final int ROUNDS = 8;

  private Unfolding() {}

  /**
   * Equal up to bound names and the grouping of sums and products, or the same after unfolding the names used on one
   * side only, or by algebra on those forms. Flattening {@code (a*b)*c} to {@code a*b*c} changes no value and lets
   * equal integrands be recognised without computer algebra.
   */
  public static boolean provablyEqual(Term a, Term b, Context ctx, Prover p) {
    Term x = Dependence.flat(a);
    Term y = Dependence.flat(b);
    if (Terms.alphaEquivalent(x, y, ctx)) {
      return true;
    }
    if (definedNames(x, ctx).isEmpty() || definedNames(y, ctx).isEmpty()) {
      return Algebra.provablyEqual(x, y, ctx, p); // one-sided would mean everything: try as written first
    }
    Term[] sides = oneSided(x, y, ctx);
    Term l = Dependence.flat(sides[0]);
    Term r = Dependence.flat(sides[1]);
    return Terms.alphaEquivalent(l, r, ctx) || Algebra.provablyEqual(l, r, ctx, p);
  }

  /**
   * Both terms with the defined names that occur on only one side unfolded, repeatedly (unfolding can bring new
   * one-sided names, or make a name two-sided).
   */
  public static Term[] oneSided(Term a, Term b, Context ctx) {
    Term x = a;
    Term y = b;
    for (int round = 0; round < ROUNDS; round++) {
      Set<Var> onlyX = definedNames(x, ctx);
      Set<Var> onlyY = definedNames(y, ctx);
      Set<Var> common = new LinkedHashSet<>(onlyX);
      common.retainAll(onlyY);
      onlyX.addAll(onlyY);
      onlyX.removeAll(common);
      if (onlyX.isEmpty()) {
        break;
      }
      // Unfold the highest names first: n_1 := n(x_1) on one side meets n on the other once n_1 is unfolded,
      // while unfolding n as well would only make the sides leapfrog each other.
      Map<Var, Integer> heights = new HashMap<>();
      int top = onlyX.stream().mapToInt(v -> height(v, ctx, heights)).max().orElse(0);
      onlyX.removeIf(v -> height(v, ctx, heights) < top);
      x = unfoldOnly(x, onlyX, ctx);
      y = unfoldOnly(y, onlyX, ctx);
    }
    return new Term[] {x, y};
  }

  /** 1 + the largest height of the defined names in v's definition (definitions are not cyclic). */
  private static int height(Var v, Context ctx, Map<Var, Integer> memo) {
    Integer known = memo.get(v);
    if (known != null) {
      return known;
    }
    int h = 1;
    Optional<Definition> d = ctx.definition(v);
    if (d.isPresent()) {
      for (Var w : definedNames(d.get().body(), ctx)) {
        h = Math.max(h, 1 + height(w, ctx, memo));
      }
    }
    memo.put(v, h);
    return h;
  }

  private static Set<Var> definedNames(Term t, Context ctx) {
    Set<Var> out = new LinkedHashSet<>();
    for (Var v : Terms.freeVars(t)) {
      if (ctx.definition(v).isPresent()) {
        out.add(v);
      }
    }
    return out;
  }

  /** One level of unfolding of the given names (as {@link Terms#unfold} does for all of them). */
  static Term unfoldOnly(Term t, Set<Var> names, Context ctx) {
    if (t instanceof Var v && names.contains(v)) {
      Optional<Definition> d = ctx.definition(v).filter(def -> def.params().isEmpty());
      return d.isPresent() ? d.get().body() : v;
    }
    Term inner = Terms.mapChildren(t, c -> unfoldOnly(c, names, ctx));
    if (inner instanceof Apply a && names.contains(a.function())) {
      Optional<Definition> d = ctx.definition(a.function());
      if (d.isPresent() && d.get().params().size() == a.args().size()) {
        Map<Var, Term> s = new HashMap<>();
        for (int k = 0; k < a.args().size(); k++) {
          s.put(d.get().params().get(k), a.args().get(k));
        }
        return Terms.substitute(d.get().body(), s, ctx);
      }
    }
    return inner;
  }
}

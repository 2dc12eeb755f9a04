package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Integral;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fubini–Tonelli for integrals of products.
 *
 * <p>(a) Over families: {@code ∫ Π_{j=lo..hi} g(x[j], p[j]) dx dp = Π_{j=lo..hi} ∫∫ g(r, u) dr du} when every
 * integration variable is a family declared over exactly lo..hi, g touches the families only at index j, and
 * g ≥ 0 is proved.
 *
 * <p>(b) Separate variables: {@code ∫∫ f(r)·g(u) dr du = ∫ f(r) dr·∫ g(u) du} (any number of groups of variables
 * that no factor links), each group's integrand ≥ 0 proved and every variable used by some factor (else that
 * integral is infinite). Factors free of all variables stay in front. An exponential of a sum counts as the product
 * of the exponentials (exp(a + b) = exp(a)·exp(b)), so exp(−β·(p²/2m + mω²x²/2)) separates into p and x.
 *
 * <p>Tonelli makes both sides equal in [0, ∞]; deriv's convention that integrals are finite (docs/rules.md) does the
 * rest.
 */
final class Factorise implements Rule {
  @Override
  public String name() {
    return "factorise";
  }

  @Override
  public String theorem() {
    return "∫ Π_j g(x[j],p[j]) dx dp = Π_j ∫∫ g(r,u) dr du (families over the product's range, g ≥ 0); "
        + "∫∫ f(r)·g(u) = ∫f·∫g (f, g ≥ 0)";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral i)) {
      return null;
    }
    Rewrite r = overFamilies(i, ctx, p);
    return r != null ? r : separate(i, ctx, p);
  }

  private Rewrite overFamilies(Integral i, Context ctx, Prover p) {
    if (!(i.body() instanceof BigOp b) || b.kind() != BigOp.Kind.PRODUCT
        || FamilyProducts.families(i.vars(), ctx).size() != i.vars().size()) {
      return null;
    }
    Term g = b;
    List<Var> points = new ArrayList<>();
    for (Var family : i.vars()) {
      Var point = Dependence.fresh(family.name() + "_j", ctx.family(family).get().element());
      g = FamilyProducts.memberFunction(withBody(b, g), family, point, ctx, p);
      if (g == null) {
        return null;
      }
      points.add(point);
    }
    if (!FamilyProducts.nonNegative(b, ctx, p)) {
      return null;
    }
    return Rewrite.of(new BigOp(BigOp.Kind.PRODUCT, b.index(), b.lo(), b.hi(), null, new Integral(points, g)),
        "the families range over " + Ranges.show(b), "integrand ≥ 0 (Tonelli)");
  }

  /** The product b with another body (the body as rewritten so far). */
  private static BigOp withBody(BigOp b, Term body) {
    return body == b ? b : new BigOp(b.kind(), b.index(), b.lo(), b.hi(), b.except(), body);
  }

  private Rewrite separate(Integral i, Context ctx, Prover p) {
    List<Term> factors = new ArrayList<>();
    Factors.of(i.body()).forEach(f -> factors.addAll(exponentialFactors(f)));
    List<Set<Var>> uses = new ArrayList<>();
    for (Term f : factors) {
      Set<Var> used = new LinkedHashSet<>(Terms.freeVars(Terms.unfold(f, ctx)));
      used.retainAll(i.vars());
      uses.add(used);
    }
    List<Set<Var>> groups = groups(i.vars(), uses);
    if (groups == null || groups.size() < 2) {
      return null;
    }
    List<Term> out = new ArrayList<>();
    for (int k = 0; k < factors.size(); k++) {
      if (uses.get(k).isEmpty()) {
        out.add(factors.get(k));
      }
    }
    for (Set<Var> group : groups) {
      List<Term> mine = new ArrayList<>();
      for (int k = 0; k < factors.size(); k++) {
        if (!uses.get(k).isEmpty() && group.containsAll(uses.get(k))) {
          mine.add(factors.get(k));
        }
      }
      Term integrand = Terms.times(mine);
      Context inner = ctx;
      for (Var v : group) {
        inner = inner.with(v);
      }
      if (!Dependence.isNonNegative(integrand, inner, p)) {
        return null;
      }
      out.add(new Integral(i.vars().stream().filter(group::contains).toList(), integrand));
    }
    return Rewrite.of(Terms.times(out), "the integrand separates into " + groups.size()
        + " groups of variables, each ≥ 0 (Tonelli)");
  }

  /**
   * exp(a + b) as the factors exp(a), exp(b) (and exp(c·(a + b)) as exp(c·a), exp(c·b)): equal for all a, b, so the
   * variables of a and of b may fall in separate groups. Any other factor is its one factor.
   */
  private static List<Term> exponentialFactors(Term f) {
    if (!(f instanceof deriv.kernel.Op o) || o.head() != deriv.kernel.Head.EXP) {
      return List.of(f);
    }
    List<Term> inner = Factors.of(o.arg(0));
    for (int k = 0; k < inner.size(); k++) {
      List<Term> terms = Factors.summands(inner.get(k));
      if (terms.size() > 1) {
        List<Term> rest = new ArrayList<>(inner);
        rest.remove(k);
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
          List<Term> product = new ArrayList<>(rest);
          product.add(t);
          out.add(Terms.exp(Terms.times(product)));
        }
        return out;
      }
    }
    return List.of(f);
  }

  /** The connected groups of variables (linked when a factor uses both), or null if some variable is unused. */
  private static List<Set<Var>> groups(List<Var> vars, List<Set<Var>> uses) {
    List<Set<Var>> groups = new ArrayList<>();
    for (Set<Var> used : uses) {
      if (used.isEmpty()) {
        continue;
      }
      Set<Var> merged = new LinkedHashSet<>(used);
      groups.removeIf(g -> {
        boolean overlaps = g.stream().anyMatch(used::contains);
        if (overlaps) {
          merged.addAll(g);
        }
        return overlaps;
      });
      groups.add(merged);
    }
    Set<Var> covered = new LinkedHashSet<>();
    groups.forEach(covered::addAll);
    return covered.containsAll(vars) ? groups : null;
  }
}

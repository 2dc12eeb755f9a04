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
import java.util.List;

/**
 * Integrating out a family: {@code ∫ F(x)·Π_{j=lo..hi} f(x[j], p[j]) dx dp = ∫ F(x)·Π_{j=lo..hi} ∫ f(x[j], u) du dx}
 * when p is a family declared over exactly lo..hi, F is free of p, f touches p only at p[j], and f ≥ 0 is proved
 * (Tonelli, for the integration over p at fixed x).
 */
final class Marginal implements Rule {
  @Override
  public String name() {
    return "marginal";
  }

  @Override
  public String theorem() {
    return "∫ F(x)·Π_j f(x[j],p[j]) dx dp = ∫ F(x)·Π_j ∫ f(x[j],u) du dx, F free of p, p over the product's range, "
        + "f ≥ 0";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral i)) {
      return null;
    }
    for (Var family : FamilyProducts.families(i.vars(), ctx)) {
      Rewrite r = integrateOut(i, family, ctx, p);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private Rewrite integrateOut(Integral i, Var family, Context ctx, Prover p) {
    Factors split = Factors.split(i.body(), f -> Dependence.freeOf(f, family, ctx));
    if (split.others().size() != 1 || !(split.others().get(0) instanceof BigOp b)
        || b.kind() != BigOp.Kind.PRODUCT) {
      return null;
    }
    Var u = Dependence.fresh("u", ctx.family(family).get().element());
    Term f = FamilyProducts.memberFunction(b, family, u, ctx, p);
    if (f == null || !FamilyProducts.nonNegative(b, ctx, p)) {
      return null;
    }
    Term marginal = new BigOp(BigOp.Kind.PRODUCT, b.index(), b.lo(), b.hi(), null,
        new Integral(List.of(u), f));
    List<Term> factors = new ArrayList<>(split.matching());
    factors.add(marginal);
    List<Var> rest = i.vars().stream().filter(v -> !v.equals(family)).toList();
    Term body = Terms.times(factors);
    return Rewrite.of(rest.isEmpty() ? body : new Integral(rest, body),
        family.name() + " ranges over " + Ranges.show(b), "integrand ≥ 0 (Tonelli)");
  }
}

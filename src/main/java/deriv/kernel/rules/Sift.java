package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sifting property of Dirac's delta, for continuous integrands (deriv's declared functions are smooth):
 *
 * <ul>
 *   <li>{@code ∫ δ(r − a)·f(r) dr = f(a)}, a free of r, f free of deltas;
 *   <li>over a family: {@code ∫ δ(x[k] − a)·Π_{j=lo..hi} f(x[j]) dx = f(a)·Π_{j=lo..hi, j≠k} ∫ f(z) dz}, the family
 *       declared over exactly lo..hi, k an integer proved to lie in lo..hi, a free of x, f touching x only at x[j].
 * </ul>
 *
 * {@code δ(a − r)} is the same (δ is even). Factors free of the integration variable stay in front.
 */
final class Sift implements Rule {
  @Override
  public String name() {
    return "sift";
  }

  @Override
  public String theorem() {
    return "∫ δ(r−a)·f(r) dr = f(a); ∫ δ(x[k]−a)·Π_j f(x[j]) dx = f(a)·Π_{j≠k} ∫ f(z) dz "
        + "(lo ≤ k ≤ hi, a free of the variable, f defined around a, so continuous there)";
  }

  /** The point a of δ(v − a) or δ(a − v), where v is the integration variable or a family member x[k]. */
  private record Peak(Term at, Term point) {}

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral i) || i.vars().size() != 1) {
      return null;
    }
    Var v = i.vars().get(0);
    List<Term> factors = Factors.of(i.body());
    for (int k = 0; k < factors.size(); k++) {
      Peak peak = peak(factors.get(k), v, ctx);
      if (peak == null) {
        continue;
      }
      List<Term> rest = new ArrayList<>(factors);
      rest.remove(k);
      Rewrite r = v.sort() == Sort.FAMILY ? family(v, peak, rest, ctx, p) : single(v, peak, rest, ctx, p);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private Rewrite single(Var v, Peak peak, List<Term> rest, Context ctx, Prover p) {
    if (!(peak.at() instanceof Var)) {
      return null;
    }
    Term f = Terms.times(rest);
    if (Dependence.hasDelta(Terms.unfold(f, ctx)) || !Algebra.definedAround(f, v, peak.point(), ctx, p)) {
      return null;
    }
    return Rewrite.of(Terms.substitute(f, Map.of(v, peak.point()), ctx), Terms.show(peak.point()) + " free of "
        + v.name());
  }

  private Rewrite family(Var x, Peak peak, List<Term> rest, Context ctx, Prover p) {
    if (!(peak.at() instanceof Index member)) {
      return null;
    }
    Factors split = Factors.split(Terms.times(rest), f -> Dependence.freeOf(f, x, ctx));
    if (split.others().size() != 1 || !(split.others().get(0) instanceof BigOp b)
        || b.kind() != BigOp.Kind.PRODUCT) {
      return null;
    }
    Var z = Dependence.fresh("z", ctx.family(x).map(f -> f.element()).orElse(Sort.VECTOR));
    Term f = FamilyProducts.memberFunction(b, x, z, ctx, p);
    Term k = member.index();
    if (f == null || Dependence.hasDelta(Terms.unfold(f, ctx)) || !Ranges.inRange(k, b.lo(), b.hi(), ctx, p)
        || !Algebra.definedAround(Terms.substitute(f, Map.of(b.index(), k), ctx), z, peak.point(), ctx, p)) {
      return null;
    }
    Term atPeak = Terms.substitute(f, Map.of(z, peak.point(), b.index(), k), ctx);
    Term others = new BigOp(BigOp.Kind.PRODUCT, b.index(), b.lo(), b.hi(), k, new Integral(List.of(z), f));
    List<Term> out = new ArrayList<>(split.matching());
    out.add(atPeak);
    out.add(others);
    return Rewrite.of(Terms.times(out), Terms.show(k) + " in " + Ranges.show(b),
        Terms.show(peak.point()) + " free of " + x.name());
  }

  /**
   * δ(±(v − a)) with v the variable (or a member of the family v) and a free of v; null otherwise. The argument's
   * summands must be v (or x[k]) with coefficient ±1 and terms free of v.
   */
  private static Peak peak(Term factor, Var v, Context ctx) {
    if (!(factor instanceof Op d) || d.head() != Head.DELTA) {
      return null;
    }
    Term at = null;
    int sign = 0;
    List<Term> others = new ArrayList<>();
    for (Term s : Factors.summands(d.arg(0))) {
      if (Dependence.freeOf(s, v, ctx)) {
        others.add(s);
        continue;
      }
      if (at != null) {
        return null;
      }
      Term core = s;
      sign = 1;
      if (s instanceof Op o && o.head() == Head.TIMES && o.args().size() == 2
          && o.arg(0).equals(Num.MINUS_ONE)) {
        core = o.arg(1);
        sign = -1;
      }
      boolean isVariable = core.equals(v);
      boolean isMember = core instanceof Index m && m.family().equals(v) && Dependence.freeOf(m.index(), v, ctx);
      if (!isVariable && !isMember) {
        return null;
      }
      at = core;
    }
    if (at == null) {
      return null;
    }
    Term rest = Terms.plus(others);
    return new Peak(at, sign > 0 ? Terms.neg(rest) : rest);
  }
}

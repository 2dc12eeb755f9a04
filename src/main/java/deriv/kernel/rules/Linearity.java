package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Integral;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linearity of integrals and finite sums, used to bring both sides of a step to one normal form (sums outside,
 * constant factors in front):
 *
 * <ul>
 *   <li>{@code ∫ (Σ_k f_k)·g = Σ_k ∫ f_k·g}, the range of k free of the integration variables (a finite sum);
 *   <li>{@code ∫ (f + g) = ∫ f + ∫ g}, and {@code ∫ (f + g)·h = ∫ f·h + ∫ g·h};
 *   <li>{@code ∫ c·f = c·∫ f}, c free of the integration variables;
 *   <li>{@code Σ_k c·f_k = c·Σ_k f_k}, c free of k; {@code Σ_k (f_k + g_k) = Σ_k f_k + Σ_k g_k}.
 * </ul>
 *
 * <p>Side conditions: "free of" is judged with definitions unfolded. The integral identities hold for integrable
 * integrands, which deriv assumes of every integral in a derivation (docs/rules.md, "Integrals").
 */
final class Linearity implements Rule {
  @Override
  public String name() {
    return "linearity";
  }

  @Override
  public String theorem() {
    return "∫ Σ_k f_k = Σ_k ∫ f_k, ∫ (f+g) = ∫f + ∫g, ∫ c·f = c·∫f, Σ_k c·f_k = c·Σ_k f_k, Σ (f+g) = Σf + Σg"
        + " (c free of the bound variables; integrable integrands; for ∫_a^b: a ≤ b and each integrand continuous "
        + "on [a, b])";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (t instanceof Integral i) {
      return integral(i, ctx);
    }
    if (t instanceof BigOp b && b.kind() == BigOp.Kind.SUM) {
      return sum(b, ctx);
    }
    if (t instanceof DefiniteIntegral d) {
      return definite(d, ctx, p);
    }
    return null;
  }

  /**
   * {@code ∫_a^b (f + g) = ∫_a^b f + ∫_a^b g} and {@code ∫_a^b c·f = c·∫_a^b f}, c free of x; here not assumed
   * integrable: a ≤ b is proved and each integral made is of an integrand continuous on [a, b] (1/x − 1/x is 0, but
   * ∫_{−1}^{1} 1/x does not exist).
   */
  private Rewrite definite(DefiniteIntegral d, Context ctx, Prover p) {
    List<Term> summands = Factors.summands(d.body());
    List<Term> parts = new ArrayList<>();
    Term constant = null;
    if (summands.size() > 1) {
      parts.addAll(summands);
    } else {
      Factors split = Factors.split(d.body(), f -> Dependence.freeOf(f, d.var(), ctx));
      if (split.matching().isEmpty() || split.others().isEmpty()) {
        return null;
      }
      constant = split.matchingProduct();
      parts.add(split.othersProduct());
    }
    if (Intervals.unordered(d, ctx, p) != null) {
      return null;
    }
    Context on = Binders.onInterval(d, ctx);
    for (Term part : parts) {
      if (Intervals.discontinuity("", part, d.var(), d.lo(), d.hi(), on, p) != null) {
        return null;
      }
    }
    String interval = "[" + Terms.show(d.lo()) + ", " + Terms.show(d.hi()) + "]";
    List<Term> integrals = new ArrayList<>();
    parts.forEach(f -> integrals.add(new DefiniteIntegral(d.var(), d.lo(), d.hi(), f)));
    if (constant == null) {
      return Rewrite.of(Terms.plus(integrals), "each integrand continuous on " + interval);
    }
    return Rewrite.of(Terms.times(constant, integrals.get(0)), Terms.show(constant) + " free of "
        + d.var().name(), "the integrand continuous on " + interval);
  }

  private Rewrite integral(Integral i, Context ctx) {
    List<Term> summands = Factors.summands(i.body());
    if (summands.size() > 1) {
      List<Term> parts = new ArrayList<>();
      summands.forEach(s -> parts.add(new Integral(i.vars(), s)));
      return Rewrite.of(Terms.plus(parts));
    }
    List<Term> factors = Factors.of(i.body());
    for (int k = 0; k < factors.size(); k++) {
      List<Term> terms = Factors.summands(factors.get(k));
      if (terms.size() > 1) { // ∫ (f + g)·h = ∫ f·h + ∫ g·h: the integrand multiplied out over that one factor
        List<Term> rest = new ArrayList<>(factors);
        rest.remove(k);
        List<Term> parts = new ArrayList<>();
        for (Term term : terms) {
          List<Term> product = new ArrayList<>(rest);
          product.add(0, term);
          parts.add(new Integral(i.vars(), Terms.times(product)));
        }
        return Rewrite.of(Terms.plus(parts));
      }
    }
    for (int k = 0; k < factors.size(); k++) {
      if (factors.get(k) instanceof BigOp s && s.kind() == BigOp.Kind.SUM
          && Dependence.freeOf(range(s), i.vars(), ctx)) {
        List<Term> rest = new ArrayList<>(factors);
        rest.remove(k);
        BigOp renamed = clearOf(s, Terms.times(rest));
        rest.add(0, renamed.body());
        return Rewrite.of(new BigOp(BigOp.Kind.SUM, renamed.index(), s.lo(), s.hi(), s.except(),
            new Integral(i.vars(), Terms.times(rest))), "range of " + renamed.index().name()
            + " free of the integration variables");
      }
    }
    Factors split = Factors.split(i.body(), f -> Dependence.freeOf(f, i.vars(), ctx));
    if (split.matching().isEmpty() || split.others().isEmpty()) {
      return null; // nothing to take out, or nothing left to integrate (∫ c alone is not finite)
    }
    return Rewrite.of(Terms.times(split.matchingProduct(), new Integral(i.vars(), split.othersProduct())),
        Terms.show(split.matchingProduct()) + " free of the integration variables");
  }

  private Rewrite sum(BigOp b, Context ctx) {
    List<Term> summands = Factors.summands(b.body());
    if (summands.size() > 1) {
      List<Term> parts = new ArrayList<>();
      summands.forEach(s -> parts.add(new BigOp(b.kind(), b.index(), b.lo(), b.hi(), b.except(), s)));
      return Rewrite.of(Terms.plus(parts));
    }
    Factors split = Factors.split(b.body(), f -> Dependence.freeOf(f, b.index(), ctx));
    if (split.matching().isEmpty() || split.others().isEmpty()) {
      return null; // a constant sum is sum_const's business
    }
    return Rewrite.of(Terms.times(split.matchingProduct(),
        new BigOp(b.kind(), b.index(), b.lo(), b.hi(), b.except(), split.othersProduct())),
        Terms.show(split.matchingProduct()) + " free of " + b.index().name());
  }

  /** The bounds and the left-out value of a sum, as one term (for a freeness test). */
  private static Term range(BigOp s) {
    List<Term> parts = new ArrayList<>(List.of(s.lo(), s.hi()));
    if (s.hasExcept()) {
      parts.add(s.except());
    }
    return Terms.times(parts);
  }

  /** {@code s} with its index renamed if {@code other} mentions the same variable (so that moving it in is safe). */
  static BigOp clearOf(BigOp s, Term other) {
    if (!Terms.occurs(s.index(), other)) {
      return s;
    }
    Var fresh = Terms.fresh(s.index());
    return new BigOp(s.kind(), fresh, s.lo(), s.hi(), s.except(),
        Terms.substitute(s.body(), Map.of(s.index(), fresh)));
  }
}

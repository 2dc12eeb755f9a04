package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Binders;
import deriv.kernel.Context;
import deriv.kernel.Family;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.List;

/**
 * A product {@code Π_{j=lo..hi} g} read as a function of one member of a family: {@code g = f(x[j])}. The shared
 * check of factorise, marginal and sift: the product runs over exactly the family's declared range, and g touches
 * the family only at the product's own index j (so each factor involves exactly one member, each member once).
 */
final class FamilyProducts {
  private FamilyProducts() {}

  /**
   * g with {@code x[j]} replaced by {@code point}, or null when the product does not cover the family's range, g
   * does not use x[j], or g touches the family other than at x[j] (checked with definitions unfolded).
   */
  static Term memberFunction(BigOp product, Var family, Var point, Context ctx, Prover p) {
    Family f = ctx.family(family).orElse(null);
    if (f == null || f.element() != point.sort() || !Ranges.coversFamily(product, f, ctx, p)) {
      return null;
    }
    Term g = Dependence.replace(product.body(), Dependence.member(family, product.index()), point);
    // the member must occur (else its integral is ∫ 1 = ∞) and nothing else of the family may
    return Terms.occurs(point, g) && Dependence.freeOf(g, family, ctx) ? g : null;
  }

  /** Tonelli's hypothesis: the product's factor is proved ≥ 0 (definitions unfolded), in the product's scope. */
  static boolean nonNegative(BigOp product, Context ctx, Prover p) {
    Context inner = Binders.bodyContext(product, ctx);
    return Dependence.isNonNegative(product.body(), inner, p);
  }

  /** The families among an integral's variables. */
  static List<Var> families(List<Var> vars, Context ctx) {
    return vars.stream().filter(v -> ctx.family(v).isPresent()).toList();
  }
}

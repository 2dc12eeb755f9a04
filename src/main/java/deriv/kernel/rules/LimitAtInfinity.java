package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Signs;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The kernel's own proof of lim_{x→∞} F(x) = L, for {@code ftc} on an improper interval (Symja's Limit is not used:
 * docs/rules.md). Small on purpose: F, definitions unfolded, is multiplied out into a sum of products; the summands
 * free of x add up to L, and every other summand must tend to 0 by one of two facts:
 * <ul>
 *   <li>c·x^k·B·exp(E) → 0 for a real constant k, a bounded B (a product of sines and cosines of real arguments),
 *       and E a polynomial in x of degree ≤ 2 whose leading coefficient is proved negative (e^(−a·x) with a &gt; 0,
 *       e^(−a·x²) with a &gt; 0): |x^k·e^E| ≤ x^k·e^(−c·x) for large x, and x^k·e^(−c·x) → 0;</li>
 *   <li>c·x^k·B → 0 for k proved negative (1/x, x^(−1/2)), B bounded as above.</li>
 * </ul>
 * Anything else (ln x, x, sin x alone, x^k·e^(−a·x) with the sign of a unknown) is refused with the summand named:
 * a limit that is not proved is never assumed. A sum of summands that each tend to 0 tends to 0, so the limit of F
 * is L.
 */
final class LimitAtInfinity {
  /** At most this many summands once multiplied out. */
  private static final int MAX_SUMMANDS = 64;

  private LimitAtInfinity() {}

  /**
   * lim_{x→∞} f, or null with the reason in {@code why[0]}; {@code outer} holds the conditions on the other symbols
   * (none on x). {@code limit} names the limit in the message ("the limit of F as x → −∞"), and {@code shown} maps a
   * term in x back to the author's variable for it.
   */
  static Term limit(Term f, Var x, String limit, java.util.function.UnaryOperator<Term> shown, Context outer,
      Prover p, String[] why) {
    Context ctx = outer.with(x);
    List<List<Term>> summands = expand(Terms.unfold(f, ctx));
    if (summands == null) {
      why[0] = limit + " is not proved: it has more than " + MAX_SUMMANDS + " terms multiplied out";
      return null;
    }
    List<Term> constant = new ArrayList<>();
    for (List<Term> factors : summands) {
      Term summand = Terms.times(factors);
      if (!Terms.occurs(x, summand)) {
        constant.add(summand);
        continue;
      }
      String no = vanishes(factors, x, ctx, p);
      if (no != null) {
        why[0] = limit + " is not proved: " + Terms.show(shown.apply(summand)) + " is not shown to tend to 0 ("
            + no + ")";
        return null;
      }
    }
    return constant.isEmpty() ? Num.ZERO : Terms.plus(constant);
  }

  /** t multiplied out: a sum of products, each a list of factors; null beyond {@link #MAX_SUMMANDS}. */
  private static List<List<Term>> expand(Term t) {
    if (t instanceof Op o && o.head() == Head.PLUS) {
      List<List<Term>> out = new ArrayList<>();
      for (Term a : o.args()) {
        List<List<Term>> e = expand(a);
        if (e == null || out.size() + e.size() > MAX_SUMMANDS) {
          return null;
        }
        out.addAll(e);
      }
      return out;
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      List<List<Term>> out = List.of(List.of());
      for (Term a : o.args()) {
        List<List<Term>> e = expand(a);
        if (e == null || out.size() * e.size() > MAX_SUMMANDS) {
          return null;
        }
        List<List<Term>> next = new ArrayList<>();
        for (List<Term> left : out) {
          for (List<Term> right : e) {
            List<Term> both = new ArrayList<>(left);
            both.addAll(right);
            next.add(both);
          }
        }
        out = next;
      }
      return out;
    }
    if (t instanceof Op o && o.head() == Head.POWER && o.arg(1) instanceof Num n && n.isInteger()) {
      int k = n.numerator().intValue();
      if (o.arg(0) instanceof Op b && b.head() == Head.PLUS && n.signum() > 0 && n.numerator().bitLength() < 4) {
        List<Term> copies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          copies.add(b);
        }
        return expand(new Op(Head.TIMES, copies));
      }
      if (o.arg(0) instanceof Op b && b.head() == Head.TIMES) { // (c·x)^k = c^k·x^k for an integer k
        return expand(new Op(Head.TIMES, b.args().stream().map(f -> Terms.pow(f, n)).toList()));
      }
    }
    List<List<Term>> one = new ArrayList<>();
    one.add(List.of(t));
    return one;
  }

  /** Null when the product of {@code factors} tends to 0 as x → ∞ (the class comment); else why not. */
  private static String vanishes(List<Term> factors, Var x, Context ctx, Prover p) {
    List<Term> degree = new ArrayList<>();
    List<Term> exponent = new ArrayList<>();
    for (Term f : factors) {
      if (!Terms.occurs(x, f)) {
        continue; // a constant factor
      }
      if (f.equals(x)) {
        degree.add(Num.ONE);
      } else if (f instanceof Op o && o.head() == Head.POWER && o.arg(0).equals(x) && !Terms.occurs(x, o.arg(1))) {
        if (!Signs.isReal(o.arg(1), ctx)) {
          return "the exponent " + Terms.show(o.arg(1)) + " is not shown real";
        }
        degree.add(o.arg(1));
      } else if (f instanceof Op o && o.head() == Head.SQRT && o.arg(0).equals(x)) {
        degree.add(Num.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO));
      } else if (f instanceof Op o && o.head() == Head.EXP) {
        exponent.add(o.arg(0));
      } else if (f instanceof Op o && (o.head() == Head.SIN || o.head() == Head.COS)) {
        if (!Signs.isReal(o.arg(0), ctx)) {
          return "the argument of " + Terms.show(f) + " is not shown real";
        }
      } else {
        return "deriv knows no limit of its factor " + Terms.show(f);
      }
    }
    Term k = degree.isEmpty() ? Num.ZERO : Terms.plus(degree);
    if (exponent.isEmpty()) {
      return Signs.isPositive(Terms.neg(k), ctx, p) ? null : degree.isEmpty() ? "no factor of it decays"
          : "its power of " + x.name() + " is " + Terms.show(k) + ", not proved negative";
    }
    return towardsMinusInfinity(Terms.plus(exponent), x, ctx, p);
  }

  /**
   * Null when e, a polynomial in x of degree at most 2, has its leading coefficient proved negative (so e → −∞ at
   * least linearly, and e^e beats every power of x); else why not.
   */
  private static String towardsMinusInfinity(Term e, Var x, Context ctx, Prover p) {
    if (!isPolynomial(e, x)) {
      return "the exponent " + Terms.show(e) + " is not a polynomial in " + x.name();
    }
    Term e0 = at(e, x, 0);
    Term e1 = at(e, x, 1);
    Term e2 = at(e, x, 2);
    // e = c0 + c1·x + c2·x² through the values at 0, 1, 2
    Term c2 = Terms.times(Num.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO),
        Terms.plus(e2, Terms.times(Num.of(-2), e1), e0));
    Term c1 = Terms.minus(Terms.minus(e1, e0), c2);
    Term quadratic = Terms.plus(e0, Terms.times(c1, x), Terms.times(c2, Terms.pow(x, Num.of(2))));
    if (!Algebra.provablyEqual(e, quadratic, ctx, p)) {
      return "the exponent " + Terms.show(e) + " is not shown of degree at most 2 in " + x.name();
    }
    if (Signs.isPositive(Terms.neg(c2), ctx, p)) {
      return null;
    }
    boolean linear = Algebra.provablyEqual(c2, Num.ZERO, ctx, p);
    if (linear && Signs.isPositive(Terms.neg(c1), ctx, p)) {
      return null;
    }
    Term leading = linear ? c1 : c2;
    return "the coefficient of " + x.name() + (linear ? "" : "^2") + " in the exponent " + Terms.show(e) + " is "
        + p.symja().residual(Terms.unfold(leading, ctx)) + ", not proved negative";
  }

  /** Built from x and x-free terms by +, · and powers with natural-number exponents. */
  private static boolean isPolynomial(Term t, Var x) {
    if (!Terms.occurs(x, t) || t.equals(x)) {
      return true;
    }
    if (t instanceof Op o && (o.head() == Head.PLUS || o.head() == Head.TIMES)) {
      return o.args().stream().allMatch(a -> isPolynomial(a, x));
    }
    return t instanceof Op o && o.head() == Head.POWER && o.arg(1) instanceof Num n && n.isInteger()
        && n.signum() > 0 && isPolynomial(o.arg(0), x);
  }

  private static Term at(Term t, Var x, long value) {
    return Terms.substitute(t, Map.of(x, Num.of(value)));
  }
}

package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Head;
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
 * The Gaussian integrals {@code ∫_R exp(−a·u²) du = √(π/a)} and {@code ∫_{R³} exp(−a·|u|²) d³u = (π/a)^(3/2)},
 * for a > 0 proved.
 *
 * <p>The coefficient is read off the exponent e: u must occur in e only as u (resp. |u|); with s a fresh real for u
 * (resp. |u|), a is read off e (the other factors of a product with s², or −e(s=1)), must be free of s, and
 * e = −a·s² must be proved by algebra. So the exponent is exactly −a·u² — no linear term, no other dependence on u.
 */
final class Gaussian implements Rule {
  @Override
  public String name() {
    return "gaussian";
  }

  @Override
  public String theorem() {
    return "∫_R exp(−a·u²) du = ∫_{−∞}^∞ exp(−a·u²) du = √(π/a), ∫_0^∞ exp(−a·u²) du = √(π/a)/2, "
        + "∫_{R³} exp(−a·|u|²) d³u = (π/a)^(3/2), a > 0, a free of u";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (t instanceof DefiniteIntegral d) {
      return improper(d, ctx, p);
    }
    if (!(t instanceof Integral i) || i.vars().size() != 1 || !(i.body() instanceof Op e) || e.head() != Head.EXP) {
      return null;
    }
    Var u = i.vars().get(0);
    if (u.sort() != Sort.SCALAR && u.sort() != Sort.VECTOR) {
      return null;
    }
    Var s = Dependence.fresh("s", Sort.SCALAR);
    Term exponent = Dependence.flat(Dependence.replace(e.arg(0), radius(u), s));
    if (!Dependence.freeOf(exponent, u, ctx)) {
      return null; // u occurs other than through |u|
    }
    Term a = squareCoefficient(exponent, s, ctx, p);
    if (a == null) {
      return null;
    }
    // (π/a)^(3/2) written as π^(3/2)·a^(−3/2) (equal for a > 0), which algebra compares more easily
    Num power = u.sort() == Sort.VECTOR ? Terms.num(3, 2) : Terms.num(1, 2);
    Term value = Terms.times(Terms.pow(Terms.op(Head.PI), power), Terms.pow(a, Terms.num(-power.numerator().intValue(),
        power.denominator().intValue())));
    return Rewrite.of(value, "coefficient " + Terms.show(a) + " > 0");
  }

  /**
   * The improper integrals ∫_{−∞}^∞ exp(−a·u²) du = √(π/a) and ∫_0^∞ exp(−a·u²) du = ∫_{−∞}^0 exp(−a·u²) du = √(π/a)/2
   * (each converges for a &gt; 0; the integrand is even), the coefficient read off as for ∫_R. Null on other bounds.
   */
  private static Rewrite improper(DefiniteIntegral d, Context ctx, Prover p) {
    boolean whole = DefiniteIntegral.isMinusInfinity(d.lo()) && DefiniteIntegral.isPlusInfinity(d.hi());
    boolean half = DefiniteIntegral.isMinusInfinity(d.lo()) && Num.ZERO.equals(d.hi())
        || Num.ZERO.equals(d.lo()) && DefiniteIntegral.isPlusInfinity(d.hi());
    if (!(whole || half) || !(d.body() instanceof Op e) || e.head() != Head.EXP) {
      return null;
    }
    Var s = Dependence.fresh("s", Sort.SCALAR);
    Term exponent = Dependence.flat(Dependence.replace(e.arg(0), d.var(), s));
    if (!Dependence.freeOf(exponent, d.var(), ctx)) {
      return null;
    }
    Term a = squareCoefficient(exponent, s, ctx, p);
    if (a == null) {
      return null;
    }
    Num half1 = Terms.num(1, 2);
    Term value = Terms.times(Terms.pow(Terms.op(Head.PI), half1), Terms.pow(a, Terms.num(-1, 2)));
    return Rewrite.of(half ? Terms.times(half1, value) : value, "coefficient " + Terms.show(a) + " > 0");
  }

  /** What the integrand depends on: u itself on R, |u| on R³. */
  static Term radius(Var u) {
    return u.sort() == Sort.VECTOR ? Terms.op(Head.NORM, u) : u;
  }

  /**
   * The coefficient a of an exponent written in a fresh real s (standing for u or |u|): the a free of s with
   * exponent = −a·s² proved by algebra (an identity in s, so no linear term) and a > 0 proved, or null. The
   * candidate read off a product may still contain s (−b·e^s·s² gives b·e^s): then the exponent is no Gaussian.
   */
  static Term squareCoefficient(Term exponent, Var s, Context ctx, Prover p) {
    Term a = coefficient(exponent, s);
    if (Terms.freeVars(a).contains(s)) {
      return null;
    }
    boolean exact = Algebra.provablyEqual(exponent, Terms.neg(Terms.times(a, Terms.pow(s, Terms.num(2)))),
        ctx.with(s), p);
    return exact && Dependence.isPositive(a, ctx, p) ? a : null;
  }

  /**
   * The candidate a with exponent = −a·s²: the other factors of a product containing s² and a negative number, or
   * else −exponent(s = 1). Either way the caller proves exponent = −a·s².
   */
  private static Term coefficient(Term exponent, Var s) {
    List<Term> factors = Factors.of(exponent);
    Term square = Terms.pow(s, Terms.num(2));
    int at = factors.indexOf(square);
    int sign = -1;
    for (int k = 0; k < factors.size(); k++) {
      if (factors.get(k) instanceof Num n && n.signum() < 0) {
        sign = k;
      }
    }
    if (at < 0 || sign < 0) {
      return Dependence.flat(Terms.neg(Terms.substitute(exponent, Map.of(s, Num.ONE))));
    }
    List<Term> rest = new ArrayList<>();
    for (int k = 0; k < factors.size(); k++) {
      if (k == sign) {
        Num n = (Num) factors.get(k);
        if (!n.equals(Num.MINUS_ONE)) {
          rest.add(Num.of(n.numerator().negate(), n.denominator()));
        }
      } else if (k != at) {
        rest.add(factors.get(k));
      }
    }
    return Terms.times(rest);
  }
}

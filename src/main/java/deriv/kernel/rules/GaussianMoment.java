package deriv.kernel.rules;

import deriv.kernel.Context;
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
import java.util.List;

/**
 * Moments of the Gaussian, for a > 0 proved:
 *
 * <ul>
 *   <li>{@code ∫_{R³} |u|^k exp(−a·|u|²) d³u = 2π·Γ((k+3)/2)/a^((k+3)/2)} for k = 1, 2, that is {@code 2π/a²} and
 *       {@code (3/2)·π^(3/2)/a^(5/2)} (spherical coordinates: 4π ∫_0^∞ r^(k+2) e^(−a r²) dr);
 *   <li>{@code ∫_R u² exp(−a·u²) du = √π/(2·a^(3/2))}.
 * </ul>
 *
 * <p>Side conditions: the integral is over the one variable u; with u (on R) or |u| (on R³) replaced by a fresh
 * real s, the integrand must be free of u and be exactly the two factors s^k and exp(e); the coefficient a is read
 * off e as {@link Gaussian} does (e = −a·s² proved by algebra, a > 0 proved). The odd moment on R (zero) and |u| on
 * R are not covered.
 */
final class GaussianMoment implements Rule {
  @Override
  public String name() {
    return "gaussian_moment";
  }

  @Override
  public String theorem() {
    return "∫_{R³} |u|·exp(−a|u|²) d³u = 2π/a², ∫_{R³} |u|²·exp(−a|u|²) d³u = (3/2)·π^(3/2)/a^(5/2),"
        + " ∫_R u²·exp(−a·u²) du = √π/(2·a^(3/2)), a > 0, a free of u";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof Integral i) || i.vars().size() != 1) {
      return null;
    }
    Var u = i.vars().get(0);
    if (u.sort() != Sort.SCALAR && u.sort() != Sort.VECTOR) {
      return null;
    }
    Var s = Dependence.fresh("s", Sort.SCALAR);
    Term body = Dependence.flat(Dependence.replace(i.body(), Gaussian.radius(u), s));
    if (!Dependence.freeOf(body, u, ctx)) {
      return null; // u occurs other than through |u|
    }
    List<Term> factors = Factors.of(body);
    if (factors.size() != 2) {
      return null;
    }
    int at = Terms.isOp(factors.get(0), Head.EXP) ? 0 : 1;
    if (!Terms.isOp(factors.get(at), Head.EXP)) {
      return null;
    }
    int k = power(factors.get(1 - at), s);
    boolean vector = u.sort() == Sort.VECTOR;
    if (vector ? k != 1 && k != 2 : k != 2) {
      return null;
    }
    Term a = Gaussian.squareCoefficient(((Op) factors.get(at)).arg(0), s, ctx, p);
    if (a == null) {
      return null;
    }
    return Rewrite.of(value(vector, k, a), "moment " + k + ", coefficient " + Terms.show(a) + " > 0");
  }

  /** k when {@code t} is s or s^k for a positive integer k, else 0. */
  private static int power(Term t, Var s) {
    if (t.equals(s)) {
      return 1;
    }
    if (Terms.isOp(t, Head.POWER) && ((Op) t).arg(0).equals(s) && ((Op) t).arg(1) instanceof Num n
        && n.isInteger() && n.signum() > 0 && n.numerator().bitLength() < 8) {
      return n.numerator().intValue();
    }
    return 0;
  }

  /** 2π/a², (3/2)·π^(3/2)·a^(−5/2) on R³; (1/2)·π^(1/2)·a^(−3/2) on R. */
  private static Term value(boolean vector, int k, Term a) {
    Term pi = Terms.op(Head.PI);
    if (!vector) {
      return Terms.times(Terms.num(1, 2), Terms.pow(pi, Terms.num(1, 2)), Terms.pow(a, Terms.num(-3, 2)));
    }
    if (k == 1) {
      return Terms.times(Terms.num(2), pi, Terms.pow(a, Terms.num(-2)));
    }
    return Terms.times(Terms.num(3, 2), Terms.pow(pi, Terms.num(3, 2)), Terms.pow(a, Terms.num(-5, 2)));
  }
}

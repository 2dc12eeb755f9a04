package deriv.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's own derivative of a binder-free term, by the textbook rules (sum, product, chain; powers, exp, ln, √,
 * sin, cos, tan), so that the sign analysis can read {@code d/dx f} on an interval: {@code d/dθ cos θ} is
 * {@code −sin θ}, which is ≤ 0 where 0 ≤ θ ≤ π. The result is the derivative wherever f is differentiable; where the
 * formula itself is undefined (1/(2√u) at u = 0) the sign analysis finds no sign, as for any undefined term. A term
 * with a declared function, a family member, a binder, |·|, δ or x! that depends on x has no derivative here (null).
 */
final class Derivatives {
  private Derivatives() {}

  /** d/dx t, definitions unfolded first; null when a part that depends on x is outside the rules. */
  static Term of(Term t, Var x, Context ctx) {
    return d(Terms.unfold(t, ctx), x, ctx);
  }

  private static Term d(Term t, Var x, Context ctx) {
    if (!Terms.occurs(x, t)) {
      // an unfolded term: a variable that still has a definition would hide x (unfold leaves none; refuse if it did)
      return Terms.contains(t, s -> s instanceof Var v && ctx.definition(v).isPresent()) ? null : Num.ZERO;
    }
    if (t instanceof Var) {
      return t.equals(x) ? Num.ONE : null;
    }
    if (!(t instanceof Op o)) {
      return null; // a declared function, a family member or a binder that depends on x
    }
    switch (o.head()) {
      case PLUS: {
        List<Term> terms = new ArrayList<>();
        for (Term a : o.args()) {
          Term da = d(a, x, ctx);
          if (da == null) {
            return null;
          }
          if (!isZero(da)) {
            terms.add(da);
          }
        }
        return Terms.plus(terms);
      }
      case TIMES: {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < o.args().size(); i++) {
          Term da = d(o.arg(i), x, ctx);
          if (da == null) {
            return null;
          }
          if (!isZero(da)) {
            List<Term> factors = new ArrayList<>(o.args());
            factors.set(i, da);
            terms.add(Terms.times(factors));
          }
        }
        return Terms.plus(terms);
      }
      case POWER: {
        Term base = o.arg(0);
        Term exponent = o.arg(1);
        Term db = d(base, x, ctx);
        Term de = d(exponent, x, ctx);
        if (db == null || de == null) {
          return null;
        }
        if (isZero(de)) { // (u^n)' = n·u^(n−1)·u'
          return chain(Terms.times(exponent, Terms.pow(base, Terms.plusNumber(exponent, Num.MINUS_ONE))), db);
        }
        // (u^v)' = u^v·(v'·ln u + v·u'/u), for u > 0 (ln u has no sign analysis elsewhere)
        return Terms.times(t, Terms.plus(Terms.times(de, Terms.log(base)),
            Terms.times(exponent, db, Terms.pow(base, Num.MINUS_ONE))));
      }
      case EXP:
        return unary(o, t, x, ctx);
      case LOG:
        return unary(o, Terms.pow(o.arg(0), Num.MINUS_ONE), x, ctx);
      case SQRT:
        return unary(o, Terms.pow(Terms.times(Num.of(2), t), Num.MINUS_ONE), x, ctx);
      case SIN:
        return unary(o, Terms.op(Head.COS, o.arg(0)), x, ctx);
      case COS:
        return unary(o, Terms.neg(Terms.op(Head.SIN, o.arg(0))), x, ctx);
      case TAN:
        return unary(o, Terms.pow(Terms.op(Head.COS, o.arg(0)), Num.of(-2)), x, ctx);
      default:
        return null; // |·| (not differentiable at 0), δ, the norm, x!, a derivative of a derivative
    }
  }

  /** f'(u)·u' for f(u) = o, with f' given. */
  private static Term unary(Op o, Term outer, Var x, Context ctx) {
    Term inner = d(o.arg(0), x, ctx);
    return inner == null ? null : chain(outer, inner);
  }

  private static Term chain(Term outer, Term inner) {
    return inner.equals(Num.ONE) ? outer : Terms.times(outer, inner);
  }

  private static boolean isZero(Term t) {
    return t instanceof Num n && n.signum() == 0;
  }
}

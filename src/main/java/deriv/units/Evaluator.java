package deriv.units;

import deriv.kernel.BigOp;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.HashMap;
import java.util.Map;

/**
 * The value of a kernel term with definitions unfolded, given the values (in coherent SI units) of its free
 * variables. Exact rationals for sums, products and whole powers; doubles for ln, exp, √, trigonometric functions and
 * other powers. A small evaluator of its own: it produces output and is never called by the kernel.
 */
final class Evaluator {
  /** Whole powers up to this are exact; sums and products over more terms than this are refused. */
  private static final int MAX_EXACT_POWER = 1000;
  private static final int MAX_TERMS = 100_000;

  private final Map<Var, Numeric> bound = new HashMap<>();
  private final Map<String, Numeric> free;

  /** {@code free}: values by (canonical) variable name. */
  Evaluator(Map<String, Numeric> free) {
    this.free = free;
  }

  Numeric eval(Term t) {
    if (t instanceof Num n) {
      return Numeric.of(new Rational(n.numerator(), n.denominator()));
    }
    if (t instanceof Var v) {
      Numeric x = bound.containsKey(v) ? bound.get(v) : free.get(v.name());
      if (x == null) {
        throw new EvalException("no value for " + v.name());
      }
      return x;
    }
    if (t instanceof Op op) {
      return op(op);
    }
    if (t instanceof BigOp b) {
      return bigOp(b);
    }
    throw new EvalException("cannot evaluate " + Terms.show(t) + " numerically (integrals, families and undefined "
        + "functions have no value here)");
  }

  private Numeric op(Op op) {
    switch (op.head()) {
      case PLUS: {
        Numeric sum = Numeric.of(Rational.ZERO);
        for (Term a : op.args()) {
          sum = sum.plus(eval(a));
        }
        return sum;
      }
      case TIMES: {
        Numeric product = Numeric.of(Rational.ONE);
        for (Term a : op.args()) {
          product = product.times(eval(a));
        }
        return product;
      }
      case POWER:
        return power(eval(op.arg(0)), eval(op.arg(1)));
      case PI:
        return Numeric.approximately(Math.PI);
      case ABS: {
        Numeric x = eval(op.arg(0));
        return x.isExact() ? Numeric.of(x.exact().signum() < 0 ? x.exact().negate() : x.exact())
            : Numeric.approximately(Math.abs(x.approx()));
      }
      case EXP:
        return Numeric.approximately(Math.exp(eval(op.arg(0)).approx()));
      case LOG: {
        double x = eval(op.arg(0)).approx();
        if (!(x > 0)) {
          throw new EvalException("the logarithm of " + x + " is not a real number");
        }
        return Numeric.approximately(Math.log(x));
      }
      case SQRT: {
        double x = eval(op.arg(0)).approx();
        if (x < 0) {
          throw new EvalException("the square root of " + x + " is not a real number");
        }
        return Numeric.approximately(Math.sqrt(x));
      }
      case SIN:
        return Numeric.approximately(Math.sin(eval(op.arg(0)).approx()));
      case COS:
        return Numeric.approximately(Math.cos(eval(op.arg(0)).approx()));
      case TAN:
        return Numeric.approximately(Math.tan(eval(op.arg(0)).approx()));
      default:
        throw new EvalException("cannot evaluate " + Terms.show(op) + " numerically");
    }
  }

  private static Numeric power(Numeric base, Numeric exponent) {
    if (base.isExact() && exponent.isExact() && exponent.exact().isInteger()
        && exponent.exact().numerator().abs().intValue() <= MAX_EXACT_POWER
        && exponent.exact().numerator().bitLength() < 31) {
      int n = exponent.exact().numerator().intValue();
      if (base.exact().signum() == 0 && n < 0) {
        throw new EvalException("division by zero");
      }
      long bits = (long) (base.exact().numerator().bitLength() + base.exact().denominator().bitLength()) * Math.abs(n);
      if (bits <= Numeric.MAX_EXACT_BITS) {
        return Numeric.of(base.exact().pow(n));
      }
    }
    return Numeric.approximately(Math.pow(base.approx(), exponent.approx()));
  }

  private Numeric bigOp(BigOp b) {
    long lo = integer(eval(b.lo()));
    long hi = integer(eval(b.hi()));
    if (hi - lo + 1 > MAX_TERMS) {
      throw new EvalException("a sum or product over more than " + MAX_TERMS + " terms");
    }
    Long except = b.hasExcept() ? integer(eval(b.except())) : null;
    boolean sum = b.kind() == BigOp.Kind.SUM;
    Numeric out = Numeric.of(sum ? Rational.ZERO : Rational.ONE);
    try {
      for (long i = lo; i <= hi; i++) {
        if (except != null && except == i) {
          continue;
        }
        bound.put(b.index(), Numeric.of(Rational.of(i)));
        Numeric x = eval(b.body());
        out = sum ? out.plus(x) : out.times(x);
      }
    } finally {
      bound.remove(b.index());
    }
    return out;
  }

  private static long integer(Numeric x) {
    if (!x.isExact() || !x.exact().isInteger() || x.exact().numerator().bitLength() > 40) {
      throw new EvalException("a summation bound must be a whole number, not " + x.approx());
    }
    return x.exact().numerator().longValue();
  }
}

package deriv.kernel.symja;

import deriv.kernel.BigOp;
import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.math.BigInteger;

/**
 * Powers Symja computes wrongly. Symja 3.0.0 raises a number to an integer power of 2^63 or more with the exponent
 * reduced modulo 2^64: (3/2)^(2^64) is 1, (3/2)^(2^64 − 1) is 2/3, and e^(2^64·ln(3/2)) is 1 too (it becomes the
 * power). Such a power or exponential is never handed to Symja as it stands: a proof takes it as an opaque atom (an
 * arbitrary value, so nothing false follows), a numeric test cannot evaluate it. The bound is 2^31 for the size an
 * exponent can reach, counting nested powers by the product of their exponents ((x^a)^b is x^(a·b) to Symja).
 */
final class HugeExponents {
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(31);
  private static final BigInteger OVER = LIMIT.add(BigInteger.ONE);

  private HugeExponents() {}

  /** Whether the power or exponential {@code o} may reach an exponent beyond the bound. */
  static boolean beyondSymja(Term t) {
    if (t instanceof Op o && (o.head() == Head.POWER || o.head() == Head.EXP)) {
      return size(t).compareTo(LIMIT) > 0;
    }
    return false;
  }

  /** A bound on the exponents {@code t} can produce: exponent sizes multiplied through nested powers. */
  private static BigInteger size(Term t) {
    BigInteger inner = BigInteger.ONE;
    if (t instanceof Op o && o.head() == Head.POWER) {
      return magnitude(o.arg(1)).multiply(size(o.arg(0)).max(size(o.arg(1))));
    }
    if (t instanceof Op o && o.head() == Head.EXP) {
      return magnitude(o.arg(0)).multiply(size(o.arg(0)));
    }
    for (Term c : Terms.children(t)) {
      inner = inner.max(size(c));
    }
    return inner;
  }

  /**
   * A bound on the numbers Symja may form from an exponent, rounded up and saturating just above the limit:
   * literals, their products and sums (2^31·y·2^31·4 becomes 2^64·y once Symja gathers the factors), integer
   * powers of them. Variables count 1 (a numeric test puts their values in first). Denominators do not count:
   * Symja splits p/q into its integer part and a root, and (3/2)^(1/2^64) is computed right.
   */
  private static BigInteger magnitude(Term e) {
    if (e instanceof Num n) {
      return size(n);
    }
    if (e instanceof Var) {
      return BigInteger.ONE;
    }
    if (e instanceof BigOp b) {
      return bigOp(b);
    }
    if (!(e instanceof Op o)) { // a function's or family's value: as large as its arguments say
      return largestChild(e);
    }
    switch (o.head()) {
      case TIMES:
      case PLUS: {
        BigInteger acc = o.head() == Head.TIMES ? BigInteger.ONE : BigInteger.ZERO;
        for (Term c : o.args()) {
          BigInteger m = magnitude(c);
          acc = saturate(o.head() == Head.TIMES ? acc.multiply(m) : acc.add(m));
        }
        return acc.max(BigInteger.ONE);
      }
      case POWER:
        return power(o);
      case EXP: { // e^m: e^22 is above 2^31 already (exp(64·ln 2) is 2^64)
        BigInteger m = magnitude(o.arg(0));
        return m.compareTo(BigInteger.valueOf(21)) > 0 ? OVER
            : saturate(BigInteger.valueOf((long) Math.ceil(Math.exp(m.doubleValue()))));
      }
      case LOG:
        return BigInteger.valueOf(magnitude(o.arg(0)).bitLength()).max(BigInteger.ONE);
      case SQRT:
        return magnitude(o.arg(0)).sqrt().add(BigInteger.ONE);
      case SIN:
      case COS:
        return BigInteger.ONE;
      case FACTORIAL: { // m! ≤ m^m
        BigInteger m = magnitude(o.arg(0));
        return m.compareTo(BigInteger.valueOf(64)) > 0 ? OVER : saturate(m.pow(m.intValueExact()));
      }
      default:
        return largestChild(o);
    }
  }

  private static BigInteger power(Op o) {
    Num closed = Terms.rationalValue(o);
    if (closed != null) {
      return saturate(size(closed)); // 10^-70 is below 1, 2^64 is not
    }
    Num k = Terms.rationalValue(o.arg(1));
    if (k == null) {
      BigInteger base = magnitude(o.arg(0));
      return base.equals(BigInteger.ONE) ? magnitude(o.arg(1)) : OVER;
    }
    // a negative power is as large as its base is small: (√2·y/2^41)^-2 is 2^81/y²·… once Symja cancels
    BigInteger base = k.signum() < 0 ? reciprocal(o.arg(0)) : magnitude(o.arg(0));
    BigInteger times = size(k);
    if (base.equals(BigInteger.ONE)) {
      return BigInteger.ONE;
    }
    return times.compareTo(BigInteger.valueOf(64)) > 0 ? OVER : saturate(base.pow(times.intValueExact()));
  }

  /**
   * A bound on 1/|t|: numbers and their products, roots and powers; a variable counts 1. A sum, a sine or anything
   * else may come near 0, so its reciprocal is unbounded.
   */
  private static BigInteger reciprocal(Term t) {
    if (t instanceof Num n) {
      return n.signum() == 0 ? OVER : size(Num.of(n.denominator(), n.numerator().abs()));
    }
    if (t instanceof Var) {
      return BigInteger.ONE;
    }
    if (!(t instanceof Op o)) {
      return OVER;
    }
    Num closed = Terms.rationalValue(o);
    if (closed != null) {
      return reciprocal(closed);
    }
    switch (o.head()) {
      case TIMES: {
        BigInteger acc = BigInteger.ONE;
        for (Term c : o.args()) {
          acc = saturate(acc.multiply(reciprocal(c)));
        }
        return acc;
      }
      case SQRT:
        return reciprocal(o.arg(0));
      case POWER: {
        Num k = Terms.rationalValue(o.arg(1));
        if (k == null || size(k).compareTo(BigInteger.valueOf(64)) > 0) {
          return OVER;
        }
        BigInteger base = k.signum() < 0 ? magnitude(o.arg(0)) : reciprocal(o.arg(0));
        return saturate(base.pow(size(k).intValueExact()));
      }
      default:
        return OVER;
    }
  }

  /** A sum of literal bounds written out: its terms' size times their number; a product: to that power. */
  private static BigInteger bigOp(BigOp b) {
    Num lo = Terms.rationalValue(b.lo());
    Num hi = Terms.rationalValue(b.hi());
    BigInteger body = magnitude(b.body()).max(magnitude(b.lo())).max(magnitude(b.hi()));
    if (lo == null || hi == null) {
      return body; // symbolic bounds: an opaque atom in a proof; a numeric test judges it at the point's values
    }
    BigInteger count = size(hi.plus(lo.negate())).add(BigInteger.ONE);
    if (b.kind() == BigOp.Kind.SUM) {
      return saturate(body.multiply(count));
    }
    return body.equals(BigInteger.ONE) ? body
        : count.compareTo(BigInteger.valueOf(64)) > 0 ? OVER : saturate(body.pow(count.intValueExact()));
  }

  private static BigInteger largestChild(Term t) {
    BigInteger largest = BigInteger.ONE;
    for (Term c : Terms.children(t)) {
      largest = largest.max(magnitude(c));
    }
    return largest;
  }

  private static BigInteger saturate(BigInteger n) {
    return n.min(LIMIT.add(BigInteger.ONE));
  }

  /** |n| rounded up, at least 1. */
  private static BigInteger size(Num n) {
    BigInteger[] qr = n.numerator().abs().divideAndRemainder(n.denominator());
    return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).max(BigInteger.ONE);
  }

}

package deriv.kernel.symja;

import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Terms;
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
    if (!(e instanceof Op o)) {
      BigInteger largest = BigInteger.ONE;
      for (Term c : Terms.children(e)) {
        largest = largest.max(magnitude(c));
      }
      return largest;
    }
    if (o.head() == Head.TIMES || o.head() == Head.PLUS) {
      BigInteger acc = o.head() == Head.TIMES ? BigInteger.ONE : BigInteger.ZERO;
      for (Term c : o.args()) {
        BigInteger m = magnitude(c);
        acc = saturate(o.head() == Head.TIMES ? acc.multiply(m) : acc.add(m));
      }
      return acc.max(BigInteger.ONE);
    }
    if (o.head() == Head.POWER) {
      Num closed = Terms.rationalValue(o);
      if (closed != null) {
        return saturate(size(closed)); // 10^-70 is below 1, 2^64 is not
      }
      BigInteger base = magnitude(o.arg(0));
      Num k = Terms.rationalValue(o.arg(1));
      if (k != null && k.signum() < 0) {
        return BigInteger.ONE; // a negative power of a symbolic base: variables count 1
      }
      if (base.equals(BigInteger.ONE)) {
        return magnitude(o.arg(1));
      }
      if (k == null || k.numerator().abs().compareTo(BigInteger.valueOf(64)) > 0) {
        return saturate(LIMIT.add(BigInteger.ONE)).max(magnitude(o.arg(1)));
      }
      return saturate(base.pow(size(k).intValueExact()));
    }
    BigInteger largest = BigInteger.ONE;
    for (Term c : o.args()) {
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

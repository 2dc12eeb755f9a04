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
  static boolean beyondSymja(Op o) {
    if (o.head() == Head.POWER || o.head() == Head.EXP) {
      return size(o).compareTo(LIMIT) > 0;
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
   * The largest number in an exponent, rounded up: its literals, and the value of a closed rational part (2^64
   * written as a power). A closed rational part too large to compute is beyond every bound. Denominators do not
   * count: Symja splits p/q into its integer part and a root, and (3/2)^(1/2^64) is computed right.
   */
  private static BigInteger magnitude(Term e) {
    if (e instanceof Num n) {
      return size(n);
    }
    if (Terms.freeVars(e).isEmpty() && pureNumbers(e)) {
      Num value = Terms.rationalValue(e);
      if (value == null) {
        return LIMIT.add(BigInteger.ONE);
      }
      return size(value).max(largestLiteral(e));
    }
    return largestLiteral(e);
  }

  private static BigInteger largestLiteral(Term e) {
    BigInteger largest = BigInteger.ONE;
    if (e instanceof Num n) {
      return size(n);
    }
    for (Term c : Terms.children(e)) {
      largest = largest.max(magnitude(c));
    }
    return largest;
  }

  /** |n| rounded up, at least 1. */
  private static BigInteger size(Num n) {
    BigInteger[] qr = n.numerator().abs().divideAndRemainder(n.denominator());
    return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).max(BigInteger.ONE);
  }

  /** Built from numbers by +, × and powers only. */
  private static boolean pureNumbers(Term t) {
    if (t instanceof Num) {
      return true;
    }
    return t instanceof Op o && (o.head() == Head.PLUS || o.head() == Head.TIMES || o.head() == Head.POWER)
        && o.args().stream().allMatch(HugeExponents::pureNumbers);
  }
}

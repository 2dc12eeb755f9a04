package deriv.kernel;

import java.math.BigInteger;

/** An exact rational number, always in lowest terms with a positive denominator. */
public record Num(BigInteger numerator, BigInteger denominator) implements Term {
  public static final Num ZERO = of(0);
  public static final Num ONE = of(1);
  public static final Num MINUS_ONE = of(-1);

  public Num {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  public static Num of(long n) {
    return new Num(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Num of(BigInteger n, BigInteger d) {
    return new Num(n, d);
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  public int signum() {
    return numerator.signum();
  }

  public Num plus(Num o) {
    return of(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Num times(Num o) {
    return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  public Num negate() {
    return of(numerator.negate(), denominator);
  }

  public Num abs() {
    return of(numerator.abs(), denominator);
  }

  /** 1/this; this must not be 0. */
  public Num reciprocal() {
    return of(denominator, numerator);
  }

  /** Negative, zero or positive as this is below, equal to or above {@code o}. */
  public int compareTo(Num o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}

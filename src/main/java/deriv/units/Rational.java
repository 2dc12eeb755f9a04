package deriv.units;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact rational number in lowest terms (positive denominator): unit factors, exponents and exact values. */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
  public static final Rational ZERO = of(0);
  public static final Rational ONE = of(1);

  public Rational {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  public static Rational of(long n) {
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Rational of(long n, long d) {
    return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  public static Rational of(BigDecimal d) {
    return d.scale() >= 0
        ? new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
        : new Rational(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
  }

  /**
   * A decimal literal such as {@code 1.602176634e-19}, exactly; null when it is not one or is absurdly long or large
   * (the input is untrusted, and 1e999999999 would exhaust memory).
   */
  public static Rational decimal(String text) {
    if (text.length() > 100) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(text);
      return Math.abs((long) d.scale()) > 400 ? null : of(d);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public Rational plus(Rational o) {
    return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Rational minus(Rational o) {
    return plus(o.negate());
  }

  public Rational times(Rational o) {
    return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  public Rational over(Rational o) {
    return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  /** An integer power; the caller bounds the exponent. */
  public Rational pow(int n) {
    Rational base = n < 0 ? ONE.over(this) : this;
    int k = Math.abs(n);
    return new Rational(base.numerator.pow(k), base.denominator.pow(k));
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  public int signum() {
    return numerator.signum();
  }

  public double toDouble() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Rational o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}

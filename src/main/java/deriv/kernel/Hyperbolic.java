package deriv.kernel;

/**
 * sinh, cosh, tanh and coth as the kernel defines them: by exp, so that nothing new reaches the computer algebra
 * (which sees only Exp) and every fact about them comes from exp's. sinh x = (e^x − e^(−x))/2 has the sign of x
 * (the sign analysis reads k·e^a − k·e^b as the sign of k·(a − b)), cosh x = (e^x + e^(−x))/2 is positive, and
 * coth x = cosh x / sinh x is defined where its denominator e^x − e^(−x) is nonzero, that is for x ≠ 0.
 */
public final class Hyperbolic {
  private Hyperbolic() {}

  public static Term sinh(Term x) {
    return Terms.times(Num.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO), difference(x));
  }

  public static Term cosh(Term x) {
    return Terms.times(Num.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO), sum(x));
  }

  public static Term tanh(Term x) {
    return Terms.div(difference(x), sum(x));
  }

  public static Term coth(Term x) {
    return Terms.div(sum(x), difference(x));
  }

  /** e^x − e^(−x). */
  private static Term difference(Term x) {
    return Terms.minus(Terms.exp(x), Terms.exp(Terms.neg(x)));
  }

  /** e^x + e^(−x). */
  private static Term sum(Term x) {
    return Terms.plus(Terms.exp(x), Terms.exp(Terms.neg(x)));
  }
}

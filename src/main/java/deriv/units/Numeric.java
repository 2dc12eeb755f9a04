package deriv.units;

/**
 * A number met while evaluating: exact while only + · and whole powers were used, a double once a function such as
 * ln or exp was applied. Evaluation is output, not proof: nothing here is ever used by the kernel.
 */
record Numeric(Rational exact, double approx) {
  /** Exact values larger than this many bits continue as doubles: the input is untrusted. */
  static final long MAX_EXACT_BITS = 100_000;

  static Numeric of(Rational r) {
    if (r.numerator().bitLength() + r.denominator().bitLength() > MAX_EXACT_BITS) {
      return approximately(r.toDouble());
    }
    return new Numeric(r, r.toDouble());
  }

  static Numeric approximately(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new EvalException("the value is not a finite number");
    }
    return new Numeric(null, d);
  }

  boolean isExact() {
    return exact != null;
  }

  Numeric plus(Numeric o) {
    return isExact() && o.isExact() ? of(exact.plus(o.exact)) : approximately(approx + o.approx);
  }

  Numeric times(Numeric o) {
    return isExact() && o.isExact() ? of(exact.times(o.exact)) : approximately(approx * o.approx);
  }
}

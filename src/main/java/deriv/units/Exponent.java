package deriv.units;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The exponent of one base unit: a rational constant plus rational multiples of symbolic counts, {@code 3 + 3·N}.
 * A count is a declared integer name such as N (the number of particles, hi − lo + 1 of a family over 1..N).
 * Terms with a zero coefficient are dropped, so two exponents are equal for every value of the counts exactly when
 * they are equal as records: that is the canonical form two dimensions are compared by.
 */
public record Exponent(Rational constant, SortedMap<String, Rational> counts) {
  public static final Exponent ZERO = of(Rational.ZERO);
  public static final Exponent ONE = of(Rational.ONE);

  public Exponent {
    TreeMap<String, Rational> nonZero = new TreeMap<>();
    counts.forEach((name, c) -> {
      if (c.signum() != 0) {
        nonZero.put(name, c);
      }
    });
    counts = java.util.Collections.unmodifiableSortedMap(nonZero);
  }

  public static Exponent of(Rational constant) {
    return new Exponent(constant, new TreeMap<>());
  }

  /** The count {@code name} itself, 1·name. */
  public static Exponent count(String name) {
    TreeMap<String, Rational> one = new TreeMap<>();
    one.put(name, Rational.ONE);
    return new Exponent(Rational.ZERO, one);
  }

  public boolean isConstant() {
    return counts.isEmpty();
  }

  public boolean isZero() {
    return isConstant() && constant.signum() == 0;
  }

  public Exponent plus(Exponent o) {
    TreeMap<String, Rational> sum = new TreeMap<>(counts);
    o.counts.forEach((name, c) -> sum.merge(name, c, Rational::plus));
    return new Exponent(constant.plus(o.constant), sum);
  }

  public Exponent minus(Exponent o) {
    return plus(o.times(Rational.of(-1)));
  }

  public Exponent times(Rational r) {
    TreeMap<String, Rational> scaled = new TreeMap<>();
    counts.forEach((name, c) -> scaled.put(name, c.times(r)));
    return new Exponent(constant.times(r), scaled);
  }

  /** The product, or null when both sides have counts: N·N is not of this form. */
  public Exponent times(Exponent o) {
    if (isConstant()) {
      return o.times(constant);
    }
    return o.isConstant() ? times(o.constant) : null;
  }

  /** {@code 2}, {@code 3/2}, {@code 3N}, {@code 3 + 3N}, {@code N - 1}, {@code -N/2}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(constant.signum() == 0 && !isConstant() ? "" : constant.toString());
    for (Map.Entry<String, Rational> e : counts.entrySet()) {
      Rational c = e.getValue();
      boolean negative = c.signum() < 0;
      Rational size = negative ? c.negate() : c;
      String term = (size.equals(Rational.ONE) ? "" : size.isInteger() ? size.toString() : "(" + size + ")")
          + e.getKey();
      if (out.length() == 0) {
        out.append(negative ? "-" : "").append(term);
      } else {
        out.append(negative ? " - " : " + ").append(term);
      }
    }
    return out.toString();
  }
}

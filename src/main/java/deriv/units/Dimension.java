package deriv.units;

import java.util.ArrayList;
import java.util.List;

/**
 * A physical dimension: the exponents of the seven SI base units. Exponents are rational so that a square root of
 * m² is m (and of m is m^(1/2), which is allowed but rarely meant), plus rational multiples of symbolic counts so
 * that the measure of N particles' positions is m^(3N) ({@link Exponent}). The algebra is ours, not the unit
 * library's: it is a few lines and keeps {@code deriv check} from depending on how a library prints or compares
 * dimensions. Units and values ({@code deriv eval}) only ever have constant exponents.
 */
public record Dimension(List<Exponent> exponents) {
  /** The base units in the order they are printed, SI style: kg·m²·s⁻²·K⁻¹. */
  public static final List<String> BASE = List.of("kg", "m", "s", "A", "K", "mol", "cd");
  public static final Dimension NONE = new Dimension(List.of(Exponent.ZERO, Exponent.ZERO, Exponent.ZERO,
      Exponent.ZERO, Exponent.ZERO, Exponent.ZERO, Exponent.ZERO));

  public Dimension {
    exponents = List.copyOf(exponents);
    if (exponents.size() != BASE.size()) {
      throw new IllegalArgumentException("a dimension has " + BASE.size() + " exponents");
    }
  }

  /** The dimension of one base unit, by its symbol in {@link #BASE}. */
  public static Dimension base(String symbol) {
    int i = BASE.indexOf(symbol);
    if (i < 0) {
      throw new IllegalArgumentException(symbol);
    }
    List<Exponent> e = new ArrayList<>(NONE.exponents);
    e.set(i, Exponent.ONE);
    return new Dimension(e);
  }

  public boolean isNone() {
    return equals(NONE);
  }

  public Dimension times(Dimension o) {
    List<Exponent> e = new ArrayList<>();
    for (int i = 0; i < BASE.size(); i++) {
      e.add(exponents.get(i).plus(o.exponents.get(i)));
    }
    return new Dimension(e);
  }

  public Dimension over(Dimension o) {
    return times(o.pow(Rational.of(-1)));
  }

  public Dimension pow(Rational p) {
    return new Dimension(exponents.stream().map(x -> x.times(p)).toList());
  }

  /**
   * This dimension to a possibly symbolic power ({@code (m³)^N}); null when an exponent would not be linear in the
   * counts ({@code (m^N)^N}), which no dimension of this form can express.
   */
  public Dimension pow(Exponent p) {
    List<Exponent> e = new ArrayList<>();
    for (Exponent x : exponents) {
      Exponent product = x.times(p);
      if (product == null) {
        return null;
      }
      e.add(product);
    }
    return new Dimension(e);
  }

  /** {@code kg·m²·s⁻²·K⁻¹}; {@code 1} when dimensionless. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < BASE.size(); i++) {
      Exponent x = exponents.get(i);
      if (x.isZero()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : "·").append(BASE.get(i));
      if (!x.equals(Exponent.ONE)) {
        out.append(x.isConstant() && x.constant().isInteger() ? superscript(x.toString()) : "^(" + x + ")");
      }
    }
    return out.length() == 0 ? "1" : out.toString();
  }

  private static String superscript(String digits) {
    StringBuilder out = new StringBuilder();
    for (char c : digits.toCharArray()) {
      out.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
    }
    return out.toString();
  }
}

package deriv.units;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A value in coherent SI units, printed in the unit's own name with the SI prefix that puts the number between 1
 * and 1000: {@code 89.06 mV}, not {@code 0.08906 V}. A named unit over or times one base unit is used next
 * ({@code Pa/K}, not kg·m⁻¹·s⁻²·K⁻¹); otherwise it is printed in base units.
 */
final class QuantityFormat {
  private static final String PREFIXES = "yzafpnµm kMGTPEZY";
  private static final int NO_PREFIX = PREFIXES.indexOf(' ');

  private QuantityFormat() {}

  /** Rounds the shortest decimal of the double (310.15, not 310.149999…), half up as people expect. */
  static String format(double si, Dimension d, int digits) {
    if (d.isNone()) {
      return number(si, digits);
    }
    String named = NamedUnits.of(d);
    if (named == null) {
      String compound = NamedUnits.compound(d);
      return compound == null ? number(si, digits) + " " + d : prefixed(si, compound, digits);
    }
    // Mass takes its prefix on the gram.
    return named.equals("kg") ? prefixed(si * 1000, "g", digits) : prefixed(si, named, digits);
  }

  /** A plain number with {@code digits} significant digits, in scientific notation when very large or small. */
  static String number(double x, int digits) {
    if (x == 0) {
      return "0";
    }
    BigDecimal d = BigDecimal.valueOf(x).round(new MathContext(digits));
    double a = Math.abs(x);
    return a >= 1e-3 && a < 1e6 ? d.stripTrailingZeros().toPlainString() : scientific(d);
  }

  private static String prefixed(double x, String unit, int digits) {
    if (x == 0) {
      return "0 " + unit;
    }
    int step = (int) Math.floor(Math.log10(Math.abs(x)) / 3);
    step = Math.max(-NO_PREFIX, Math.min(PREFIXES.length() - 1 - NO_PREFIX, step));
    BigDecimal mantissa = BigDecimal.valueOf(x).movePointLeft(3 * step).round(new MathContext(digits));
    if (mantissa.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && step < PREFIXES.length() - 1 - NO_PREFIX) {
      step++;
      mantissa = BigDecimal.valueOf(x).movePointLeft(3 * step).round(new MathContext(digits));
    }
    String prefix = String.valueOf(PREFIXES.charAt(NO_PREFIX + step)).trim();
    return mantissa.stripTrailingZeros().toPlainString() + " " + prefix + unit;
  }

  private static String scientific(BigDecimal d) {
    String s = d.stripTrailingZeros().toString();
    return s.replace("E+", "e").replace("E", "e");
  }
}

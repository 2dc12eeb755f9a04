package deriv.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SI units with a name of their own (V, J, C, …), for messages and for printing values with a prefix. */
final class NamedUnits {
  private static final List<String> SYMBOLS = List.of("m", "kg", "s", "A", "K", "mol", "cd", "V", "J", "C", "W",
      "N", "Pa", "Hz", "Ω", "F", "S", "T", "Wb", "H");

  private NamedUnits() {}

  /** The named coherent SI unit of this dimension, or null. */
  static String of(Dimension d) {
    return Holder.BY_DIMENSION.get(d);
  }

  /** Named units that are not base units: a compound is written with one of them. */
  private static final List<String> DERIVED = List.of("V", "J", "C", "W", "N", "Pa", "Hz", "Ω", "F", "S", "T", "Wb",
      "H");

  /**
   * A named unit times or over one base unit, when that is what {@code d} is: kg·m⁻¹·s⁻²·K⁻¹ is {@code Pa/K},
   * kg·m²·s⁻²·mol⁻¹ is {@code J/mol}; the smallest power of the base unit wins. Null when there is none.
   */
  static String compound(Dimension d) {
    String best = null;
    int bestPower = Integer.MAX_VALUE;
    for (String n : DERIVED) {
      PhysicalUnit named = UnitSymbols.lookup(n);
      if (named == null) {
        continue;
      }
      Dimension rest = d.over(named.dimension());
      for (String b : Dimension.BASE) {
        for (int k = -3; k <= 3; k++) {
          if (k != 0 && Math.abs(k) < bestPower && rest.equals(Dimension.base(b).pow(Rational.of(k)))) {
            best = n + (k < 0 ? "/" + b + (k < -1 ? "^" + -k : "") : "*" + b + (k > 1 ? "^" + k : ""));
            bestPower = Math.abs(k);
          }
        }
      }
    }
    return best == null ? null : best.replace("^2", "²").replace("^3", "³").replace("*", "·");
  }

  private static final class Holder {
    static final Map<Dimension, String> BY_DIMENSION = new LinkedHashMap<>();

    static {
      for (String s : SYMBOLS) {
        PhysicalUnit u = UnitSymbols.lookup(s);
        if (u != null) {
          BY_DIMENSION.putIfAbsent(u.dimension(), s);
        }
      }
    }
  }
}

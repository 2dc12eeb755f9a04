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

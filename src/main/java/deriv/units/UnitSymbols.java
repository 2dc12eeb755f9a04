package deriv.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.regex.Pattern;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.UnitDimension;

/**
 * One unit symbol ({@code J}, {@code mV}, {@code mmol}, {@code mM}, {@code degC}) to a {@link PhysicalUnit}, with
 * Indriya (JSR 385) knowing the symbols and the SI prefixes. Only single symbols reach Indriya: products, quotients
 * and powers are parsed by deriv's own grammar, so that units read the same in files and on the command line.
 * Indriya is loaded on the first look-up, so files without units never pay for it (docs/units.md).
 */
public final class UnitSymbols {
  /** Letters only: nothing but a plain symbol is handed to the library's parser. */
  private static final Pattern SYMBOL = Pattern.compile("[A-Za-zµΩÅ]{1,12}");

  /** Symbols Indriya spells differently or lacks; a prefixed form (mM, mL) works like the plain one. */
  private static final Map<String, String[]> ALIASES = Map.of(
      "L", new String[] {"l", null},
      "M", new String[] {"mol", "l"});

  private static final Rational CELSIUS_ZERO = Rational.of(new BigDecimal("273.15"));

  private UnitSymbols() {}

  /** The unit a symbol stands for, or null when it is not one. */
  public static PhysicalUnit lookup(String symbol) {
    String s = symbol.replace('μ', 'µ');
    if (s.equals("degC") || s.equals("°C") || s.equals("℃")) {
      return new PhysicalUnit(Dimension.base("K"), Rational.ONE, CELSIUS_ZERO);
    }
    if (!SYMBOL.matcher(s).matches()) {
      return null;
    }
    for (Map.Entry<String, String[]> alias : ALIASES.entrySet()) {
      if (s.endsWith(alias.getKey())) {
        String prefix = s.substring(0, s.length() - alias.getKey().length());
        PhysicalUnit u = indriya(prefix + alias.getValue()[0]);
        if (u != null) {
          String divisor = alias.getValue()[1];
          return divisor == null ? u : u.over(indriya(divisor));
        }
      }
    }
    return indriya(s);
  }

  private static PhysicalUnit indriya(String s) {
    Unit<?> unit;
    UnitConverter c;
    try {
      unit = Holder.FORMAT.parse(s);
      c = unit == null ? null : unit.getConverterToAny(unit.getSystemUnit());
    } catch (RuntimeException | IncommensurableException e) {
      return null;
    }
    if (c == null || !c.isLinear()) {
      return null;
    }
    return new PhysicalUnit(dimension(unit.getSystemUnit().getDimension()), rational(c.convert(BigDecimal.ONE)));
  }

  private static Dimension dimension(javax.measure.Dimension d) {
    Map<? extends javax.measure.Dimension, Integer> parts = d.getBaseDimensions();
    if (parts == null) {
      return baseOf(d);
    }
    Dimension out = Dimension.NONE;
    for (Map.Entry<? extends javax.measure.Dimension, Integer> e : parts.entrySet()) {
      out = out.times(baseOf(e.getKey()).pow(Rational.of(e.getValue())));
    }
    return out;
  }

  private static Dimension baseOf(javax.measure.Dimension d) {
    if (d.equals(UnitDimension.MASS)) {
      return Dimension.base("kg");
    } else if (d.equals(UnitDimension.LENGTH)) {
      return Dimension.base("m");
    } else if (d.equals(UnitDimension.TIME)) {
      return Dimension.base("s");
    } else if (d.equals(UnitDimension.ELECTRIC_CURRENT)) {
      return Dimension.base("A");
    } else if (d.equals(UnitDimension.TEMPERATURE)) {
      return Dimension.base("K");
    } else if (d.equals(UnitDimension.AMOUNT_OF_SUBSTANCE)) {
      return Dimension.base("mol");
    } else if (d.equals(UnitDimension.LUMINOUS_INTENSITY)) {
      return Dimension.base("cd");
    }
    return Dimension.NONE;
  }

  private static Rational rational(Number n) {
    if (n instanceof RationalNumber r) {
      return new Rational(r.getDividend(), r.getDivisor());
    }
    if (n instanceof BigDecimal d) {
      return Rational.of(d);
    }
    if (n instanceof BigInteger i) {
      return new Rational(i, BigInteger.ONE);
    }
    if (n instanceof Integer || n instanceof Long) {
      return Rational.of(n.longValue());
    }
    return Rational.of(new BigDecimal(n.toString()));
  }

  /** Indriya's format, created on first use. */
  private static final class Holder {
    static final SimpleUnitFormat FORMAT = SimpleUnitFormat.getInstance();
  }
}

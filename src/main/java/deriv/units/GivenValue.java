package deriv.units;

import deriv.syntax.Parsing;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value from the command line, {@code 310.15K}, {@code 37degC}, {@code 5mmol/L}, {@code 1.602176634e-19C}, the
 * name of a physical constant ({@code e}), or an expression of numbers, units and constants ({@code -e},
 * {@code 2*e}, {@code 1e13/s}), converted exactly to coherent SI units.
 *
 * @param text as given, for the output
 * @param si the value in coherent SI units
 * @param constant the constant it names, or null
 * @param coherent whether it was given in a coherent SI unit (K, not degC or mM), so needs no conversion shown
 */
record GivenValue(String text, Rational si, Dimension dimension, PhysicalConstant constant, boolean coherent) {
  private static final Pattern NUMBER_UNIT =
      Pattern.compile("\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");

  static GivenValue parse(String text) {
    PhysicalConstant c = PhysicalConstant.named(text.trim());
    if (c != null) {
      return new GivenValue(text.trim(), c.siValue(), c.dimension(), c, true);
    }
    Matcher m = NUMBER_UNIT.matcher(text);
    Rational number = m.matches() ? Rational.decimal(m.group(1)) : null;
    if (number != null && m.group(2).isEmpty()) {
      return new GivenValue(m.group(1), number, Dimension.NONE, null, true);
    }
    Optional<deriv.syntax.Ast.Expr> unit = number == null ? Optional.empty() : Parsing.expression(m.group(2));
    UnitExpressions.Result r = unit.isPresent() ? UnitExpressions.parse(unit.get()) : null;
    if (r == null || !r.ok()) {
      // not a number and a unit: an expression of numbers, units and constants (-e, 2*e, 1e13/s)
      Optional<deriv.syntax.Ast.Expr> expression = Parsing.expression(text);
      if (expression.isPresent()) {
        PhysicalUnit q = ValueExpressions.value(expression.get());
        if (q != null) {
          return new GivenValue(text.trim(), q.factor(), q.dimension(), null, false);
        }
      }
      if (number == null) {
        throw new EvalException("'" + text + "' is not a value: write a number and a unit (310.15K, 140mM, "
            + "5mmol/L, 37degC), a constant's name (" + constantSymbols() + ") or an expression of them (-e, "
            + "2*e, 1e13/s)");
      }
      throw new EvalException("'" + m.group(2) + "' in '" + text + "' is not a unit"
          + (r == null ? "" : ": " + r.error()));
    }
    PhysicalUnit u = r.unit();
    return new GivenValue(m.group(1) + " " + m.group(2), u.toSi(number), u.dimension(), null,
        !u.isAffine() && u.factor().equals(Rational.ONE));
  }

  private static String constantSymbols() {
    StringBuilder out = new StringBuilder();
    for (PhysicalConstant c : PhysicalConstant.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(c.symbol);
    }
    return out.toString();
  }
}

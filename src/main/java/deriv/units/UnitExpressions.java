package deriv.units;

import deriv.syntax.Ast;
import deriv.syntax.Span;

/**
 * The meaning of a unit written as an expression: {@code J/K}, {@code 1/m^3}, {@code kg*m^2/(s^2*K)}, {@code 1}.
 * Symbols come from {@link UnitSymbols}; numbers are plain factors; exponents are whole numbers.
 */
public final class UnitExpressions {
  private static final int MAX_EXPONENT = 12;

  private UnitExpressions() {}

  /** A unit, or why the expression is not one and where. */
  public record Result(PhysicalUnit unit, String error, Span span) {
    public boolean ok() {
      return unit != null;
    }
  }

  public static Result parse(Ast.Expr e) {
    try {
      PhysicalUnit u = unit(e);
      if (u.isAffine() && !(strip(e) instanceof Ast.Name)) {
        return new Result(null, "°C cannot be combined with other units (use K)", e.span());
      }
      return new Result(u, null, null);
    } catch (NotAUnit bad) {
      return new Result(null, bad.getMessage(), bad.span);
    }
  }

  private static PhysicalUnit unit(Ast.Expr e) {
    if (e instanceof Ast.Paren p) {
      return unit(p.inner());
    }
    if (e instanceof Ast.Name n) {
      PhysicalUnit u = UnitSymbols.lookup(n.name());
      if (u == null) {
        throw new NotAUnit("unknown unit '" + n.name() + "'; write SI symbols with prefixes, e.g. J/K, mV, "
            + "1/m^3, mol/L, mM", n.span());
      }
      return u;
    }
    if (e instanceof Ast.Number n) {
      Rational r = Rational.decimal(n.text());
      if (r != null && r.signum() > 0) {
        return new PhysicalUnit(Dimension.NONE, r);
      }
      throw new NotAUnit("a number in a unit must be positive, as in 1/m^3", n.span());
    }
    if (e instanceof Ast.Binary b && (b.op() == '*' || b.op() == '/')) {
      PhysicalUnit l = unit(b.left());
      PhysicalUnit r = unit(b.right());
      return b.op() == '*' ? l.times(r) : l.over(r);
    }
    if (e instanceof Ast.Binary b && b.op() == '^') {
      return unit(b.left()).pow(exponent(b.right()));
    }
    throw new NotAUnit("a unit is a product or quotient of unit symbols and whole powers, e.g. kg*m^2/s^2",
        e.span());
  }

  private static int exponent(Ast.Expr e) {
    Ast.Expr x = strip(e);
    int sign = 1;
    if (x instanceof Ast.Unary u) {
      sign = u.op() == '-' ? -1 : 1;
      x = strip(u.operand());
    }
    if (x instanceof Ast.Number n && n.text().matches("\\d{1,2}") && Integer.parseInt(n.text()) <= MAX_EXPONENT) {
      return sign * Integer.parseInt(n.text());
    }
    throw new NotAUnit("a unit's exponent must be a whole number from -" + MAX_EXPONENT + " to " + MAX_EXPONENT,
        e.span());
  }

  private static Ast.Expr strip(Ast.Expr e) {
    return e instanceof Ast.Paren p ? strip(p.inner()) : e;
  }

  private static final class NotAUnit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Span span;

    NotAUnit(String message, Span span) {
      super(message, null, false, false);
      this.span = span;
    }
  }
}

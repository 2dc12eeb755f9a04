package deriv.units;

import deriv.syntax.Ast;

/**
 * A value written as an expression of numbers, unit symbols and physical constants ({@code -e}, {@code 2*e},
 * {@code 1e13/s}, {@code (300 + 10)*K}), parsed by the front end's expression parser and computed exactly: a
 * quantity is a {@link PhysicalUnit} whose factor is the value in coherent SI units. Nothing else is evaluated.
 */
final class ValueExpressions {
  private static final int MAX_EXPONENT = 12;

  private ValueExpressions() {}

  /** The value, or null when {@code e} is not such an expression (or adds unlike quantities). */
  static PhysicalUnit value(Ast.Expr e) {
    if (e instanceof Ast.Paren p) {
      return value(p.inner());
    }
    if (e instanceof Ast.Number n) {
      Rational r = Rational.decimal(n.text());
      return r == null ? null : new PhysicalUnit(Dimension.NONE, r);
    }
    if (e instanceof Ast.Name n) {
      PhysicalConstant c = PhysicalConstant.named(n.name());
      if (c != null) {
        return new PhysicalUnit(c.dimension(), c.siValue());
      }
      PhysicalUnit u = UnitSymbols.lookup(n.name());
      return u == null || u.isAffine() ? null : u; // 37degC alone is a number and a unit, not an expression
    }
    if (e instanceof Ast.Unary u) {
      PhysicalUnit x = value(u.operand());
      return x == null || u.op() == '+' ? x : new PhysicalUnit(x.dimension(), x.factor().negate());
    }
    if (e instanceof Ast.Binary b) {
      PhysicalUnit l = value(b.left());
      if (b.op() == '^') {
        Integer n = exponent(b.right());
        return l == null || n == null ? null : l.pow(n);
      }
      PhysicalUnit r = value(b.right());
      if (l == null || r == null) {
        return null;
      }
      switch (b.op()) {
        case '*': case '·': case '×': return l.times(r);
        case '/': return r.factor().signum() == 0 ? null : l.over(r);
        case '+': return l.dimension().equals(r.dimension())
            ? new PhysicalUnit(l.dimension(), l.factor().plus(r.factor())) : null;
        case '-': return l.dimension().equals(r.dimension())
            ? new PhysicalUnit(l.dimension(), l.factor().minus(r.factor())) : null;
        default: return null;
      }
    }
    return null;
  }

  private static Integer exponent(Ast.Expr e) {
    PhysicalUnit x = value(e);
    if (x == null || !x.dimension().isNone() || !x.factor().isInteger()
        || x.factor().numerator().abs().intValue() > MAX_EXPONENT || x.factor().numerator().bitLength() > 8) {
      return null;
    }
    return x.factor().numerator().intValue();
  }
}

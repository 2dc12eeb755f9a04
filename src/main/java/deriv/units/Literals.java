package deriv.units;

import deriv.syntax.Ast;

/** The exact value of an expression written with numbers only ({@code 2}, {@code -1/2}, {@code (3)}), or null. */
final class Literals {
  private Literals() {}

  static Rational rational(Ast.Expr e) {
    if (e instanceof Ast.Paren p) {
      return rational(p.inner());
    }
    if (e instanceof Ast.Number n) {
      return Rational.decimal(n.text());
    }
    if (e instanceof Ast.Unary u) {
      Rational x = rational(u.operand());
      return x == null || u.op() == '+' ? x : x.negate();
    }
    if (e instanceof Ast.Binary b && b.op() != '^') {
      Rational l = rational(b.left());
      Rational r = rational(b.right());
      if (l == null || r == null) {
        return null;
      }
      switch (b.op()) {
        case '+': return l.plus(r);
        case '-': return l.minus(r);
        case '*': return l.times(r);
        default: return r.signum() == 0 ? null : l.over(r);
      }
    }
    return null;
  }
}

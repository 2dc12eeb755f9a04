package deriv.units;

import deriv.resolve.Names;
import deriv.syntax.Ast;
import java.util.function.Predicate;

/**
 * Exponents and counts written in a file: numbers only ({@code 2}, {@code -1/2}, {@code (3)}), or linear in the
 * names that are counts ({@code N}, {@code N - 1}, {@code 3*N}); anything else is null.
 */
final class Literals {
  private Literals() {}

  static Rational rational(Ast.Expr e) {
    Exponent x = linear(e, name -> false);
    return x == null ? null : x.constant();
  }

  /** {@code e} as a rational constant plus rational multiples of the names {@code isCount} accepts, or null. */
  static Exponent linear(Ast.Expr e, Predicate<String> isCount) {
    if (e instanceof Ast.Paren p) {
      return linear(p.inner(), isCount);
    }
    if (e instanceof Ast.Number n) {
      Rational r = Rational.decimal(n.text());
      return r == null ? null : Exponent.of(r);
    }
    if (e instanceof Ast.Name n) {
      String name = Names.canonical(n.name());
      return isCount.test(name) ? Exponent.count(name) : null;
    }
    if (e instanceof Ast.Unary u) {
      Exponent x = linear(u.operand(), isCount);
      return x == null || u.op() == '+' ? x : x.times(Rational.of(-1));
    }
    if (e instanceof Ast.Binary b && b.op() != '^') {
      Exponent l = linear(b.left(), isCount);
      Exponent r = linear(b.right(), isCount);
      if (l == null || r == null) {
        return null;
      }
      switch (b.op()) {
        case '+': return l.plus(r);
        case '-': return l.minus(r);
        case '*': return l.times(r);
        // Division only by a nonzero number: 1/N is not linear in N.
        default: return !r.isConstant() || r.constant().signum() == 0 ? null : l.times(Rational.ONE.over(r.constant()));
      }
    }
    return null;
  }
}

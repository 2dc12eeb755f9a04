package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/**
 * A declared unit ({@code [J/K]}, {@code [1/m^3]}) as SI writes it: upright symbols, a centred dot for a product,
 * a slash for a quotient, exponents as superscripts. Never italic, so that a unit m is not read as a mass m.
 */
final class UnitNodes {
  private UnitNodes() {}

  /** The units of a declared type: {@code J/K}, or {@code m → V} for a function; null when none is declared. */
  static MathNode of(Ast.Type t) {
    if (!t.isFunction()) {
      return t.result().unit() == null ? null : unit(t.result().unit().expr());
    }
    boolean any = t.result().unit() != null || t.arguments().stream().anyMatch(s -> s.unit() != null);
    if (!any) {
      return null;
    }
    List<MathNode> args = new ArrayList<>();
    for (Ast.Space s : t.arguments()) {
      args.add(orOne(s));
    }
    return MathNode.row(MathNode.join(args, MathNode.op(" \\times ", "×")), MathNode.op(" \\to ", "→"),
        orOne(t.result()));
  }

  private static MathNode orOne(Ast.Space s) {
    return s.unit() == null ? new MathNode.Num("1") : unit(s.unit().expr());
  }

  static MathNode unit(Ast.Expr e) {
    if (e instanceof Ast.Name n) {
      return MathSymbols.upright(n.name());
    }
    if (e instanceof Ast.Number n) {
      return new MathNode.Num(n.text());
    }
    if (e instanceof Ast.Paren p) {
      return unit(p.inner());
    }
    if (e instanceof Ast.Unary u) {
      return MathNode.row(MathNode.op("-", "−"), unit(u.operand()));
    }
    if (e instanceof Ast.Binary b) {
      switch (b.op()) {
        case '^':
          return new MathNode.Scripts(grouped(b.left()), null, unit(b.right()));
        case '/':
          return MathNode.row(unit(b.left()), MathNode.op("/", "/"), grouped(b.right()));
        default:
          return MathNode.row(unit(b.left()), MathNode.op("\\cdot ", "⋅"), unit(b.right()));
      }
    }
    // Nothing else is a unit (the unit checker refuses it); print it as the expression it is.
    return MathPrinter.exprNode(e);
  }

  /** A product or quotient in a denominator or under an exponent keeps its brackets: J/(kg·K). */
  private static MathNode grouped(Ast.Expr e) {
    Ast.Expr inner = e instanceof Ast.Paren p ? p.inner() : e;
    if (inner instanceof Ast.Binary b && b.op() != '^') {
      return new MathNode.Fenced("(", ")", "(", ")", unit(inner));
    }
    return unit(inner);
  }
}

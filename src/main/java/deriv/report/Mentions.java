package deriv.report;

import deriv.syntax.Ast;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names an expression mentions: variables, family names and called functions, in order of appearance. */
final class Mentions {
  private Mentions() {}

  static Set<String> of(Ast.Expr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out, true);
    return out;
  }

  /** The names an expression mentions as values (variables and families), without the functions it calls. */
  static Set<String> values(Ast.Expr e) {
    Set<String> out = new LinkedHashSet<>();
    collect(e, out, false);
    return out;
  }

  private static void collect(Ast.Expr e, Set<String> out, boolean functions) {
    if (e instanceof Ast.Name n) {
      out.add(n.name());
    } else if (e instanceof Ast.Member m) {
      out.add(m.family());
      collect(m.index(), out, functions);
    } else if (e instanceof Ast.Call c) {
      if (functions) {
        out.add(c.function());
      }
      for (Ast.Arg a : c.args()) {
        if (a instanceof Ast.ExprArg ea) {
          collect(ea.expr(), out, functions);
        } else if (a instanceof Ast.RangeArg r) {
          collect(r.lo(), out, functions);
          collect(r.hi(), out, functions);
        } else if (a instanceof Ast.IntervalArg r) {
          collect(r.lo(), out, functions);
          collect(r.hi(), out, functions);
        } else if (a instanceof Ast.ExceptArg x) {
          collect(x.left(), out, functions);
          collect(x.right(), out, functions);
        }
      }
    } else if (e instanceof Ast.Unary u) {
      collect(u.operand(), out, functions);
    } else if (e instanceof Ast.Binary b) {
      collect(b.left(), out, functions);
      collect(b.right(), out, functions);
    } else if (e instanceof Ast.Paren p) {
      collect(p.inner(), out, functions);
    } else if (e instanceof Ast.Bars b) {
      collect(b.inner(), out, functions);
    }
  }
}

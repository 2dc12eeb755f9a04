package deriv.syntax;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical text of expressions and the small pieces of statements: single spaces around {@code = + -} and
 * relations, none around {@code * / ^} (nor in a range {@code j=1..N}). Parentheses are exactly the ones the author wrote (the tree keeps them),
 * so the text parses back to the same tree.
 */
final class ExprFormat {
  private ExprFormat() {}

  static String expr(Ast.Expr e) {
    if (e instanceof Ast.Number n) {
      return n.text();
    }
    if (e instanceof Ast.Name n) {
      return n.name();
    }
    if (e instanceof Ast.Member m) {
      return m.family() + "[" + expr(m.index()) + "]";
    }
    if (e instanceof Ast.Call c && c.function().equals(Ast.POSTFIX_FACTORIAL)) {
      String n = expr(((Ast.ExprArg) c.args().get(0)).expr()); // its brackets, if any, are in the tree
      return n + (n.endsWith("!") ? " !" : "!"); // x! ! is (x!)!; x!! would be a double factorial
    }
    if (e instanceof Ast.Call c) {
      return c.function() + "(" + join(c.args(), ExprFormat::arg) + ")";
    }
    if (e instanceof Ast.Unary u) {
      return u.op() + expr(u.operand());
    }
    if (e instanceof Ast.Binary b) {
      boolean spaced = b.op() == '+' || b.op() == '-';
      return expr(b.left()) + (spaced ? " " + b.op() + " " : String.valueOf(b.op())) + expr(b.right());
    }
    if (e instanceof Ast.Paren p) {
      return "(" + expr(p.inner()) + ")";
    }
    return "|" + expr(((Ast.Bars) e).inner()) + "|";
  }

  static String arg(Ast.Arg a) {
    if (a instanceof Ast.RangeArg r) {
      return r.variable() + "=" + expr(r.lo()) + ".." + expr(r.hi()); // a range, not an equation: j=1..N
    }
    if (a instanceof Ast.IntervalArg i) {
      return i.variable() + " in " + expr(i.lo()) + ".." + expr(i.hi());
    }
    if (a instanceof Ast.InArg i) {
      return i.variable() + " in " + space(i.space());
    }
    if (a instanceof Ast.ExceptArg x) {
      return expr(x.left()) + " != " + expr(x.right());
    }
    return expr(((Ast.ExprArg) a).expr());
  }

  static String space(Ast.Space s) {
    String unit = s.unit() == null ? "" : " [" + expr(s.unit().expr()) + "]";
    return (s.power() == 1 ? s.name() : s.name() + "^" + s.power()) + unit;
  }

  static String type(Ast.Type t) {
    if (!t.isFunction()) {
      return space(t.result());
    }
    String args = join(t.arguments(), ExprFormat::space);
    return (t.arguments().size() == 1 ? args : "(" + args + ")") + " -> " + space(t.result());
  }

  static String condition(Ast.Condition c) {
    return expr(c.left()) + " " + c.relation() + " " + expr(c.right());
  }

  static String declName(Ast.DeclName d) {
    return d.isFamily() ? d.name() + "[" + expr(d.lo()) + ".." + expr(d.hi()) + "]" : d.name();
  }

  static String param(Ast.Param p) {
    return p.space() == null ? p.name() : p.name() + " : " + space(p.space());
  }

  static String rule(Ast.RuleRef r) {
    return r.args().isEmpty() ? r.name() : r.name() + "(" + join(r.args(), ExprFormat::arg) + ")";
  }

  static String fact(Ast.FactRef f) {
    return f.bindings().isEmpty() ? f.name()
        : f.name() + "[" + join(f.bindings(), b -> b.name() + " := " + expr(b.value())) + "]";
  }

  static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        default: out.append(c);
      }
    }
    return out.append('"').toString();
  }

  static <T> String join(List<T> items, Function<T, String> f) {
    return items.stream().map(f).collect(Collectors.joining(", "));
  }
}

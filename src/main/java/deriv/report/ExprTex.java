package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one printer walk over syntax-tree expressions, shared by the LaTeX, Markdown and HTML reports: each node
 * printed, as a {@link MathNode}, with what its parent needs to know about it. Every decision (brackets, fraction
 * or slash, scripts, operators, juxtaposition) is made here once; {@link TexMath} and {@link MathMl} only spell
 * the result. Where a decision measures size, the measure is the length of the LaTeX, as it always was.
 */
final class ExprTex {
  private ExprTex() {}

  static final int SUM = 1;
  static final int PRODUCT = 2;
  static final int UNARY = 3;
  static final int POWER = 4;
  static final int ATOM = 5;

  /** An exponent longer than this many characters of LaTeX reads better as {@code \exp(…)}. */
  private static final int LONG_EXPONENT = 36;

  private static final Set<String> NAMED_FUNCTIONS = Set.of("ln", "log", "sin", "cos", "tan", "sinh", "cosh",
      "tanh", "coth");

  /** Juxtaposition: a TeX space, and an invisible times for MathML. */
  static final MathNode.Op TIMES = MathNode.op(" ", "\u2062");
  /** Function application: nothing or a space in TeX, an invisible apply-function for MathML. */
  static final MathNode.Op APPLY = MathNode.op("", "\u2061");

  /**
   * @param node the printed expression
   * @param prec how tightly it binds (SUM … ATOM)
   * @param tall whether it has fractions or big operators, so that brackets around it should grow
   * @param signed whether it starts with a sign (then it needs brackets as a factor, summand or base)
   * @param digit whether it starts with a digit (then juxtaposition after a factor would misread: use \cdot)
   * @param open whether an operator at its front reaches to the right ({@code \sum_j a_j}, {@code \ln x})
   * @param applied a function application or integral: set off from neighbouring factors by a thin space
   */
  record Tex(MathNode node, int prec, boolean tall, boolean signed, boolean digit, boolean open, boolean applied) {
    static Tex atom(MathNode node) {
      return new Tex(node, ATOM, false, false, false, false, false);
    }

    /** The LaTeX spelling, which the size decisions measure. */
    String tex() {
      return TexMath.render(node);
    }
  }

  /** @param script inside an exponent or subscript: division as a slash, no display-size fractions */
  static Tex print(Ast.Expr e, boolean script) {
    if (e instanceof Ast.Paren p) {
      return print(p.inner(), script);
    }
    if (e instanceof Ast.Number n) {
      return number(n.text());
    }
    if (e instanceof Ast.Name n) {
      boolean pi = n.name().equals("pi") || n.name().equals("π");
      return Tex.atom(pi ? MathNode.ident("\\pi", "π") : MathSymbols.symbolNode(n.name()));
    }
    if (e instanceof Ast.Member m) {
      return Tex.atom(MathSymbols.member(m.family(), print(m.index(), true).node()));
    }
    if (e instanceof Ast.Bars b) {
      return absolute(print(b.inner(), script));
    }
    if (e instanceof Ast.Unary u) {
      Tex operand = print(u.operand(), script);
      boolean brackets = operand.prec() == SUM || operand.signed();
      MathNode inner = brackets ? brackets(operand) : operand.node();
      MathNode sign = MathNode.op(String.valueOf(u.op()), u.op() == '-' ? "\u2212" : String.valueOf(u.op()));
      return new Tex(MathNode.row(sign, inner), UNARY, operand.tall(), true, false, operand.open(), false);
    }
    if (e instanceof Ast.Binary b) {
      return binary(b, script);
    }
    return Calls.print((Ast.Call) e, script);
  }

  private static Tex binary(Ast.Binary b, boolean script) {
    Tex left = print(b.left(), script);
    Tex right = print(b.right(), script);
    boolean tall = left.tall() || right.tall();
    switch (b.op()) {
      case '+':
      case '-': {
        boolean bracketRight = right.signed() || (b.op() == '-' && right.prec() <= SUM);
        MathNode r = bracketRight ? brackets(right) : right.node();
        MathNode op = MathNode.op(" " + b.op() + " ", b.op() == '-' ? "\u2212" : "+");
        return new Tex(MathNode.row(left.node(), op, r), SUM, tall, left.signed(), left.digit(), false, false);
      }
      case '*':
        return product(left, right);
      case '/':
        if (script) {
          MathNode l = left.prec() < PRODUCT ? brackets(left) : left.node();
          MathNode r = right.prec() <= PRODUCT || right.signed() ? brackets(right) : right.node();
          return new Tex(MathNode.row(l, MathNode.op("/", "/"), r), PRODUCT, tall, left.signed(), left.digit(),
              false, false);
        }
        return new Tex(new MathNode.Frac(left.node(), right.node()), PRODUCT, true, false, false, false, false);
      default: {
        boolean bracketBase = left.prec() < ATOM || left.signed();
        MathNode base = bracketBase ? brackets(left) : left.node();
        if (!bracketBase && left.tex().contains("'")) {
          base = new MathNode.Group(base); // x'_{1}^{2} would be a double superscript: the prime is one
        }
        MathNode exponent = print(b.right(), true).node();
        return new Tex(new MathNode.Scripts(base, null, exponent), POWER, left.tall(), false,
            !bracketBase && left.digit(), false, false);
      }
    }
  }

  /** Juxtaposition; {@code \cdot} only where a digit would run into the previous factor. */
  private static Tex product(Tex left, Tex right) {
    // L/R (…) in an exponent reads as L/[R(…)]: a slash quotient as a left factor keeps its brackets, (L/R)(…).
    boolean bracketLeft = left.prec() < PRODUCT || left.open() || slash(left);
    boolean bracketRight = right.prec() < PRODUCT || right.signed();
    MathNode l = bracketLeft ? brackets(left) : left.node();
    MathNode r = bracketRight ? brackets(right) : right.node();
    MathNode gap;
    if (!bracketRight && right.digit()) {
      gap = MathNode.op(" \\cdot ", "\u22C5");
    } else if (left.applied() || right.applied()) {
      gap = MathNode.row(new MathNode.Space("\\, ", "0.1667em"), MathNode.op("", "\u2062"));
    } else {
      gap = TIMES;
    }
    return new Tex(MathNode.row(l, gap, r), PRODUCT, left.tall() || right.tall(), !bracketLeft && left.signed(),
        !bracketLeft && left.digit(), !bracketRight && right.open(), false);
  }

  /** Whether {@code t} is a quotient written with a slash (in a script), {@code a/b}. */
  private static boolean slash(Tex t) {
    return t.node() instanceof MathNode.Row r
        && r.items().stream().anyMatch(i -> i instanceof MathNode.Op o && o.text().equals("/"));
  }

  static MathNode brackets(Tex t) {
    return t.tall() ? new MathNode.Fenced("\\left(", "\\right)", "(", ")", t.node())
        : new MathNode.Fenced("(", ")", "(", ")", t.node());
  }

  static Tex absolute(Tex inner) {
    MathNode node = inner.tall()
        ? new MathNode.Fenced("\\left\\lvert ", " \\right\\rvert", "|", "|", inner.node())
        : new MathNode.Fenced("\\lvert ", " \\rvert", "|", "|", inner.node());
    return new Tex(node, ATOM, inner.tall(), false, false, false, false);
  }

  /** {@code 1.5e-3} → {@code 1.5 \times 10^{-3}}. */
  private static Tex number(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String safe = text.replaceAll("[^0-9.eE+-]", "");
    if (e < 0) {
      return new Tex(new MathNode.Num(safe), ATOM, false, false, true, false, false);
    }
    String mantissa = text.substring(0, e).replaceAll("[^0-9.]", "");
    String exponent = text.substring(e + 1).replaceAll("[^0-9+-]", "").replace("+", "");
    MathNode power = new MathNode.Scripts(new MathNode.Num("10"), null, new MathNode.Num(exponent));
    MathNode node = MathNode.row(new MathNode.Num(mantissa), MathNode.op(" \\times ", "×"), power);
    return new Tex(node, PRODUCT, false, false, true, false, false);
  }

  /** The argument of a call or rule as math. */
  static MathNode argument(Ast.Arg a) {
    if (a instanceof Ast.ExprArg ea) {
      return print(ea.expr(), false).node();
    }
    if (a instanceof Ast.RangeArg r) {
      return MathNode.row(MathSymbols.symbolNode(r.variable()), MathNode.op(" = ", "="), print(r.lo(), true).node(),
          MathNode.op(", ", ","), MathNode.op("\\dots", "…"), MathNode.op(", ", ","), print(r.hi(), true).node());
    }
    if (a instanceof Ast.IntervalArg in) {
      return MathNode.row(MathSymbols.symbolNode(in.variable()), MathNode.op(" \\in ", "∈"), MathNode.op("[", "["),
          print(in.lo(), true).node(), MathNode.op(", ", ","), print(in.hi(), true).node(), MathNode.op("]", "]"));
    }
    if (a instanceof Ast.InArg in) {
      return MathNode.row(MathSymbols.symbolNode(in.variable()), MathNode.op(" \\in ", "∈"),
          MathPrinter.spaceNode(in.space()));
    }
    Ast.ExceptArg x = (Ast.ExceptArg) a;
    return MathNode.row(print(x.left(), true).node(), MathNode.op(" \\neq ", "≠"), print(x.right(), true).node());
  }

  static boolean isNamedFunction(String name) {
    return NAMED_FUNCTIONS.contains(name);
  }

  static int longExponent() {
    return LONG_EXPONENT;
  }

  static List<MathNode> nodes(List<Tex> ts) {
    List<MathNode> out = new ArrayList<>();
    for (Tex t : ts) {
      out.add(t.node());
    }
    return out;
  }
}

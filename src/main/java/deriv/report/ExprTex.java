package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The recursive part of {@link MathPrinter}: each node printed with what its parent needs to know about it. */
final class ExprTex {
  private ExprTex() {}

  static final int SUM = 1;
  static final int PRODUCT = 2;
  static final int UNARY = 3;
  static final int POWER = 4;
  static final int ATOM = 5;

  /** An exponent longer than this many characters of LaTeX reads better as {@code \exp(…)}. */
  private static final int LONG_EXPONENT = 36;

  private static final Set<String> NAMED_FUNCTIONS = Set.of("ln", "log", "sin", "cos", "tan");

  /**
   * @param prec how tightly it binds (SUM … ATOM)
   * @param tall whether it has fractions or big operators, so that brackets around it should grow
   * @param signed whether it starts with a sign (then it needs brackets as a factor, summand or base)
   * @param digit whether it starts with a digit (then juxtaposition after a factor would misread: use \cdot)
   * @param open whether an operator at its front reaches to the right ({@code \sum_j a_j}, {@code \ln x})
   * @param applied a function application or integral: set off from neighbouring factors by a thin space
   */
  record Tex(String tex, int prec, boolean tall, boolean signed, boolean digit, boolean open, boolean applied) {
    static Tex atom(String tex) {
      return new Tex(tex, ATOM, false, false, false, false, false);
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
      return Tex.atom(n.name().equals("pi") || n.name().equals("π") ? "\\pi" : MathSymbols.symbol(n.name()));
    }
    if (e instanceof Ast.Member m) {
      return Tex.atom(MathSymbols.member(m.family(), print(m.index(), true).tex()));
    }
    if (e instanceof Ast.Bars b) {
      return absolute(print(b.inner(), script));
    }
    if (e instanceof Ast.Unary u) {
      Tex operand = print(u.operand(), script);
      boolean brackets = operand.prec() == SUM || operand.signed();
      String inner = brackets ? brackets(operand) : operand.tex();
      return new Tex(u.op() + inner, UNARY, operand.tall(), true, false, operand.open(), false);
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
        String r = bracketRight ? brackets(right) : right.tex();
        return new Tex(left.tex() + " " + b.op() + " " + r, SUM, tall, left.signed(), left.digit(), false, false);
      }
      case '*':
        return product(left, right);
      case '/':
        if (script) {
          String l = left.prec() < PRODUCT ? brackets(left) : left.tex();
          String r = right.prec() <= PRODUCT || right.signed() ? brackets(right) : right.tex();
          return new Tex(l + "/" + r, PRODUCT, tall, left.signed(), left.digit(), false, false);
        }
        return new Tex("\\frac{" + left.tex() + "}{" + right.tex() + "}", PRODUCT, true, false, false, false, false);
      default: {
        boolean bracketBase = left.prec() < ATOM || left.signed();
        String base = bracketBase ? brackets(left) : left.tex();
        if (!bracketBase && base.contains("'")) {
          base = "{" + base + "}"; // x'_{1}^{2} would be a double superscript: the prime is one
        }
        String exponent = print(b.right(), true).tex();
        return new Tex(base + "^{" + exponent + "}", POWER, left.tall(), false, !bracketBase && left.digit(),
            false, false);
      }
    }
  }

  /** Juxtaposition; {@code \cdot} only where a digit would run into the previous factor. */
  private static Tex product(Tex left, Tex right) {
    boolean bracketLeft = left.prec() < PRODUCT || left.open();
    boolean bracketRight = right.prec() < PRODUCT || right.signed();
    String l = bracketLeft ? brackets(left) : left.tex();
    String r = bracketRight ? brackets(right) : right.tex();
    String gap;
    if (!bracketRight && right.digit()) {
      gap = " \\cdot ";
    } else if (left.applied() || right.applied()) {
      gap = "\\, ";
    } else {
      gap = " ";
    }
    return new Tex(l + gap + r, PRODUCT, left.tall() || right.tall(), !bracketLeft && left.signed(),
        !bracketLeft && left.digit(), !bracketRight && right.open(), false);
  }

  static String brackets(Tex t) {
    return t.tall() ? "\\left(" + t.tex() + "\\right)" : "(" + t.tex() + ")";
  }

  static Tex absolute(Tex inner) {
    String tex = inner.tall() ? "\\left\\lvert " + inner.tex() + " \\right\\rvert" : "\\lvert " + inner.tex() + " \\rvert";
    return new Tex(tex, ATOM, inner.tall(), false, false, false, false);
  }

  /** {@code 1.5e-3} → {@code 1.5 \times 10^{-3}}. */
  private static Tex number(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String safe = text.replaceAll("[^0-9.eE+-]", "");
    if (e < 0) {
      return new Tex(safe, ATOM, false, false, true, false, false);
    }
    String mantissa = text.substring(0, e).replaceAll("[^0-9.]", "");
    String exponent = text.substring(e + 1).replaceAll("[^0-9+-]", "").replace("+", "");
    return new Tex(mantissa + " \\times 10^{" + exponent + "}", PRODUCT, false, false, true, false, false);
  }

  /** The argument of a call or rule as math. */
  static String argument(Ast.Arg a) {
    if (a instanceof Ast.ExprArg ea) {
      return print(ea.expr(), false).tex();
    }
    if (a instanceof Ast.RangeArg r) {
      return MathSymbols.symbol(r.variable()) + " = " + print(r.lo(), true).tex() + ", \\dots, "
          + print(r.hi(), true).tex();
    }
    if (a instanceof Ast.InArg in) {
      return MathSymbols.symbol(in.variable()) + " \\in " + MathPrinter.space(in.space());
    }
    Ast.ExceptArg x = (Ast.ExceptArg) a;
    return print(x.left(), true).tex() + " \\neq " + print(x.right(), true).tex();
  }

  static boolean isNamedFunction(String name) {
    return NAMED_FUNCTIONS.contains(name);
  }

  static int longExponent() {
    return LONG_EXPONENT;
  }

  static List<String> texts(List<Tex> ts) {
    List<String> out = new ArrayList<>();
    for (Tex t : ts) {
      out.add(t.tex());
    }
    return out;
  }
}

package deriv.report;

import static deriv.report.ExprTex.ATOM;
import static deriv.report.ExprTex.PRODUCT;
import static deriv.report.ExprTex.UNARY;

import deriv.report.ExprTex.Tex;
import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** Built-in functions and binders ({@code exp}, {@code sum}, {@code int}, {@code diff}, …) and user functions. */
final class Calls {
  private Calls() {}

  static Tex print(Ast.Call c, boolean script) {
    String f = c.function();
    List<Ast.Arg> args = c.args();
    if (args.size() == 1 && args.get(0) instanceof Ast.ExprArg only) {
      Tex arg = ExprTex.print(only.expr(), script);
      switch (f) {
        case "exp":
          return exp(only.expr());
        case "sqrt":
        case "√":
          return new Tex("\\sqrt{" + arg.tex() + "}", ATOM, true, false, false, false, false);
        case "abs":
          return ExprTex.absolute(arg);
        case "factorial": // N!, (N - 1)!
        case Ast.POSTFIX_FACTORIAL:
          return Tex.atom((arg.prec() == ATOM && !arg.signed() && !arg.tex().endsWith("!") ? arg.tex()
              : ExprTex.brackets(arg)) + "!");
        case "delta":
        case "δ":
          return applied("\\delta", List.of(arg));
        default:
          if (ExprTex.isNamedFunction(f)) {
            return named(f.equals("log") ? "\\ln" : "\\" + f, only.expr(), arg);
          }
      }
    }
    switch (f) {
      case "sum":
      case "Σ":
        return BigOperators.sumOrProduct("\\sum", args, script);
      case "prod":
      case "Π":
        return BigOperators.sumOrProduct("\\prod", args, script);
      case "int":
      case "∫":
        return BigOperators.integral(args, script);
      case "diff":
        return BigOperators.derivative(args, script);
      default:
        return userFunction(f, args, script);
    }
  }

  /** {@code e^{x}}, or {@code \exp(…)} when the exponent is too long to read as a superscript. */
  private static Tex exp(Ast.Expr argument) {
    Tex exponent = ExprTex.print(argument, true);
    if (exponent.tex().length() <= ExprTex.longExponent() && !exponent.tall()) {
      return new Tex("e^{" + exponent.tex() + "}", ExprTex.POWER, false, false, false, false, false);
    }
    Tex display = ExprTex.print(argument, false);
    return new Tex("\\exp" + ExprTex.brackets(display), ATOM, display.tall(), false, false, false, true);
  }

  /** {@code \ln x} for a plain argument, {@code \ln\left(\frac{a}{b}\right)} otherwise; TeX spaces operators. */
  private static Tex named(String macro, Ast.Expr argument, Tex arg) {
    boolean plain = argument instanceof Ast.Name || argument instanceof Ast.Member || argument instanceof Ast.Number;
    if (plain) {
      return new Tex(macro + " " + arg.tex(), UNARY, false, false, false, true, false);
    }
    return new Tex(macro + ExprTex.brackets(arg), UNARY, arg.tall(), false, false, false, false);
  }

  private static Tex userFunction(String name, List<Ast.Arg> args, boolean script) {
    List<Tex> printed = new ArrayList<>();
    for (Ast.Arg a : args) {
      printed.add(a instanceof Ast.ExprArg ea ? ExprTex.print(ea.expr(), script) : Tex.atom(ExprTex.argument(a)));
    }
    return applied(MathSymbols.function(name), printed);
  }

  /** {@code f(a, b)}, with growing brackets around tall arguments. */
  private static Tex applied(String head, List<Tex> args) {
    boolean tall = args.stream().anyMatch(Tex::tall);
    String inner = String.join(", ", ExprTex.texts(args));
    String tex = tall ? head + "\\left(" + inner + "\\right)" : head + "(" + inner + ")";
    return new Tex(tex, ATOM, tall, false, false, false, true);
  }

  /** A body under a big operator binds like a factor: a sum or a leading sign gets brackets. */
  static String body(Tex body) {
    return body.prec() < PRODUCT || body.signed() ? ExprTex.brackets(body) : body.tex();
  }
}

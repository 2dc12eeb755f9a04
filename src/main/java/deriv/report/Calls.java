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
          return new Tex(new MathNode.Sqrt(arg.node()), ATOM, true, false, false, false, false);
        case "abs":
          return ExprTex.absolute(arg);
        case "factorial": // N!, (N - 1)!
        case Ast.POSTFIX_FACTORIAL: {
          boolean plain = arg.prec() == ATOM && !arg.signed() && !arg.tex().endsWith("!");
          return Tex.atom(MathNode.row(plain ? arg.node() : ExprTex.brackets(arg), MathNode.op("!", "!")));
        }
        case "delta":
        case "δ":
          return applied(MathNode.ident("\\delta", "δ"), List.of(arg));
        default:
          if (ExprTex.isNamedFunction(f)) {
            String name = f.equals("log") ? "ln" : f;
            return named(new MathNode.Ident("\\" + name, name, true), only.expr(), arg);
          }
      }
    }
    switch (f) {
      case "sum":
      case "Σ":
        return BigOperators.sumOrProduct("\\sum", "∑", args, script);
      case "prod":
      case "Π":
        return BigOperators.sumOrProduct("\\prod", "∏", args, script);
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
      MathNode e = new MathNode.Scripts(MathNode.ident("e", "e"), null, exponent.node());
      return new Tex(e, ExprTex.POWER, false, false, false, false, false);
    }
    Tex display = ExprTex.print(argument, false);
    MathNode node = MathNode.row(new MathNode.Ident("\\exp", "exp", true), ExprTex.APPLY, ExprTex.brackets(display));
    return new Tex(node, ATOM, display.tall(), false, false, false, true);
  }

  /** {@code \ln x} for a plain argument, {@code \ln\left(\frac{a}{b}\right)} otherwise; TeX spaces operators. */
  private static Tex named(MathNode function, Ast.Expr argument, Tex arg) {
    boolean plain = argument instanceof Ast.Name || argument instanceof Ast.Member || argument instanceof Ast.Number;
    // TeX sets \ln as an operator with a thin space on each side; MathML Core leaves that to the author.
    MathNode before = new MathNode.Space("", "0.1667em");
    if (plain) {
      MathNode gap = MathNode.row(ExprTex.APPLY, new MathNode.Space(" ", "0.1667em"));
      return new Tex(MathNode.row(before, function, gap, arg.node()), UNARY, false, false, false, true, false);
    }
    return new Tex(MathNode.row(before, function, ExprTex.APPLY, ExprTex.brackets(arg)), UNARY, arg.tall(), false,
        false, false, false);
  }

  private static Tex userFunction(String name, List<Ast.Arg> args, boolean script) {
    List<Tex> printed = new ArrayList<>();
    for (Ast.Arg a : args) {
      printed.add(a instanceof Ast.ExprArg ea ? ExprTex.print(ea.expr(), script) : Tex.atom(ExprTex.argument(a)));
    }
    return applied(MathSymbols.function(name), printed);
  }

  /** {@code f(a, b)}, with growing brackets around tall arguments. */
  private static Tex applied(MathNode head, List<Tex> args) {
    boolean tall = args.stream().anyMatch(Tex::tall);
    MathNode inner = MathNode.join(ExprTex.nodes(args), MathNode.op(", ", ","));
    MathNode fenced = tall ? new MathNode.Fenced("\\left(", "\\right)", "(", ")", inner)
        : new MathNode.Fenced("(", ")", "(", ")", inner);
    return new Tex(MathNode.row(head, ExprTex.APPLY, fenced), ATOM, tall, false, false, false, true);
  }

  /** A body under a big operator binds like a factor: a sum or a leading sign gets brackets. */
  static MathNode body(Tex body) {
    return body.prec() < PRODUCT || body.signed() ? ExprTex.brackets(body) : body.node();
  }
}

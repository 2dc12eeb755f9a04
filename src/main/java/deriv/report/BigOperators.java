package deriv.report;

import static deriv.report.ExprTex.ATOM;
import static deriv.report.ExprTex.PRODUCT;

import deriv.report.ExprTex.Tex;
import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** Sums, products, integrals and derivatives: the operators with limits, measures or a variable. */
final class BigOperators {
  private BigOperators() {}

  /** {@code \sum_{j=1}^{N} e}; with {@code j != k}, {@code \sum_{\substack{j=1\\ j\neq k}}^{N} e}. */
  static Tex sumOrProduct(String operator, List<Ast.Arg> args, boolean script) {
    Tex body = body(args, script);
    List<String> limits = new ArrayList<>();
    List<String> excepts = new ArrayList<>();
    for (Ast.Arg a : operands(args)) {
      if (a instanceof Ast.RangeArg r) {
        limits.add(MathSymbols.symbol(r.variable()) + "=" + sub(r.lo()) + "}^{" + sub(r.hi()));
      } else if (a instanceof Ast.ExceptArg x) {
        excepts.add(sub(x.left()) + "\\neq " + sub(x.right()));
      } else if (a instanceof Ast.ExprArg ea) {
        limits.add(sub(ea.expr()) + "}^{");
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < limits.size(); i++) {
      String limit = limits.get(i);
      boolean last = i == limits.size() - 1;
      if (last && !excepts.isEmpty()) {
        int split = limit.indexOf("}^{");
        String lower = limit.substring(0, split) + "\\\\ " + String.join("\\\\ ", excepts);
        limit = "\\substack{" + lower + "}" + limit.substring(split);
      }
      out.append(operator).append("_{").append(limit).append("} ");
    }
    String tex = out.toString().replace("^{} ", " ") + Calls.body(body);
    return new Tex(tex, PRODUCT, true, false, false, true, false);
  }

  /** {@code \int_{\mathbb{R}^{3}} e \,\mathrm{d}^{3} y}; over families {@code \int e \,\mathrm{d}x\,\mathrm{d}p}. */
  static Tex integral(List<Ast.Arg> args, boolean script) {
    Tex body = body(args, script);
    StringBuilder signs = new StringBuilder();
    StringBuilder measure = new StringBuilder();
    boolean plainSign = false;
    for (Ast.Arg a : operands(args)) {
      if (a instanceof Ast.InArg in) {
        signs.append("\\int_{").append(MathPrinter.space(in.space())).append("} ");
        String power = in.space().power() > 1 ? "^{" + in.space().power() + "}" : "";
        measure.append("\\,\\mathrm{d}").append(power).append(' ').append(MathSymbols.symbol(in.variable()));
      } else if (a instanceof Ast.RangeArg r) {
        signs.append("\\int_{").append(sub(r.lo())).append("}^{").append(sub(r.hi())).append("} ");
        measure.append("\\,\\mathrm{d}").append(MathSymbols.symbol(r.variable()));
      } else if (a instanceof Ast.ExprArg ea) {
        plainSign = true;
        measure.append("\\,\\mathrm{d}").append(ExprTex.print(ea.expr(), true).tex());
      }
    }
    if (plainSign || signs.length() == 0) {
      signs.append("\\int ");
    }
    String tex = signs + Calls.body(body) + " " + measure;
    return new Tex(tex, ATOM, true, false, false, false, true);
  }

  /** {@code \frac{\partial f}{\partial x}} for a symbol, {@code \frac{\partial}{\partial x}(…)} otherwise. */
  static Tex derivative(List<Ast.Arg> args, boolean script) {
    // diff(e, x): unlike the other binders, the body comes first.
    Tex body = body(args.subList(0, Math.min(1, args.size())), script);
    List<String> variables = new ArrayList<>();
    for (Ast.Arg a : args.subList(Math.min(1, args.size()), args.size())) {
      variables.add("\\partial " + (a instanceof Ast.ExprArg ea ? ExprTex.print(ea.expr(), true).tex()
          : ExprTex.argument(a)));
    }
    String order = variables.size() > 1 ? "^{" + variables.size() + "}" : "";
    String denominator = String.join("\\,", variables);
    boolean symbol = body.prec() == ATOM && !body.tall() && body.tex().length() <= 24;
    if (symbol) {
      return new Tex("\\frac{\\partial" + order + " " + body.tex() + "}{" + denominator + "}", ATOM, true, false,
          false, false, false);
    }
    String operand = body.prec() <= PRODUCT || body.signed() ? ExprTex.brackets(body) : body.tex();
    return new Tex("\\frac{\\partial" + order + "}{" + denominator + "} " + operand, PRODUCT, true, false, false,
        true, false);
  }

  /** The last argument is the body of every binder; the others bind its variables. */
  private static Tex body(List<Ast.Arg> args, boolean script) {
    Ast.Arg last = args.isEmpty() ? null : args.get(args.size() - 1);
    if (last instanceof Ast.ExprArg ea) {
      return ExprTex.print(ea.expr(), script);
    }
    return Tex.atom("\\text{?}");
  }

  private static List<Ast.Arg> operands(List<Ast.Arg> args) {
    return args.isEmpty() ? args : args.subList(0, args.size() - 1);
  }

  private static String sub(Ast.Expr e) {
    return ExprTex.print(e, true).tex();
  }
}

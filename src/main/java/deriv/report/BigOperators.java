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

  private static final MathNode THIN = new MathNode.Space("\\,", "0.1667em");
  private static final MathNode TEX_GAP = new MathNode.Space(" ", null);

  /** {@code \sum_{j=1}^{N} e}; with {@code j != k}, {@code \sum_{\substack{j=1\\ j\neq k}}^{N} e}. */
  static Tex sumOrProduct(String operatorTex, String operator, List<Ast.Arg> args, boolean script) {
    Tex body = body(args, script);
    List<MathNode> lowers = new ArrayList<>();
    List<MathNode> uppers = new ArrayList<>();
    List<MathNode> excepts = new ArrayList<>();
    for (Ast.Arg a : operands(args)) {
      if (a instanceof Ast.RangeArg r) {
        lowers.add(MathNode.row(MathSymbols.symbolNode(r.variable()), MathNode.op("=", "="), sub(r.lo())));
        uppers.add(sub(r.hi()));
      } else if (a instanceof Ast.ExceptArg x) {
        excepts.add(MathNode.row(sub(x.left()), MathNode.op("\\neq ", "≠"), sub(x.right())));
      } else if (a instanceof Ast.ExprArg ea) {
        lowers.add(sub(ea.expr()));
        uppers.add(null);
      }
    }
    List<MathNode> out = new ArrayList<>();
    for (int i = 0; i < lowers.size(); i++) {
      List<MathNode> under = new ArrayList<>(List.of(lowers.get(i)));
      if (i == lowers.size() - 1) {
        under.addAll(excepts); // the exclusions stack under the innermost operator
      }
      out.add(new MathNode.BigOp(operatorTex, operator, under, uppers.get(i)));
    }
    out.add(Calls.body(body));
    return new Tex(new MathNode.Row(out), PRODUCT, true, false, false, true, false);
  }

  /** {@code \int_{\mathbb{R}^{3}} e \,\mathrm{d}^{3} y}; over families {@code \int e \,\mathrm{d}x\,\mathrm{d}p}. */
  static Tex integral(List<Ast.Arg> args, boolean script) {
    Tex body = body(args, script);
    List<MathNode> signs = new ArrayList<>();
    List<MathNode> measure = new ArrayList<>();
    boolean plainSign = false;
    for (Ast.Arg a : operands(args)) {
      if (a instanceof Ast.InArg in) {
        signs.add(new MathNode.BigOp("\\int", "∫", List.of(MathPrinter.spaceNode(in.space())), null));
        int power = in.space().power();
        MathNode d = power > 1 ? new MathNode.Scripts(differential(), null, new MathNode.Num(String.valueOf(power)))
            : differential();
        measure.add(MathNode.row(THIN, d, TEX_GAP, MathSymbols.symbolNode(in.variable())));
      } else if (a instanceof Ast.IntervalArg r) {
        signs.add(new MathNode.BigOp("\\int", "∫", List.of(bound(r.lo())), bound(r.hi())));
        measure.add(MathNode.row(THIN, differential(), MathSymbols.symbolNode(r.variable())));
      } else if (a instanceof Ast.RangeArg r) {
        signs.add(new MathNode.BigOp("\\int", "∫", List.of(sub(r.lo())), sub(r.hi())));
        measure.add(MathNode.row(THIN, differential(), MathSymbols.symbolNode(r.variable())));
      } else if (a instanceof Ast.ExprArg ea) {
        plainSign = true;
        measure.add(MathNode.row(THIN, differential(), ExprTex.print(ea.expr(), true).node()));
      }
    }
    if (plainSign || signs.isEmpty()) {
      signs.add(new MathNode.BigOp("\\int", "∫", List.of(), null));
    }
    List<MathNode> out = new ArrayList<>(signs);
    out.add(Calls.body(body));
    out.add(TEX_GAP);
    out.addAll(measure);
    return new Tex(new MathNode.Row(out), ATOM, true, false, false, false, true);
  }

  private static MathNode differential() {
    return new MathNode.Ident("\\mathrm{d}", "d", true);
  }

  /** {@code \frac{\partial f}{\partial x}} for a symbol, {@code \frac{\partial}{\partial x}(…)} otherwise. */
  static Tex derivative(List<Ast.Arg> args, boolean script) {
    // diff(e, x): unlike the other binders, the body comes first.
    Tex body = body(args.subList(0, Math.min(1, args.size())), script);
    // d/dx when the body depends on nothing but the variables (φ(x), x^2 ln x); ∂/∂x when other symbols may vary.
    MathNode.Op d = ordinary(args) ? MathNode.op("\\mathrm{d}", "d") : MathNode.op("\\partial", "∂");
    List<MathNode> variables = new ArrayList<>();
    for (Ast.Arg a : args.subList(Math.min(1, args.size()), args.size())) {
      MathNode variable = a instanceof Ast.ExprArg ea ? ExprTex.print(ea.expr(), true).node() : ExprTex.argument(a);
      variables.add(MathNode.row(MathNode.op(d.tex() + " ", d.text()), variable));
    }
    MathNode partial = d;
    if (variables.size() > 1) {
      partial = new MathNode.Scripts(partial, null, new MathNode.Num(String.valueOf(variables.size())));
    }
    MathNode denominator = MathNode.join(variables, THIN);
    boolean symbol = body.prec() == ATOM && !body.tall() && body.tex().length() <= 24;
    if (symbol) {
      MathNode frac = new MathNode.Frac(MathNode.row(partial, TEX_GAP, body.node()), denominator);
      return new Tex(frac, ATOM, true, false, false, false, false);
    }
    MathNode operand = body.prec() <= PRODUCT || body.signed() ? ExprTex.brackets(body) : body.node();
    MathNode node = MathNode.row(new MathNode.Frac(partial, denominator), TEX_GAP, operand);
    return new Tex(node, PRODUCT, true, false, false, true, false);
  }

  /** Whether {@code diff(body, x, …)}'s body mentions no value but the variables it is differentiated by. */
  private static boolean ordinary(List<Ast.Arg> args) {
    if (args.isEmpty() || !(args.get(0) instanceof Ast.ExprArg body)) {
      return false;
    }
    java.util.Set<String> variables = new java.util.HashSet<>();
    for (Ast.Arg a : args.subList(1, args.size())) {
      if (!(a instanceof Ast.ExprArg ea && ea.expr() instanceof Ast.Name n)) {
        return false;
      }
      variables.add(n.name());
    }
    return variables.containsAll(Mentions.values(body.expr()));
  }

  /** The last argument is the body of every binder; the others bind its variables. */
  private static Tex body(List<Ast.Arg> args, boolean script) {
    Ast.Arg last = args.isEmpty() ? null : args.get(args.size() - 1);
    if (last instanceof Ast.ExprArg ea) {
      return ExprTex.print(ea.expr(), script);
    }
    return Tex.atom(new MathNode.Ident("\\text{?}", "?", true));
  }

  private static List<Ast.Arg> operands(List<Ast.Arg> args) {
    return args.isEmpty() ? args : args.subList(0, args.size() - 1);
  }

  /** A bound of a definite integral: ∞ however it is spelled ({@code inf}, {@code oo}, {@code -∞}) is \\infty. */
  private static MathNode bound(Ast.Expr e) {
    if (!deriv.resolve.Names.isInfinity(e)) {
      return sub(e);
    }
    MathNode infinity = MathNode.ident("\\infty", "∞");
    return e instanceof Ast.Unary u && u.op() == '-' ? MathNode.row(MathNode.op("-", "\u2212"), infinity) : infinity;
  }

  private static MathNode sub(Ast.Expr e) {
    return ExprTex.print(e, true).node();
  }
}

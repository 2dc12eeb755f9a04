package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Syntax-tree expressions to publication-grade math, for pdfLaTeX (amsmath, amssymb), MathJax and MathML alike.
 * Parentheses are those the precedence needs: the author's {@link Ast.Paren} are dropped where they change
 * nothing. Division is {@code \frac} in display and a slash in exponents and subscripts. The {@code …Node}
 * methods give the {@link MathNode} that {@link TexMath} and {@link MathMl} spell; the others its LaTeX.
 */
public final class MathPrinter {
  private MathPrinter() {}

  private static final Map<String, String> RELATIONS = Map.of("=", "=", "≈", "\\approx", "<", "<", "<=",
      "\\leq", ">", ">", ">=", "\\geq", "!=", "\\neq", "≤", "\\leq", "≥", "\\geq", "≠", "\\neq");

  /** The same relations as Unicode characters, for MathML. */
  private static final Map<String, String> RELATION_TEXT = Map.of("=", "=", "≈", "≈", "<", "<", "<=", "≤",
      ">", ">", ">=", "≥", "!=", "≠", "≤", "≤", "≥", "≥", "≠", "≠");

  private static final Map<String, String> SPACES = Map.ofEntries(Map.entry("real", "\\mathbb{R}"),
      Map.entry("R", "\\mathbb{R}"), Map.entry("ℝ", "\\mathbb{R}"), Map.entry("positive", "\\mathbb{R}_{>0}"),
      Map.entry("nonnegative", "\\mathbb{R}_{\\geq 0}"), Map.entry("negative", "\\mathbb{R}_{<0}"),
      Map.entry("nonzero", "\\mathbb{R}\\setminus\\{0\\}"), Map.entry("integer", "\\mathbb{Z}"),
      Map.entry("Z", "\\mathbb{Z}"), Map.entry("ℤ", "\\mathbb{Z}"), Map.entry("natural", "\\mathbb{N}"),
      Map.entry("vector", "\\mathbb{R}^{3}"), Map.entry("complex", "\\mathbb{C}"), Map.entry("C", "\\mathbb{C}"));

  /** The LaTeX math for an expression. */
  public static String expr(Ast.Expr e) {
    return TexMath.render(exprNode(e));
  }

  static MathNode exprNode(Ast.Expr e) {
    return ExprTex.print(e, false).node();
  }

  /** {@code lhs = rhs}, {@code lhs \approx rhs}, {@code a \neq 0}, … */
  public static String equation(Ast.Expr lhs, String relation, Ast.Expr rhs) {
    return TexMath.render(equationNode(lhs, relation, rhs));
  }

  static MathNode equationNode(Ast.Expr lhs, String relation, Ast.Expr rhs) {
    MathNode.Op r = relationNode(relation);
    return MathNode.row(exprNode(lhs), MathNode.op(" " + r.tex() + " ", r.text()), exprNode(rhs));
  }

  public static String condition(Ast.Condition c) {
    return equation(c.left(), c.relation(), c.right());
  }

  static MathNode conditionNode(Ast.Condition c) {
    return equationNode(c.left(), c.relation(), c.right());
  }

  /** {@code =}, {@code ≈}, {@code <=}, {@code !=} … as LaTeX relations; anything unknown as escaped text. */
  public static String relation(String relation) {
    return relationNode(relation).tex();
  }

  static MathNode.Op relationNode(String relation) {
    String known = RELATIONS.get(relation);
    return known != null ? MathNode.op(known, RELATION_TEXT.get(relation))
        : MathNode.op("\\mathrel{\\text{" + LatexText.escape(relation) + "}}", relation);
  }

  /** A declared identifier as a symbol: {@code k_B} → {@code k_{\mathrm{B}}}. */
  public static String symbol(String identifier) {
    return MathSymbols.symbol(identifier);
  }

  /** A family {@code x[1..N]} as {@code x_{1}, \dots, x_{N}}; a plain name as its symbol. */
  public static String declaredName(Ast.DeclName n) {
    return TexMath.render(declaredNameNode(n));
  }

  static MathNode declaredNameNode(Ast.DeclName n) {
    if (!n.isFamily()) {
      return MathSymbols.symbolNode(n.name());
    }
    MathNode lo = ExprTex.print(n.lo(), true).node();
    MathNode hi = ExprTex.print(n.hi(), true).node();
    return MathNode.row(MathSymbols.member(n.name(), lo), MathNode.op(", ", ","), MathNode.op("\\dots", "…"),
        MathNode.op(", ", ","), MathSymbols.member(n.name(), hi));
  }

  /** {@code real} → {@code \mathbb{R}}, {@code R^3} → {@code \mathbb{R}^{3}}, {@code positive} → {@code \mathbb{R}_{>0}}. */
  public static String space(Ast.Space s) {
    return TexMath.render(spaceNode(s));
  }

  static MathNode spaceNode(Ast.Space s) {
    String known = SPACES.get(s.name());
    MathNode base = known != null ? knownSpace(known)
        : new MathNode.Ident("\\mathrm{" + LatexText.escape(s.name()) + "}", s.name(), true);
    return s.power() == 1 ? base : new MathNode.Scripts(base, null, new MathNode.Num(String.valueOf(s.power())));
  }

  /** The spaces of {@link #SPACES}, taken apart: a blackboard letter with any restriction. */
  private static MathNode knownSpace(String tex) {
    String letter = tex.substring("\\mathbb{".length(), "\\mathbb{".length() + 1);
    MathNode set = new MathNode.Ident("\\mathbb{" + letter + "}", blackboard(letter), true);
    String rest = tex.substring("\\mathbb{R}".length());
    switch (rest) {
      case "": return set;
      case "^{3}": return new MathNode.Scripts(set, null, new MathNode.Num("3"));
      case "_{>0}": return new MathNode.Scripts(set, MathNode.row(MathNode.op(">", ">"), new MathNode.Num("0")), null);
      case "_{<0}": return new MathNode.Scripts(set, MathNode.row(MathNode.op("<", "<"), new MathNode.Num("0")), null);
      case "_{\\geq 0}":
        return new MathNode.Scripts(set, MathNode.row(MathNode.op("\\geq ", "≥"), new MathNode.Num("0")), null);
      default: // \setminus\{0\}
        return MathNode.row(set, MathNode.op("\\setminus", "∖"), MathNode.op("\\{", "{"), new MathNode.Num("0"),
            MathNode.op("\\}", "}"));
    }
  }

  private static String blackboard(String letter) {
    switch (letter) {
      case "Z": return "ℤ";
      case "N": return "ℕ";
      case "C": return "ℂ";
      default: return "ℝ";
    }
  }

  /** A value space, or a function type {@code \mathbb{R}^{3} \times \mathbb{R}^{3} \to \mathbb{R}}. */
  public static String type(Ast.Type t) {
    return TexMath.render(typeNode(t));
  }

  static MathNode typeNode(Ast.Type t) {
    if (!t.isFunction()) {
      return spaceNode(t.result());
    }
    List<MathNode> args = new ArrayList<>();
    for (Ast.Space s : t.arguments()) {
      args.add(spaceNode(s));
    }
    return MathNode.row(MathNode.join(args, MathNode.op(" \\times ", "×")), MathNode.op(" \\to ", "→"),
        spaceNode(t.result()));
  }

  /** The left side of a definition: {@code D} or {@code V(y)}. */
  public static String definitionHead(Ast.Def d) {
    return TexMath.render(definitionHeadNode(d));
  }

  static MathNode definitionHeadNode(Ast.Def d) {
    if (d.params().isEmpty()) {
      return MathSymbols.symbolNode(d.name());
    }
    List<MathNode> params = new ArrayList<>();
    for (Ast.Param p : d.params()) {
      params.add(MathSymbols.symbolNode(p.name()));
    }
    return MathNode.row(MathSymbols.function(d.name()), ExprTex.APPLY,
        new MathNode.Fenced("(", ")", "(", ")", MathNode.join(params, MathNode.op(", ", ","))));
  }

  /** The arguments of a rule ({@code by subst(x = 2)}) as math, comma-separated. */
  public static String arguments(List<Ast.Arg> args) {
    return TexMath.render(argumentsNode(args));
  }

  static MathNode argumentsNode(List<Ast.Arg> args) {
    List<MathNode> out = new ArrayList<>();
    for (Ast.Arg a : args) {
      out.add(ExprTex.argument(a));
    }
    return MathNode.join(out, MathNode.op(", ", ","));
  }
}

package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Syntax-tree expressions to publication-grade LaTeX math, for pdfLaTeX (amsmath, amssymb) and MathJax alike.
 * Parentheses are those the precedence needs: the author's {@link Ast.Paren} are dropped where they change
 * nothing. Division is {@code \frac} in display and a slash in exponents and subscripts.
 */
public final class MathPrinter {
  private MathPrinter() {}

  private static final Map<String, String> RELATIONS = Map.of("=", "=", "≈", "\\approx", "<", "<", "<=",
      "\\leq", ">", ">", ">=", "\\geq", "!=", "\\neq", "≤", "\\leq", "≥", "\\geq", "≠", "\\neq");

  private static final Map<String, String> SPACES = Map.ofEntries(Map.entry("real", "\\mathbb{R}"),
      Map.entry("R", "\\mathbb{R}"), Map.entry("ℝ", "\\mathbb{R}"), Map.entry("positive", "\\mathbb{R}_{>0}"),
      Map.entry("nonnegative", "\\mathbb{R}_{\\geq 0}"), Map.entry("negative", "\\mathbb{R}_{<0}"),
      Map.entry("nonzero", "\\mathbb{R}\\setminus\\{0\\}"), Map.entry("integer", "\\mathbb{Z}"),
      Map.entry("Z", "\\mathbb{Z}"), Map.entry("ℤ", "\\mathbb{Z}"), Map.entry("natural", "\\mathbb{N}"),
      Map.entry("vector", "\\mathbb{R}^{3}"), Map.entry("complex", "\\mathbb{C}"), Map.entry("C", "\\mathbb{C}"));

  /** The LaTeX math for an expression. */
  public static String expr(Ast.Expr e) {
    return ExprTex.print(e, false).tex();
  }

  /** {@code lhs = rhs}, {@code lhs \approx rhs}, {@code a \neq 0}, … */
  public static String equation(Ast.Expr lhs, String relation, Ast.Expr rhs) {
    return expr(lhs) + " " + relation(relation) + " " + expr(rhs);
  }

  public static String condition(Ast.Condition c) {
    return equation(c.left(), c.relation(), c.right());
  }

  /** {@code =}, {@code ≈}, {@code <=}, {@code !=} … as LaTeX relations; anything unknown as escaped text. */
  public static String relation(String relation) {
    String known = RELATIONS.get(relation);
    return known != null ? known : "\\mathrel{\\text{" + LatexText.escape(relation) + "}}";
  }

  /** A declared identifier as a symbol: {@code k_B} → {@code k_{\mathrm{B}}}. */
  public static String symbol(String identifier) {
    return MathSymbols.symbol(identifier);
  }

  /** A family {@code x[1..N]} as {@code x_{1}, \dots, x_{N}}; a plain name as its symbol. */
  public static String declaredName(Ast.DeclName n) {
    if (!n.isFamily()) {
      return symbol(n.name());
    }
    String lo = ExprTex.print(n.lo(), true).tex();
    String hi = ExprTex.print(n.hi(), true).tex();
    return MathSymbols.member(n.name(), lo) + ", \\dots, " + MathSymbols.member(n.name(), hi);
  }

  /** {@code real} → {@code \mathbb{R}}, {@code R^3} → {@code \mathbb{R}^{3}}, {@code positive} → {@code \mathbb{R}_{>0}}. */
  public static String space(Ast.Space s) {
    String known = SPACES.get(s.name());
    String base = known != null ? known : "\\mathrm{" + LatexText.escape(s.name()) + "}";
    return s.power() == 1 ? base : base + "^{" + s.power() + "}";
  }

  /** A value space, or a function type {@code \mathbb{R}^{3} \times \mathbb{R}^{3} \to \mathbb{R}}. */
  public static String type(Ast.Type t) {
    if (!t.isFunction()) {
      return space(t.result());
    }
    List<String> args = new ArrayList<>();
    for (Ast.Space s : t.arguments()) {
      args.add(space(s));
    }
    return String.join(" \\times ", args) + " \\to " + space(t.result());
  }

  /** The left side of a definition: {@code D} or {@code V(y)}. */
  public static String definitionHead(Ast.Def d) {
    if (d.params().isEmpty()) {
      return symbol(d.name());
    }
    List<String> params = new ArrayList<>();
    for (Ast.Param p : d.params()) {
      params.add(symbol(p.name()));
    }
    return MathSymbols.function(d.name()) + "(" + String.join(", ", params) + ")";
  }

  /** The arguments of a rule ({@code by subst(x = 2)}) as math, comma-separated. */
  public static String arguments(List<Ast.Arg> args) {
    List<String> out = new ArrayList<>();
    for (Ast.Arg a : args) {
      out.add(ExprTex.argument(a));
    }
    return String.join(", ", out);
  }
}

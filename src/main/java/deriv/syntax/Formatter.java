package deriv.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code deriv fmt}: a parsed file printed in the canonical layout, its comments kept in place.
 *
 * <p>One statement per line (or line group); a chain starts on its own line under {@code claim NAME:}, each link on
 * a line of its own indented under the first expression, the {@code by} clauses of a chain in one column. A claim
 * with a single link stays on one line when it fits. Expressions keep exactly the author's parentheses, so the
 * result parses to the same tree (up to positions); formatting it again changes nothing.
 */
public final class Formatter {
  /** A one-link claim (or one derived `from` facts) longer than this is laid out on several lines. */
  static final int LINE_WIDTH = 100;

  /** The formatted text, or null with the diagnostics when the file does not parse. */
  public record Result(String text, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return text != null;
    }
  }

  private Formatter() {}

  public static Result format(String path, String text) {
    Parsing.Result parsed = Parsing.parse(path, text);
    if (parsed.hasErrors()) {
      return new Result(null, parsed.diagnostics());
    }
    List<Comments.Comment> comments = Comments.of(text);
    List<Layout.Line> lines = new ArrayList<>();
    int group = 0;
    for (Ast.Derivation d : parsed.file().derivations()) {
      String title = d.title().equals(d.name()) ? "" : " " + ExprFormat.quoted(d.title());
      lines.add(Layout.Line.of(Layout.Level.HEADER, 0, "derivation " + d.name() + title, d.span().line(),
          d.span().line(), group++));
      for (Ast.Statement s : d.statements()) {
        statement(s, lines, group++, comments);
      }
    }
    return new Result(Layout.render(lines, comments, text), List.of());
  }

  private static void statement(Ast.Statement s, List<Layout.Line> out, int group, List<Comments.Comment> comments) {
    if (s instanceof Ast.Claim c) {
      // a comment before the claim's last line keeps the claim on several lines, so that it stays in place
      boolean inner = comments.stream().anyMatch(k -> k.line() >= c.span().line() && k.line() < c.span().endLine());
      claim(c, out, group, inner);
      return;
    }
    out.add(Layout.Line.of(Layout.Level.STATEMENT, 0, text(s), s.span().line(), s.span().endLine(), group));
  }

  /** A statement other than a claim, on one line. */
  private static String text(Ast.Statement s) {
    if (s instanceof Ast.Let l) {
      String conditions = l.conditions().stream().map(c -> ", " + ExprFormat.condition(c)).reduce("", String::concat);
      String constant = l.constant() == null ? "" : " = " + l.constant().name();
      return "let " + ExprFormat.join(l.names(), ExprFormat::declName) + " : " + ExprFormat.type(l.type())
          + constant + conditions;
    }
    if (s instanceof Ast.Assume a) {
      return "assume " + ExprFormat.join(a.conditions(), ExprFormat::condition);
    }
    if (s instanceof Ast.Def d) {
      return "def " + d.name() + params(d.params()) + " := " + ExprFormat.expr(d.body());
    }
    if (s instanceof Ast.Assumed a) {
      boolean approx = a.kind() == Ast.Assumed.Kind.APPROXIMATION;
      return (approx ? "approx " : "postulate ") + a.name() + params(a.params()) + ": " + ExprFormat.expr(a.lhs())
          + (approx ? " ≈ " : " = ") + ExprFormat.expr(a.rhs());
    }
    if (s instanceof Ast.Goal g) {
      return "goal " + ExprFormat.expr(g.lhs()) + " " + g.relation() + " " + ExprFormat.expr(g.rhs());
    }
    if (s instanceof Ast.Note n) {
      return "note " + ExprFormat.quoted(n.text());
    }
    Ast.Import i = (Ast.Import) s;
    return "import " + String.join(", ", i.names()) + " from " + ExprFormat.quoted(i.from());
  }

  private static void claim(Ast.Claim c, List<Layout.Line> out, int group, boolean innerComments) {
    String head = "claim " + c.name() + ":";
    String first = ExprFormat.expr(c.first());
    String from = c.from() == null ? "" : "from " + ExprFormat.join(c.from().facts(), ExprFormat::fact)
        + (c.from().rule() == null ? "" : " by " + ExprFormat.rule(c.from().rule()));
    if (c.links().size() == 1 && !innerComments) {
      Ast.Link l = c.links().get(0);
      String one = head + " " + first + " " + link(l) + by(l) + (from.isEmpty() ? "" : " " + from);
      if (fits(one)) {
        out.add(Layout.Line.of(Layout.Level.STATEMENT, 0, one, c.span().line(), c.span().endLine(), group));
        return;
      }
    }
    out.add(Layout.Line.of(Layout.Level.STATEMENT, 0, head, c.span().line(), c.nameSpan().endLine(), group));
    out.add(Layout.Line.of(Layout.Level.INNER, 2, first, c.first().span().line(), c.first().span().endLine(),
        group));
    for (Ast.Link l : c.links()) {
      String rule = l.rule() == null ? null : "by " + ExprFormat.rule(l.rule());
      List<String> rows = rows(l);
      for (int i = 0; i < rows.size(); i++) {
        boolean last = i == rows.size() - 1;
        out.add(new Layout.Line(Layout.Level.LINK, 4, rows.get(i), last ? rule : null, l.span().line(),
            last ? l.span().endLine() : l.span().line(), group));
      }
    }
    if (c.from() != null) {
      out.add(Layout.Line.of(Layout.Level.INNER, 4, from, c.from().span().line(), c.from().span().endLine(), group));
    }
  }

  /**
   * A link on one line, or, when it is wider than the line, broken before the + and − of its top-level sum and packed
   * onto continuation lines two columns further in (a textbook's sum of long terms, one or a few per line). The
   * pieces joined by spaces are the one-line text, so the file parses to the same tree.
   */
  private static List<String> rows(Ast.Link l) {
    String one = link(l);
    List<String> pieces = new ArrayList<>();
    summands(l.expr(), pieces);
    if (pieces.size() < 2 || fits(" ".repeat(4) + one)) {
      return List.of(one);
    }
    pieces.set(0, (l.approximate() ? "≈ " : "= ") + pieces.get(0));
    List<String> rows = new ArrayList<>();
    String row = pieces.get(0);
    for (String piece : pieces.subList(1, pieces.size())) {
      String longer = row + " " + piece;
      if (fits(" ".repeat(4) + longer)) {
        row = longer;
      } else {
        rows.add(row);
        row = "  " + piece;
      }
    }
    rows.add(row);
    return rows;
  }

  /** The terms of a top-level sum as printed: {@code a + b - c} gives a, + b, - c. */
  private static void summands(Ast.Expr e, List<String> out) {
    if (e instanceof Ast.Binary b && (b.op() == '+' || b.op() == '-')) {
      summands(b.left(), out);
      out.add(b.op() + " " + ExprFormat.expr(b.right()));
    } else {
      out.add(ExprFormat.expr(e));
    }
  }

  private static String params(java.util.List<Ast.Param> params) {
    return params.isEmpty() ? "" : "(" + ExprFormat.join(params, ExprFormat::param) + ")";
  }

  private static boolean fits(String line) {
    return line.codePointCount(0, line.length()) <= LINE_WIDTH;
  }

  private static String link(Ast.Link l) {
    return (l.approximate() ? "≈ " : "= ") + ExprFormat.expr(l.expr());
  }

  private static String by(Ast.Link l) {
    return l.rule() == null ? "" : " by " + ExprFormat.rule(l.rule());
  }
}

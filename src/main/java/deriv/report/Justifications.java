package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** The "by rule(args)" and "from fact[y := e], … by rule" beside a step, as words and math. */
final class Justifications {
  private Justifications() {}

  static List<Outline.Piece> by(Ast.RuleRef rule) {
    List<Outline.Piece> out = new ArrayList<>();
    if (rule != null) {
      out.add(new Outline.Piece(false, "by " + rule.name()));
      if (!rule.args().isEmpty()) {
        out.add(new Outline.Piece(true, "(" + MathPrinter.arguments(rule.args()) + ")"));
      }
    }
    return out;
  }

  /** Adjacent words become one piece, so that each report sets them as one run of text. */
  private static void add(List<Outline.Piece> out, Outline.Piece piece) {
    int last = out.size() - 1;
    if (last >= 0 && !piece.math() && !out.get(last).math()) {
      out.set(last, new Outline.Piece(false, out.get(last).content() + piece.content()));
    } else {
      out.add(piece);
    }
  }

  static List<Outline.Piece> from(Ast.From from) {
    List<Outline.Piece> out = new ArrayList<>();
    add(out, new Outline.Piece(false, "from "));
    for (int i = 0; i < from.facts().size(); i++) {
      Ast.FactRef fact = from.facts().get(i);
      add(out, new Outline.Piece(false, (i > 0 ? ", " : "") + fact.name()));
      if (!fact.bindings().isEmpty()) {
        List<String> bindings = new ArrayList<>();
        for (Ast.Binding b : fact.bindings()) {
          bindings.add(MathPrinter.symbol(b.name()) + " \\mapsto " + MathPrinter.expr(b.value()));
        }
        add(out, new Outline.Piece(true, "[" + String.join(", ", bindings) + "]"));
      }
    }
    if (from.rule() != null) {
      add(out, new Outline.Piece(false, " "));
      by(from.rule()).forEach(p -> add(out, p));
    }
    return out;
  }
}

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
      out.add(new Outline.Piece("by " + rule.name(), null));
      if (!rule.args().isEmpty()) {
        MathNode args = MathPrinter.argumentsNode(rule.args());
        out.add(new Outline.Piece(null, new MathNode.Fenced("(", ")", "(", ")", args)));
      }
    }
    return out;
  }

  /** Adjacent words become one piece, so that each report sets them as one run of text. */
  private static void add(List<Outline.Piece> out, Outline.Piece piece) {
    int last = out.size() - 1;
    if (last >= 0 && !piece.math() && !out.get(last).math()) {
      out.set(last, new Outline.Piece(out.get(last).text() + piece.text(), null));
    } else {
      out.add(piece);
    }
  }

  static List<Outline.Piece> from(Ast.From from) {
    List<Outline.Piece> out = new ArrayList<>();
    add(out, new Outline.Piece("from ", null));
    for (int i = 0; i < from.facts().size(); i++) {
      Ast.FactRef fact = from.facts().get(i);
      add(out, new Outline.Piece((i > 0 ? ", " : "") + fact.name(), null));
      if (!fact.bindings().isEmpty()) {
        List<MathNode> bindings = new ArrayList<>();
        for (Ast.Binding b : fact.bindings()) {
          bindings.add(MathNode.row(MathSymbols.symbolNode(b.name()), MathNode.op(" \\mapsto ", "↦"),
              MathPrinter.exprNode(b.value())));
        }
        MathNode list = MathNode.join(bindings, MathNode.op(", ", ","));
        add(out, new Outline.Piece(null, new MathNode.Fenced("[", "]", "[", "]", list)));
      }
    }
    if (from.rule() != null) {
      add(out, new Outline.Piece(" ", null));
      by(from.rule()).forEach(p -> add(out, p));
    }
    return out;
  }
}

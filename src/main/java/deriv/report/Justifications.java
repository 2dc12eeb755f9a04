package deriv.report;

import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** The "by rule(args)" and "from fact[y := e], … by rule" beside a step, as words and math. */
final class Justifications {
  private Justifications() {}

  /** {@code by NAME(args)}; {@code facts} are the earlier results' names, which are set apart from rule names. */
  static List<Outline.Piece> by(Ast.RuleRef rule, java.util.Set<String> facts) {
    List<Outline.Piece> out = new ArrayList<>();
    if (rule != null) {
      if (facts.contains(rule.name())) {
        out.add(new Outline.Piece("by ", null));
        out.add(new Outline.Piece(rule.name(), null, true));
      } else {
        out.add(new Outline.Piece("by " + rule.name(), null));
      }
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
    if (last >= 0 && !piece.math() && !out.get(last).math() && !piece.fact() && !out.get(last).fact()) {
      out.set(last, new Outline.Piece(out.get(last).text() + piece.text(), null));
    } else {
      out.add(piece);
    }
  }

  static List<Outline.Piece> from(Ast.From from, java.util.Set<String> facts) {
    List<Outline.Piece> out = new ArrayList<>();
    add(out, new Outline.Piece("from ", null));
    for (int i = 0; i < from.facts().size(); i++) {
      Ast.FactRef fact = from.facts().get(i);
      if (i > 0) {
        add(out, new Outline.Piece(", ", null));
      }
      add(out, new Outline.Piece(fact.name(), null, true));
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
      by(from.rule(), facts).forEach(p -> add(out, p));
    }
    return out;
  }
}

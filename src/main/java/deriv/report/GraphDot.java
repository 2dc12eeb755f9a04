package deriv.report;

import deriv.kernel.Status;

/** A {@link DerivationGraph} in Graphviz's DOT language, for {@code deriv graph --format dot}. */
final class GraphDot {
  private GraphDot() {}

  static String write(DerivationGraph g) {
    StringBuilder out = new StringBuilder("// Written by deriv: the derivation graph (an output only).\n");
    out.append("digraph ").append(quote(g.title())).append(" {\n  rankdir=TB;\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"monospace\"];\n");
    for (DerivationGraph.Node n : g.nodes()) {
      Status shown = Tally.shown(n.status());
      out.append("  ").append(quote(n.id())).append(" [label=").append(quote(n.name() + "\n" + n.kind().label + " "
          + Marks.unicode(shown))).append(", fillcolor=\"").append(Marks.css(shown, 0.85)).append("\", color=\"")
          .append(n.onGoalPath() ? GraphSvg.HIGHLIGHT : Marks.css(shown, 0)).append('"')
          .append(n.onGoalPath() ? ", penwidth=3" : "").append("];\n");
    }
    for (DerivationGraph.Edge e : g.edges()) {
      out.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(" [label=")
          .append(quote(e.citation() ? e.label() : "")).append(e.citation() ? "" : ", style=dashed")
          .append(e.onGoalPath() ? ", color=\"" + GraphSvg.HIGHLIGHT + "\", penwidth=2.5" : "").append("];\n");
    }
    return out.append("}\n").toString();
  }

  /** A DOT string: {@code "} and {@code \} escaped, a line break as DOT's {@code \n}, control characters dropped. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp >= 0x20 && cp != 0x7F) {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }
}

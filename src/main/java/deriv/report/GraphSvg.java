package deriv.report;

import deriv.kernel.Status;
import java.util.Locale;

/**
 * A laid-out {@link DerivationGraph} as SVG: one box per node, filled with a tint of its verdict's colour and
 * outlined in it; what the goal rests on drawn thick, with its citations in the highlight colour; a definition's
 * use as a thin dashed edge. Styles are presentation attributes, so the picture is the same inline in the HTML
 * report and as a file of its own. Names are escaped; each box links to its statement in the report.
 */
final class GraphSvg {
  private GraphSvg() {}

  static final String HIGHLIGHT = "#d97706";
  private static final String EDGE = "#6b7280";

  /** An SVG document of its own (for {@code deriv graph --format svg}). */
  static String document(DerivationGraph graph) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(GraphLayout.place(graph), "g", false);
  }

  /**
   * @param prefix makes the marker ids unique in a page with several graphs
   * @param links whether boxes link to the statements ({@code #step-NAME}) of an HTML report around it
   */
  static String svg(GraphLayout.Placed p, String prefix, boolean links) {
    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(p.width())).append(' ')
        .append(num(p.height())).append("\" width=\"").append(num(p.width())).append("\" height=\"")
        .append(num(p.height())).append("\" role=\"img\" aria-labelledby=\"").append(prefix).append("-title\">\n")
        .append("<title id=\"").append(prefix).append("-title\">Derivation graph: ")
        .append(HtmlText.escape(p.graph().title())).append("</title>\n<defs>\n");
    marker(out, prefix + "-arrow", EDGE);
    marker(out, prefix + "-arrow-path", HIGHLIGHT);
    out.append("</defs>\n<g fill=\"none\">\n");
    for (GraphLayout.Route r : p.routes()) {
      edge(out, r, prefix);
    }
    out.append("</g>\n<g font-family=\"ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace\" font-size=\"")
        .append(num(GraphLayout.FONT)).append("\" text-anchor=\"middle\">\n");
    for (GraphLayout.Box b : p.boxes()) {
      node(out, b, links);
    }
    return out.append("</g>\n</svg>\n").toString();
  }

  private static void marker(StringBuilder out, String id, String colour) {
    out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
        .append("markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
        .append(colour).append("\"/></marker>\n");
  }

  private static void edge(StringBuilder out, GraphLayout.Route r, String prefix) {
    DerivationGraph.Edge e = r.edge();
    StringBuilder d = new StringBuilder();
    for (double[] point : r.points()) {
      d.append(d.length() == 0 ? "M" : " L").append(num(point[0])).append(',').append(num(point[1]));
    }
    String colour = e.onGoalPath() ? HIGHLIGHT : EDGE;
    String width = e.onGoalPath() ? "2.5" : e.citation() ? "1.2" : "0.8";
    out.append("<path d=\"").append(d).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
        .append(width).append('"');
    if (!e.citation()) {
      out.append(" stroke-dasharray=\"3 3\" stroke-opacity=\"0.6\"");
    }
    out.append(" marker-end=\"url(#").append(prefix).append(e.onGoalPath() ? "-arrow-path" : "-arrow")
        .append(")\"><title>").append(HtmlText.escape(e.from() + " → " + e.to() + " (" + e.label() + ")"))
        .append("</title></path>\n");
  }

  private static void node(StringBuilder out, GraphLayout.Box b, boolean links) {
    DerivationGraph.Node n = b.node();
    Status shown = Tally.shown(n.status());
    if (links) {
      out.append("<a href=\"#").append(HtmlText.escape(HtmlReport.anchor(n.name()))).append("\">");
    }
    double radius = n.kind() == DerivationGraph.Kind.CLAIM || n.kind() == DerivationGraph.Kind.GOAL ? 3 : 12;
    out.append("<g><title>").append(HtmlText.escape(n.kind().label + " " + n.name() + ": " + shown.label()
        + (n.line() > 0 ? ", line " + n.line() : "") + (n.onGoalPath() ? "; the goal rests on it" : "")))
        .append("</title><rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
        .append("\" width=\"").append(num(b.width())).append("\" height=\"").append(num(b.height()))
        .append("\" rx=\"").append(num(radius)).append("\" fill=\"").append(Marks.css(shown, 0.85))
        .append("\" stroke=\"").append(n.onGoalPath() ? HIGHLIGHT : Marks.css(shown, 0))
        .append("\" stroke-width=\"").append(n.onGoalPath() ? "3" : "1.5").append("\"/>");
    double cx = b.x() + b.width() / 2;
    out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(b.y() + 15)).append("\" fill=\"#111827\">")
        .append(HtmlText.escape(n.name())).append("</text>");
    out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(b.y() + 29))
        .append("\" font-size=\"10\" fill=\"").append(Marks.css(shown, 0)).append("\">")
        .append(HtmlText.escape(n.kind().label + " " + Marks.unicode(shown))).append("</text></g>");
    out.append(links ? "</a>\n" : "\n");
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
  }
}

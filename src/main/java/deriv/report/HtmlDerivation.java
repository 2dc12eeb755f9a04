package deriv.report;

import deriv.kernel.Evidence;
import deriv.kernel.Status;
import java.util.List;

/** The body of one derivation in the HTML report, in the LaTeX report's order, with the graph before the result. */
final class HtmlDerivation {
  private final StringBuilder out;
  private final String h;
  private final String hEnd;
  private final int level;

  HtmlDerivation(StringBuilder out, int level) {
    this.out = out;
    this.level = level;
    this.h = "<h" + level + ">";
    this.hEnd = "</h" + level + ">\n";
  }

  void write(Outline o, String graph) {
    for (String p : o.description()) {
      paragraph(p);
    }
    out.append("<p class=\"summary\"><em>").append(HtmlText.escape(Tally.sentence(o.tally()) + ". "
        + Tally.goal(o.goal()))).append("</em></p>\n");
    symbols(o);
    definitions(o);
    assumed(o);
    out.append(h).append("Derivation").append(hEnd);
    for (Outline.Block b : o.body()) {
      if (b instanceof Outline.Prose p) {
        paragraph(p.text());
      } else if (b instanceof Outline.Heading sub) {
        out.append("<h").append(level + 1).append('>').append(HtmlText.escape(sub.text())).append("</h")
            .append(level + 1).append(">\n");
      } else {
        chain((Outline.Chain) b);
      }
    }
    out.append(h).append("Derivation graph").append(hEnd)
        .append("<p class=\"note\">Each box is a definition, postulate, approximation, imported result or claim, ")
        .append("coloured by its verdict; an arrow is a citation (<code>by</code>, <code>from</code>), a dashed ")
        .append("arrow the use of a definition. What the goal rests on is outlined in orange.</p>\n")
        .append("<figure class=\"graph\">\n").append(graph).append("</figure>\n");
    goal(o.goal());
  }

  /** The author's comments: paragraphs, headings in bold. */
  private void narrative(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      String text = HtmlText.escape(n.text());
      out.append("<p class=\"narrative\">").append(n.heading() ? "<strong>" + text + "</strong>" : text)
          .append("</p>\n");
    }
  }

  /** The author's comments as a row of a chain or definitions table, across all its columns. */
  private void noteRows(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      String text = HtmlText.escape(n.text());
      out.append("<tr class=\"narrative\"><td colspan=\"5\">").append(n.heading() ? "<strong>" + text + "</strong>" : text)
          .append("</td></tr>\n");
    }
  }

  /** A note: blank lines in it separate paragraphs. */
  private void paragraph(String text) {
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.append("<p>").append(HtmlText.escape(p.strip())).append("</p>\n");
      }
    }
  }

  private void symbols(Outline o) {
    if (o.symbols().isEmpty() && o.assumptions().isEmpty()) {
      return;
    }
    out.append(h).append("Symbols").append(hEnd);
    if (!o.symbols().isEmpty()) {
      boolean units = o.symbols().stream().anyMatch(s -> s.unit() != null);
      out.append("<table class=\"symbols\">\n<thead><tr><th>Symbol</th><th>Domain</th>")
          .append(units ? "<th>Unit</th>" : "").append("<th>Conditions</th></tr></thead>\n<tbody>\n");
      for (Outline.Symbol s : o.symbols()) {
        out.append("<tr><td>").append(MathMl.inline(s.names())).append("</td><td>")
            .append(MathMl.inline(s.domain())).append("</td><td>");
        if (units) {
          out.append(s.unit() == null ? "" : MathMl.inline(s.unit())).append("</td><td>");
        }
        for (int i = 0; i < s.conditions().size(); i++) {
          out.append(i > 0 ? ", " : "").append(MathMl.inline(s.conditions().get(i)));
        }
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    narrative(o.symbolNotes());
    if (!o.assumptions().isEmpty()) {
      out.append("<p>Throughout, ");
      int n = o.assumptions().size();
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : i == n - 1 ? " and " : ", ").append(MathMl.inline(o.assumptions().get(i)));
      }
      out.append(".</p>\n");
    }
  }

  private void definitions(Outline o) {
    if (o.definitions().isEmpty()) {
      return;
    }
    out.append(h).append("Definitions").append(hEnd).append("<table class=\"chain\">\n");
    for (Outline.Definition d : o.definitions()) {
      noteRows(d.notes());
      String id = d.detail() == null ? "" : " id=\"" + HtmlReport.anchor(d.detail().step()) + "\"";
      out.append("<tr").append(id).append("><td class=\"lhs\">").append(MathMl.cell(d.head()))
          .append("</td><td class=\"rel\"><math displaystyle=\"true\"><mo>≔</mo></math></td><td class=\"rhs\">")
          .append(MathMl.cell(d.body())).append("</td><td class=\"m\">")
          .append(HtmlReport.mark(Tally.shown(d.status()))).append("</td><td class=\"why\">");
      details(d.detail(), "definition");
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  /** Postulates and approximations: set apart and in the assumed colour, so nobody reads them as proved. */
  private void assumed(Outline o) {
    if (o.assumed().isEmpty()) {
      return;
    }
    out.append("<section class=\"assumed-facts\">\n").append(h).append("Assumed, not proved").append(hEnd)
        .append("<p>The checker accepts the following without proof; every result below rests on them.</p>\n")
        .append("<ul>\n");
    for (Outline.AssumedFact a : o.assumed()) {
      out.append("<li id=\"").append(HtmlReport.anchor(a.name())).append("\">")
          .append(HtmlReport.mark(Tally.shown(a.status()))).append(" <strong>").append(HtmlText.escape(a.kind()))
          .append("</strong> <code>").append(HtmlText.escape(a.name())).append("</code>: ")
          .append(MathMl.inline(a.equation()));
      for (Comments.Narrative n : a.notes()) {
        out.append("<br><small>").append(HtmlText.escape(n.text())).append("</small>");
      }
      details(a.detail(), "what the checker says");
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void chain(Outline.Chain c) {
    if (!c.lines().isEmpty()) {
      narrative(c.lines().get(0).notes());
    }
    out.append("<section class=\"claim\" id=\"").append(HtmlReport.anchor(c.name())).append("\">\n<h3>Claim <code>")
        .append(HtmlText.escape(c.name())).append("</code></h3>\n<table class=\"chain\">\n");
    List<Outline.Line> lines = c.lines();
    for (int i = 0; i < lines.size(); i++) {
      Outline.Line l = lines.get(i);
      if (i > 0) {
        noteRows(l.notes());
      }
      out.append("<tr><td class=\"lhs\">").append(i == 0 ? MathMl.cell(c.first()) : "")
          .append("</td><td class=\"rel\">").append(MathMl.cell(l.relation())).append("</td><td class=\"rhs\">")
          .append(MathMl.cell(l.expr())).append("</td><td class=\"m\">")
          .append(Tally.approximated(l) ? HtmlReport.approxMark() : HtmlReport.mark(Tally.shown(l.status())))
          .append("</td><td class=\"why\">");
      details(l.detail(), justification(l.justification()));
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
    if (!c.problems().isEmpty()) {
      out.append("<ul class=\"problems\">\n");
      for (Outline.Problem p : c.problems()) {
        problem(p);
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /** What the checker recorded about a step, folded under its justification. */
  private void details(Outline.Detail d, String summary) {
    if (d == null) {
      out.append(summary.isEmpty() ? "" : "<span class=\"by\">" + summary + "</span>");
      return;
    }
    out.append("<details><summary>").append(summary.isEmpty() ? "details" : summary).append("</summary>\n<dl>")
        .append("<dt>step</dt><dd><code>").append(HtmlText.escape(d.step())).append("</code>, line ")
        .append(d.line()).append("</dd>");
    for (Outline.Field f : d.fields()) {
      out.append("<dt>").append(HtmlText.escape(f.label())).append("</dt><dd>").append(HtmlText.escape(f.value()))
          .append("</dd>");
    }
    out.append("</dl>\n</details>");
  }

  private void problem(Outline.Problem p) {
    out.append("<li class=\"").append(p.status().label()).append("\">").append(HtmlReport.mark(p.status()))
        .append(" Step <code>").append(HtmlText.escape(p.step())).append("</code> (line ").append(p.line())
        .append(") is <strong>").append(p.status().label()).append("</strong>: ")
        .append(HtmlText.escape(p.message()));
    if (p.residual() != null && !p.residual().isBlank()) {
      out.append(" Residual: <code>").append(HtmlText.escape(p.residual())).append("</code>.");
    }
    if (!p.counterexample().isEmpty()) {
      out.append(" Counterexample: <code>").append(HtmlText.escape(Tally.assignments(p.counterexample())))
          .append("</code>.");
    }
    for (String hint : p.hints()) {
      out.append(" <span class=\"hint\">Hint: ").append(HtmlText.escape(hint)).append("</span>");
    }
    out.append("</li>\n");
  }

  private void goal(Outline.Goal g) {
    out.append(h).append("Result").append(hEnd);
    if (g == null) {
      out.append("<p>").append(HtmlText.escape(Tally.goal(null))).append("</p>\n");
      return;
    }
    out.append("<div class=\"goal\" id=\"").append(HtmlReport.anchor("goal")).append("\">")
        .append("<div class=\"boxed\">").append(MathMl.block(g.equation())).append("</div></div>\n<p>").append(Tally.approximated(g) ? HtmlReport.approxMark() : HtmlReport.mark(Tally.goalMark(g)))
        .append(' ').append(HtmlText.escape(Tally.goalWithReason(g))).append("</p>\n");
    if (!g.restsOn().isEmpty()) {
      out.append("<p>The goal rests on:</p>\n<ul class=\"rests-on\">\n");
      for (Evidence e : g.restsOn()) {
        Status s = e.kind() == Evidence.Kind.TESTED ? Status.TESTED : Status.ASSUMED;
        out.append("<li>").append(HtmlReport.mark(s)).append(" <code>").append(HtmlText.escape(e.name()))
            .append("</code> (").append(HtmlText.escape(e.kind().label)).append(", <code>")
            .append(HtmlText.escape(e.file() + ":" + e.line())).append("</code>)</li>\n");
      }
      out.append("</ul>\n");
    }
  }

  /** "by rule(args)" or "from fact[y ↦ e] by rule": words escaped, math as inline MathML. */
  private static String justification(List<Outline.Piece> pieces) {
    StringBuilder j = new StringBuilder();
    for (Outline.Piece p : pieces) {
      j.append(p.math() ? MathMl.inline(p.formula())
          : p.fact() ? "<code>" + HtmlText.escape(p.text()) + "</code>" : HtmlText.escape(p.text()));
    }
    return j.toString();
  }
}

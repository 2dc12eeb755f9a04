package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import java.util.List;

/**
 * One self-contained HTML5 page for a checked file, to open in any browser: the content of the LaTeX report with
 * the mathematics as native MathML (from the same printer walk), each step's mark and, under its justification, a
 * {@code <details>} with what the checker recorded; the derivation graph as inline SVG. Inline CSS only: no
 * script, no network (a Content-Security-Policy says so to the browser as well). Every user text is escaped.
 */
public final class HtmlReport {
  private final Provenance provenance;

  /** A report that states only the source's hash as its provenance (the tool, day and budget unknown). */
  public HtmlReport() {
    this(Provenance.UNSTATED);
  }

  public HtmlReport(Provenance provenance) {
    this.provenance = provenance;
  }

  public String write(FileResult file) {
    StringBuilder out = new StringBuilder();
    List<DerivationResult> derivations = file.derivations();
    String title = derivations.size() == 1 ? derivations.get(0).derivation().title() : file.path();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"deriv\">\n")
        .append("<title>").append(HtmlText.escape(title)).append("</title>\n<style>\n").append(HtmlStyle.CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<!-- Written by deriv. An output only: the checker's verdicts decide, not this page. -->\n")
        .append("<header>\n<h1>").append(HtmlText.escape(title)).append("</h1>\n<p class=\"byline\">")
        .append("Derivation checked by <span class=\"deriv\">deriv</span> · <code>").append(HtmlText.escape(file.path()))
        .append("</code></p>\n<p class=\"provenance\">")
        .append(HtmlText.escape(provenance.sentence(file))).append("</p>\n</header>\n<main>\n");
    if (derivations.isEmpty()) {
      out.append("<h2>This file could not be checked</h2>\n");
    }
    diagnostics(out, file);
    for (int i = 0; i < derivations.size(); i++) {
      DerivationResult d = derivations.get(i);
      Outline outline = OutlineBuilder.of(file, i);
      out.append("<article>\n");
      if (derivations.size() > 1) {
        out.append("<h2>").append(HtmlText.escape(outline.title())).append("</h2>\n");
      }
      String graph = GraphSvg.svg(GraphLayout.place(GraphBuilder.of(d)), "graph" + (i + 1), true);
      new HtmlDerivation(out, derivations.size() > 1 ? 3 : 2).write(outline, graph);
      out.append("</article>\n");
    }
    out.append("</main>\n");
    legend(out);
    return out.append("</body>\n</html>\n").toString();
  }

  /** The id of a statement's row or section, which the graph's boxes link to. */
  static String anchor(String name) {
    return "step-" + HtmlText.id(name);
  }

  private static void diagnostics(StringBuilder out, FileResult file) {
    if (file.diagnostics().isEmpty()) {
      return;
    }
    out.append("<ul class=\"diagnostics\">\n");
    for (Diagnostic d : file.diagnostics()) {
      out.append("<li>").append(mark(Status.FAILED)).append(" <code>")
          .append(HtmlText.escape(file.path() + ":" + d.span().line() + ":" + d.span().column())).append("</code> ")
          .append(HtmlText.escape(d.message())).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static void legend(StringBuilder out) {
    out.append("<footer>\n<table class=\"legend\">\n<thead><tr><th>Mark</th><th>Verdict of the checker</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (Status s : Marks.LEGEND) {
      out.append("<tr><td>").append(mark(s)).append("</td><td><strong>").append(s.label()).append("</strong>: ")
          .append(HtmlText.escape(Marks.meaning(s))).append("</td></tr>\n");
      if (s == Status.PROVED) {
        out.append("<tr><td>").append(approxMark()).append("</td><td><strong>proved</strong> (≈): ")
            .append(HtmlText.escape(Marks.APPROX_MEANING)).append("</td></tr>\n");
      }
    }
    out.append("</tbody>\n</table>\n</footer>\n");
  }

  /**
   * A verdict mark in its colour, named for screen readers: the Markdown report's character (↺ for a timeout, as in
   * the LaTeX: ⌛ would need an emoji font that many systems lack).
   */
  /** The mark of a step proved through an approximation (✓≈), in the proved colour. */
  static String approxMark() {
    return "<span class=\"mark proved\" title=\"proved through an approximation\" role=\"img\" "
        + "aria-label=\"proved through an approximation\">" + Marks.approxUnicode() + "</span>";
  }

  static String mark(Status s) {
    String glyph = Marks.unicode(s);
    return "<span class=\"mark " + s.label() + "\" title=\"" + s.label() + "\" role=\"img\" aria-label=\""
        + s.label() + "\">" + glyph + "</span>";
  }
}

package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import java.util.List;

/**
 * A Jekyll post (kramdown + MathJax) for one checked file: front matter, prose, {@code $$}-delimited display math
 * with {@code aligned} chains, each step's justification and verdict mark, and a legend.
 */
public final class MarkdownReport {
  private final Provenance provenance;

  /** A report that states only the source's hash as its provenance (the tool, day and budget unknown). */
  public MarkdownReport() {
    this(Provenance.UNSTATED);
  }

  public MarkdownReport(Provenance provenance) {
    this.provenance = provenance;
  }

  public String write(FileResult file) {
    StringBuilder out = new StringBuilder();
    List<DerivationResult> derivations = file.derivations();
    boolean single = derivations.size() == 1;
    String title = single ? derivations.get(0).derivation().title() : file.path();
    String description = single ? String.join(" ", OutlineBuilder.of(file, 0).description()) : "";
    out.append("---\nlayout: post\ntitle: ").append(MarkdownText.yamlString(MarkdownText.html(title))).append('\n')
        .append("description: ").append(MarkdownText.yamlString(MarkdownText.html(description))).append("\n---\n\n")
        .append("<!-- Written by deriv. An output only: the checker's verdicts decide, not this page. -->\n\n");
    out.append('*').append(MarkdownText.escape(provenance.sentence(file))).append("*\n\n");
    if (derivations.isEmpty()) {
      out.append("## This file could not be checked\n\n");
    }
    for (Diagnostic d : file.diagnostics()) {
      out.append("- ").append(Marks.unicode(Status.FAILED)).append(' ')
          .append(MarkdownText.escape(file.path() + ":" + d.span().line() + ":" + d.span().column() + ": "
              + d.message())).append('\n');
    }
    if (!file.diagnostics().isEmpty()) {
      out.append('\n');
    }
    for (int i = 0; i < derivations.size(); i++) {
      Outline outline = OutlineBuilder.of(file, i);
      if (!single) {
        out.append("## ").append(MarkdownText.escape(outline.title())).append("\n\n");
      }
      new MarkdownDerivation(out, single ? "## " : "### ").write(outline);
    }
    legend(out);
    return out.toString();
  }

  private static void legend(StringBuilder out) {
    out.append("---\n\n| Mark | Verdict of the checker |\n|:---:|:---|\n");
    for (Status s : Marks.LEGEND) {
      out.append("| ").append(Marks.unicode(s)).append(" | **").append(s.label()).append("**: ")
          .append(MarkdownText.escape(Marks.meaning(s))).append(" |\n");
      if (s == Status.PROVED) {
        out.append("| ").append(Marks.approxUnicode()).append(" | **proved** (≈): ")
            .append(MarkdownText.escape(Marks.APPROX_MEANING)).append(" |\n");
      }
    }
  }
}

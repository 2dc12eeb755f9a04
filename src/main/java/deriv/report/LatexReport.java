package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import java.util.List;

/**
 * A standalone LaTeX article for one checked file, to hand to a colleague: symbols, definitions, what is assumed,
 * every claim as an aligned chain with its justification and verdict mark, and the boxed goal. Uses only amsmath,
 * amssymb, amsthm, booktabs, xcolor, hyperref (and lmodern); compiles with {@code pdflatex -no-shell-escape}.
 */
public final class LatexReport {
  private final Provenance provenance;

  /** A report that states only the source's hash as its provenance (the tool, day and budget unknown). */
  public LatexReport() {
    this(Provenance.UNSTATED);
  }

  public LatexReport(Provenance provenance) {
    this.provenance = provenance;
  }

  public String write(FileResult file) {
    StringBuilder out = new StringBuilder();
    List<DerivationResult> derivations = file.derivations();
    String title = derivations.size() == 1 ? derivations.get(0).derivation().title() : file.path();
    // A file of several derivations is titled by its path, which may break at a slash.
    preamble(out, derivations.size() == 1 ? LatexText.escape(title) : LatexText.breakable(title), provenance, file);
    out.append("\\begin{document}\n\\maketitle\n\n");
    if (derivations.isEmpty()) {
      out.append("\\section*{This file could not be checked}\n");
    }
    diagnostics(out, file);
    for (int i = 0; i < derivations.size(); i++) {
      Outline outline = OutlineBuilder.of(file, i);
      String heading = derivations.size() == 1 ? "\\section*" : "\\subsection*";
      if (derivations.size() > 1) {
        out.append("\\section{").append(LatexText.escape(outline.title())).append("}\n\n");
      }
      new LatexDerivation(out, heading).write(outline);
    }
    legend(out);
    out.append("\\end{document}\n");
    return out.toString();
  }

  private static void preamble(StringBuilder out, String texTitle, Provenance provenance, FileResult file) {
    out.append("% Written by deriv. An output only: the checker's verdicts decide, not this document.\n")
        .append("\\documentclass[11pt,a4paper]{article}\n")
        .append("\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n")
        .append("\\usepackage{amsmath}\n\\usepackage{amssymb}\n\\usepackage{amsthm}\n")
        .append("\\usepackage{booktabs}\n\\usepackage{xcolor}\n")
        .append("\\usepackage[hidelinks,pdfcreator={deriv}]{hyperref}\n\n");
    for (Status s : Marks.LEGEND) {
      out.append("\\definecolor{").append(Marks.color(s)).append("}{rgb}{").append(Marks.rgb(s)).append("}\n");
    }
    for (Status s : Marks.LEGEND) {
      out.append("\\newcommand{").append(Marks.latexMacro(s)).append("}{\\textcolor{").append(Marks.color(s))
          .append("}{\\ensuremath{").append(Marks.math(s)).append("}}}\n");
    }
    out.append("\\newcommand{\\markapprox}{\\textcolor{").append(Marks.color(Status.PROVED))
        .append("}{\\ensuremath{").append(Marks.approxMath()).append("}}}\n");
    out.append("% A verdict mark in a box of fixed width, so that the justifications beside it line up.\n")
        .append("\\newcommand{\\stepmark}[1]{\\makebox[1.2em][c]{#1}}\n")
        .append("\\setlength{\\parindent}{0pt}\n\\setlength{\\parskip}{0.6em}\n")
        .append("% Paths and formulas in prose have few break points: loose lines rather than text in the margin.\n")
        .append("\\sloppy\n\n")
        .append("\\title{").append(texTitle).append("}\n")
        .append("\\author{Derivation checked by \\textsf{deriv}}\n")
        .append("\\date{\\small ").append(provenanceTex(provenance, file)).append("}\n\n");
  }

  /** The day and tool, then the source and its hash in small type, on lines of their own. */
  private static String provenanceTex(Provenance provenance, FileResult file) {
    StringBuilder s = new StringBuilder();
    if (!provenance.checkedBy().isEmpty()) {
      s.append(LatexText.escape(provenance.checkedBy() + ".")).append("\\\\ ");
    }
    s.append("Source \\texttt{").append(LatexText.escape(file.path())).append('}');
    String hash = Provenance.sourceHash(file);
    if (!hash.isEmpty()) {
      s.append(",\\\\ {\\footnotesize SHA-256 \\texttt{").append(hash).append("}}");
    }
    return s.toString();
  }

  private static void diagnostics(StringBuilder out, FileResult file) {
    if (file.diagnostics().isEmpty()) {
      return;
    }
    out.append("\\begin{itemize}\n");
    for (Diagnostic d : file.diagnostics()) {
      out.append("\\item ").append(Marks.latexMacro(Status.FAILED)).append("\\ \\texttt{")
          .append(LatexText.escape(file.path() + ":" + d.span().line() + ":" + d.span().column())).append("} ")
          .append(LatexText.escape(d.message())).append('\n');
    }
    out.append("\\end{itemize}\n\n");
  }

  private static void legend(StringBuilder out) {
    out.append("\\vfill\n\\begin{center}\\small\n\\begin{tabular}{@{}cp{0.85\\linewidth}@{}}\n\\toprule\n")
        .append("Mark & Verdict of the checker \\\\\n\\midrule\n");
    for (Status s : Marks.LEGEND) {
      out.append(Marks.latexMacro(s)).append(" & \\textbf{").append(s.label()).append("}: ")
          .append(LatexText.escape(Marks.meaning(s))).append(" \\\\\n");
      if (s == Status.PROVED) {
        out.append("\\markapprox & \\textbf{proved} ($\\approx$): ").append(LatexText.escape(Marks.APPROX_MEANING))
            .append(" \\\\\n");
      }
    }
    out.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n\n");
  }
}

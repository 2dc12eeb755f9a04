package deriv.report;

import deriv.kernel.Status;
import java.util.List;
import java.util.Map;

/** The body of one derivation in the LaTeX report. */
final class LatexDerivation {
  private final StringBuilder out;
  private final String heading;

  LatexDerivation(StringBuilder out, String heading) {
    this.out = out;
    this.heading = heading;
  }

  void write(Outline o) {
    for (String paragraph : o.description()) {
      paragraph(paragraph);
    }
    out.append("\\emph{").append(LatexText.breakable(Tally.sentence(o.tally()) + ". " + Tally.goal(o.goal())))
        .append("}\n\n");
    symbols(o);
    definitions(o);
    assumed(o);
    out.append(heading).append("{Derivation}\n\n");
    for (Outline.Block b : o.body()) {
      if (b instanceof Outline.Prose p) {
        paragraph(p.text());
      } else if (b instanceof Outline.Heading h) {
        out.append(subheading()).append('{').append(LatexText.escape(h.text())).append("}\n\n");
      } else {
        chain((Outline.Chain) b);
      }
    }
    goal(o.goal());
  }

  /** One level below this derivation's headings. */
  private String subheading() {
    return heading.equals("\\section*") ? "\\subsection*" : "\\subsubsection*";
  }

  /** The author's comments outside the chains: paragraphs, with headings as {@code \paragraph}s. */
  private void narrative(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      // a heading as \paragraph: bold, and never the last line of a page
      out.append(n.heading() ? "\\paragraph{" + LatexText.escape(n.text()) + "}" : LatexText.breakable(n.text()))
          .append("\n\n");
    }
  }

  /** The author's comments between the rows of an alignment, after a row's {@code \\}. */
  private void intertext(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      String text = LatexText.breakable(n.text());
      out.append("  \\intertext{").append(n.heading() ? "\\textbf{" + text + "}" : text).append("}\n");
    }
  }

  /** A note: blank lines in it separate paragraphs. */
  private void paragraph(String text) {
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.append(LatexText.breakable(p.strip())).append("\n\n");
      }
    }
  }

  private void symbols(Outline o) {
    if (o.symbols().isEmpty() && o.assumptions().isEmpty()) {
      return;
    }
    out.append(heading).append("{Symbols}\n\n");
    if (!o.symbols().isEmpty()) {
      boolean units = o.symbols().stream().anyMatch(s -> s.unit() != null);
      out.append("\\begin{center}\n\\begin{tabular}{@{}").append(units ? "llll" : "lll").append("@{}}\n\\toprule\n")
          .append(units ? "Symbol & Domain & Unit & Conditions" : "Symbol & Domain & Conditions")
          .append(" \\\\\n\\midrule\n");
      for (Outline.Symbol s : o.symbols()) {
        List<String> tex = s.conditions().stream().map(TexMath::render).toList();
        String conditions = tex.isEmpty() ? "" : "$" + String.join("$, $", tex) + "$";
        out.append('$').append(TexMath.render(s.names())).append("$ & $").append(TexMath.render(s.domain())).append("$ & ");
        if (units) {
          out.append(s.unit() == null ? "" : "$" + TexMath.render(s.unit()) + "$").append(" & ");
        }
        out.append(conditions)
            .append(" \\\\\n");
      }
      out.append("\\bottomrule\n\\end{tabular}\n\\end{center}\n\n");
    }
    narrative(o.symbolNotes());
    if (!o.assumptions().isEmpty()) {
      out.append("Throughout, ").append(mathList(o.assumptions().stream().map(TexMath::render).toList())).append(".\n\n");
    }
  }

  private void definitions(Outline o) {
    if (o.definitions().isEmpty()) {
      return;
    }
    out.append(heading).append("{Definitions}\n\n");
    // Comments above the first definition come before the alignment: an \\intertext cannot open one.
    narrative(o.definitions().get(0).notes());
    out.append("\\begin{align*}\n");
    for (int i = 0; i < o.definitions().size(); i++) {
      Outline.Definition d = o.definitions().get(i);
      if (i > 0) {
        intertext(d.notes());
      }
      out.append("  ").append(TexMath.render(d.head())).append(" &\\mathrel{:=} ").append(TexMath.render(d.body()));
      if (d.status() != null && d.status() != Status.ASSUMED) {
        out.append(" && ").append(mark(d.status()));
      }
      out.append(i < o.definitions().size() - 1 ? " \\\\\n" : "\n");
    }
    out.append("\\end{align*}\n\n");
  }

  /** Postulates and approximations: set apart and in the assumed colour, so nobody reads them as proved. */
  private void assumed(Outline o) {
    if (o.assumed().isEmpty()) {
      return;
    }
    out.append(heading).append("{\\textcolor{").append(Marks.color(Status.ASSUMED))
        .append("}{Assumed, not proved}}\n\n")
        .append("The checker accepts the following without proof; every result below rests on them.\n")
        .append("\\begin{itemize}\n");
    for (Outline.AssumedFact a : o.assumed()) {
      out.append("\\item[").append(mark(Tally.shown(a.status()))).append("] \\textbf{")
          .append(LatexText.escape(a.kind())).append("} \\texttt{").append(LatexText.escape(a.name()))
          .append("}: $\\displaystyle ").append(TexMath.render(a.equation())).append("$\n");
      for (Comments.Narrative n : a.notes()) {
        out.append("\\par{\\small ").append(LatexText.escape(n.text())).append("}\n");
      }
    }
    out.append("\\end{itemize}\n\n");
  }

  private void chain(Outline.Chain c) {
    if (!c.lines().isEmpty()) {
      narrative(c.lines().get(0).notes());
    }
    out.append("\\paragraph{Claim \\texttt{").append(LatexText.escape(c.name())).append("}.}\n")
        .append("\\begin{align*}\n  ").append(TexMath.render(c.first())).append('\n');
    List<Outline.Line> lines = c.lines();
    for (int i = 0; i < lines.size(); i++) {
      Outline.Line l = lines.get(i);
      if (i > 0) {
        intertext(l.notes());
      }
      // The mark and justification as the row's tag: amsmath moves a tag that does not fit to a line of its own,
      // where a column of the alignment would run into the margin.
      out.append("    &").append(TexMath.render(l.relation())).append(' ').append(TexMath.render(l.expr()))
          .append(" \\tag*{").append(Tally.approximated(l) ? "\\stepmark{\\markapprox}" : mark(Tally.shown(l.status())));
      if (!l.justification().isEmpty()) {
        out.append("\\ ").append(justification(l.justification()));
      }
      out.append('}').append(i < lines.size() - 1 ? " \\\\\n" : "\n");
    }
    out.append("\\end{align*}\n");
    if (!c.problems().isEmpty()) {
      out.append("\\begin{itemize}\\small\\raggedright\n");
      for (Outline.Problem p : c.problems()) {
        problem(p);
      }
      out.append("\\end{itemize}\n");
    }
    out.append('\n');
  }

  private void problem(Outline.Problem p) {
    out.append("\\item[").append(mark(p.status())).append("] Step \\texttt{").append(LatexText.escape(p.step()))
        .append("} (line ").append(p.line()).append(") is \\textbf{").append(p.status().label()).append("}: ")
        .append(LatexText.escape(p.message()));
    if (p.residual() != null && !p.residual().isBlank()) {
      out.append(" Residual: \\texttt{").append(LatexText.breakable(p.residual())).append("}.");
    }
    if (!p.counterexample().isEmpty()) {
      out.append(" Counterexample: \\texttt{").append(LatexText.breakable(Tally.assignments(p.counterexample())))
          .append("}.");
    }
    for (String hint : p.hints()) {
      out.append(" \\emph{Hint:} ").append(LatexText.escape(hint));
    }
    out.append('\n');
  }

  private void goal(Outline.Goal g) {
    out.append(heading).append("{Result}\n\n");
    if (g == null) {
      out.append(LatexText.escape(Tally.goal(null))).append("\n\n");
      return;
    }
    Status mark = Tally.goalMark(g);
    // One unbreakable block: the boxed goal and its verdict are never on two pages.
    out.append("\\noindent\\begin{minipage}{\\linewidth}\n\\begin{equation*}\n  \\boxed{")
        .append(TexMath.render(g.equation())).append("}\n\\end{equation*}\n")
        .append(Tally.approximated(g) ? "\\stepmark{\\markapprox}" : mark(mark)).append("\\ ")
        .append(LatexText.breakable(Tally.goalWithReason(g)))
        .append("\n\\end{minipage}\n\n");
  }

  static String mark(Status s) {
    return "\\stepmark{" + Marks.latexMacro(s) + "}";
  }

  private static String justification(List<Outline.Piece> pieces) {
    StringBuilder j = new StringBuilder();
    for (Outline.Piece p : pieces) {
      j.append(p.math() ? "$" + TexMath.render(p.formula()) + "$"
          : p.fact() ? "\\texttt{" + LatexText.escape(p.text()) + "}" : LatexText.escape(p.text()));
    }
    return j.toString();
  }

  /** "$a \neq 0$ and $b > 0$". */
  private static String mathList(List<String> items) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      s.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append('$').append(items.get(i)).append('$');
    }
    return s.toString();
  }
}

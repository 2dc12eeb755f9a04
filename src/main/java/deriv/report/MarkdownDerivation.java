package deriv.report;

import deriv.kernel.Status;
import java.util.List;

/** The body of one derivation in the Markdown report. Inline math is kramdown's {@code $$…$$} in running text. */
final class MarkdownDerivation {
  private final StringBuilder out;
  private final String heading;

  MarkdownDerivation(StringBuilder out, String heading) {
    this.out = out;
    this.heading = heading;
  }

  void write(Outline o) {
    for (String p : o.description()) {
      paragraph(p);
    }
    out.append('*').append(MarkdownText.escape(Tally.sentence(o.tally()) + ". " + Tally.goal(o.goal())))
        .append("*\n\n");
    symbols(o);
    definitions(o);
    assumed(o);
    out.append(heading).append("Derivation\n\n");
    for (Outline.Block b : o.body()) {
      if (b instanceof Outline.Prose p) {
        paragraph(p.text());
      } else if (b instanceof Outline.Heading h) {
        out.append('#').append(heading).append(MarkdownText.escape(h.text())).append("\n\n");
      } else {
        chain((Outline.Chain) b);
      }
    }
    goal(o.goal());
  }

  /** The author's comments: paragraphs, with headings in bold. */
  private void narrative(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      String text = MarkdownText.escape(n.text());
      out.append(n.heading() ? "**" + text + "**" : text).append("\n\n");
    }
  }

  /**
   * Comments between two rows of an alignment: MathJax's {@code aligned} has no {@code \\intertext}, so the block
   * is closed, the prose written, and a new block opened.
   */
  private void between(List<Comments.Narrative> notes) {
    if (notes.isEmpty()) {
      return;
    }
    out.append("\\end{aligned}\n$$\n\n");
    narrative(notes);
    out.append("$$\n\\begin{aligned}\n");
  }

  private void paragraph(String text) {
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.append(MarkdownText.escape(p.strip())).append("\n\n");
      }
    }
  }

  private void symbols(Outline o) {
    if (o.symbols().isEmpty() && o.assumptions().isEmpty()) {
      return;
    }
    out.append(heading).append("Symbols\n\n");
    if (!o.symbols().isEmpty()) {
      boolean units = o.symbols().stream().anyMatch(s -> s.unit() != null);
      out.append(units ? "| Symbol | Domain | Unit | Conditions |\n|:---|:---|:---|:---|\n"
          : "| Symbol | Domain | Conditions |\n|:---|:---|:---|\n");
      for (Outline.Symbol s : o.symbols()) {
        out.append("| ").append(inline(TexMath.render(s.names()))).append(" | ").append(inline(TexMath.render(s.domain()))).append(" | ");
        if (units) {
          out.append(s.unit() == null ? "" : inline(TexMath.render(s.unit()))).append(" | ");
        }
        for (int i = 0; i < s.conditions().size(); i++) {
          out.append(i > 0 ? ", " : "").append(inline(TexMath.render(s.conditions().get(i))));
        }
        out.append(" |\n");
      }
      out.append('\n');
    }
    narrative(o.symbolNotes());
    if (!o.assumptions().isEmpty()) {
      out.append("Throughout, ");
      for (int i = 0; i < o.assumptions().size(); i++) {
        int n = o.assumptions().size();
        out.append(i == 0 ? "" : i == n - 1 ? " and " : ", ").append(inline(TexMath.render(o.assumptions().get(i))));
      }
      out.append(".\n\n");
    }
  }

  private void definitions(Outline o) {
    if (o.definitions().isEmpty()) {
      return;
    }
    out.append(heading).append("Definitions\n\n");
    narrative(o.definitions().get(0).notes());
    out.append("$$\n\\begin{aligned}\n");
    for (int i = 0; i < o.definitions().size(); i++) {
      Outline.Definition d = o.definitions().get(i);
      if (i > 0) {
        between(d.notes());
      }
      out.append("  ").append(MarkdownText.math(TexMath.render(d.head()))).append(" &:= ")
          .append(MarkdownText.math(TexMath.render(d.body())));
      if (d.status() != null && d.status() != Status.ASSUMED) {
        out.append(" && ").append(Marks.math(d.status()));
      }
      out.append(i < o.definitions().size() - 1 ? " \\\\\n" : "\n");
    }
    out.append("\\end{aligned}\n$$\n\n");
  }

  private void assumed(Outline o) {
    if (o.assumed().isEmpty()) {
      return;
    }
    out.append(heading).append("Assumed, not proved\n\n")
        .append("> The checker accepts the following without proof; every result below rests on them.\n>\n");
    for (Outline.AssumedFact a : o.assumed()) {
      out.append("> - ").append(Marks.unicode(Tally.shown(a.status()))).append(" **")
          .append(MarkdownText.escape(a.kind())).append("** `").append(code(a.name())).append("`: ")
          .append(inline(TexMath.render(a.equation()))).append('\n');
      for (Comments.Narrative n : a.notes()) {
        out.append(">   ").append(MarkdownText.escape(n.text())).append('\n');
      }
    }
    out.append('\n');
  }

  private void chain(Outline.Chain c) {
    if (!c.lines().isEmpty()) {
      narrative(c.lines().get(0).notes());
    }
    out.append("**Claim `").append(code(c.name())).append("`.**\n\n$$\n\\begin{aligned}\n  ")
        .append(MarkdownText.math(TexMath.render(c.first()))).append('\n');
    List<Outline.Line> lines = c.lines();
    for (int i = 0; i < lines.size(); i++) {
      Outline.Line l = lines.get(i);
      if (i > 0) {
        between(l.notes());
      }
      out.append("    &").append(TexMath.render(l.relation())).append(' ')
          .append(MarkdownText.math(TexMath.render(l.expr()))).append(" && ")
          .append(Tally.approximated(l) ? Marks.approxMath() : Marks.math(Tally.shown(l.status())));
      if (!l.justification().isEmpty()) {
        out.append("\\quad ").append(justification(l.justification()));
      }
      out.append(i < lines.size() - 1 ? " \\\\\n" : "\n");
    }
    out.append("\\end{aligned}\n$$\n\n");
    for (Outline.Problem p : c.problems()) {
      out.append("- ").append(Marks.unicode(p.status())).append(" Step `").append(code(p.step()))
          .append("` (line ").append(p.line()).append(") is **").append(p.status().label()).append("**: ")
          .append(MarkdownText.escape(p.message()));
      if (p.residual() != null && !p.residual().isBlank()) {
        out.append(" Residual: ").append(MarkdownText.escape(p.residual())).append('.');
      }
      if (!p.counterexample().isEmpty()) {
        out.append(" Counterexample: ").append(MarkdownText.escape(Tally.assignments(p.counterexample())))
            .append('.');
      }
      for (String hint : p.hints()) {
        out.append(" *Hint:* ").append(MarkdownText.escape(hint));
      }
      out.append('\n');
    }
    if (!c.problems().isEmpty()) {
      out.append('\n');
    }
  }

  private void goal(Outline.Goal g) {
    out.append(heading).append("Result\n\n");
    if (g != null) {
      out.append("$$\n\\boxed{").append(MarkdownText.math(TexMath.render(g.equation()))).append("}\n$$\n\n")
          .append(Tally.approximated(g) ? Marks.approxUnicode() : Marks.unicode(Tally.goalMark(g))).append(' ');
    }
    out.append(MarkdownText.escape(Tally.goalWithReason(g))).append("\n\n");
  }

  private static String inline(String latex) {
    return "$$" + MarkdownText.math(latex) + "$$";
  }

  /** Identifiers from the grammar in a code span: letters, digits, {@code _}, primes; anything else dropped. */
  private static String code(String identifier) {
    return identifier.replaceAll("[`\\p{Cntrl}{}%]", "");
  }

  private static String justification(List<Outline.Piece> pieces) {
    StringBuilder j = new StringBuilder();
    for (Outline.Piece p : pieces) {
      j.append(p.math() ? MarkdownText.math(TexMath.render(p.formula()))
          : p.fact() ? MarkdownText.mathCode(p.text()) : MarkdownText.mathText(p.text()));
    }
    return j.toString();
  }
}

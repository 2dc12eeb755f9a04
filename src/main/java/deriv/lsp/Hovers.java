package deriv.lsp;

import deriv.check.Checker;
import deriv.check.FileResult;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover: on a name, its declaration (set, unit, conditions); on a step, what {@code deriv explain} says of it
 * (obligation, rule and theorem, side conditions, residual, counterexample, hint); on a rule, its theorem.
 */
final class Hovers {
  private Hovers() {}

  static Hover at(Document doc, Document.Snapshot now, int line, int column, Environment.Explainer explainer) {
    Words.Word word = now.words().at(line, column);
    Declarations decls = new Declarations(now.parsed(doc.path), now.words());
    Declarations.Decl decl = word == null ? null : decls.lookup(word.name(), line);
    boolean onItsOwnName = decl != null && decl.nameSpan().equals(word.span());
    if (decl != null && !onItsOwnName) {
      return markdown(declaration(decl, decls, now.words()));
    }
    String explained = explanation(doc, line, explainer);
    if (explained != null) {
      return markdown(explained);
    }
    String rule = word == null ? null : Checker.ruleTheorems().containsKey(word.name()) ? word.name() : null;
    if (rule != null) {
      return markdown("**rule `" + rule + "`**\n\n" + Checker.ruleTheorems().get(rule));
    }
    return decl == null ? null : markdown(declaration(decl, decls, now.words()));
  }

  /** {@code deriv explain}'s text for the line, from the latest check (said so when the text changed since). */
  private static String explanation(Document doc, int line, Environment.Explainer explainer) {
    FileResult now = doc.latestNow();
    FileResult r = now != null ? now : doc.checked();
    if (r == null || r.derivations().isEmpty()) {
      return null;
    }
    String text = explainer.explain(r, line);
    if (text == null) {
      return null;
    }
    String stale = now == null ? "*(from the last check; the current text is being checked)*\n\n" : "";
    return stale + "```\n" + text.strip() + "\n```";
  }

  static String declaration(Declarations.Decl d, Declarations decls, Words words) {
    StringBuilder out = new StringBuilder();
    out.append("**").append(d.kind().label).append(" `").append(d.name()).append("`** (line ")
        .append(d.nameSpan().line()).append(")\n\n```deriv\n");
    out.append(d.statement() == null ? "derivation " + d.name() : decls.text(d.statement())).append("\n```");
    if (d.kind() == Declarations.Kind.SYMBOL) {
      List<String> more = decls.conditions(d, words);
      if (!more.isEmpty()) {
        out.append("\n\nfurther conditions:\n```deriv\n").append(String.join("\n", more)).append("\n```");
      }
    }
    return out.toString();
  }

  private static Hover markdown(String text) {
    return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
  }
}

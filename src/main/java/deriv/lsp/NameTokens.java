package deriv.lsp;

import deriv.check.Checker;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens: what each name is, as the file declares it — a symbol, a definition, a postulate or
 * approximation, a claim, an imported result, a kernel rule — which a grammar alone cannot tell.
 */
final class NameTokens {
  static final List<String> TYPES = List.of("variable", "function", "macro", "method", "interface", "decorator",
      "namespace");
  static final List<String> MODIFIERS = List.of("declaration");
  static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, MODIFIERS);

  private NameTokens() {}

  /** The tokens of the whole text, encoded as LSP wants: five integers each, relative to the token before. */
  static List<Integer> of(Document doc, Document.Snapshot now) {
    Declarations decls = new Declarations(now.parsed(doc.path), now.words());
    List<Integer> out = new ArrayList<>();
    int lastLine = 0;
    int lastStart = 0;
    for (Words.Word w : now.words().all()) {
      Declarations.Decl d = decls.all().stream().filter(x -> x.kind() == Declarations.Kind.DERIVATION
          && x.nameSpan().equals(w.span())).findFirst().orElse(decls.lookup(w.name(), w.span().line()));
      int type;
      if (d != null) {
        type = TYPES.indexOf(type(d.kind()));
      } else if (Checker.ruleTheorems().containsKey(w.name())) {
        type = TYPES.indexOf("decorator");
      } else {
        continue; // a bound variable, a built-in function, a set: the grammar colours those
      }
      Position start = now.positions().position(w.span().line(), w.span().column());
      Position end = now.positions().position(w.span().line(), w.span().endColumn() + 1);
      int line = start.getLine();
      int character = start.getCharacter();
      out.add(line - lastLine);
      out.add(line == lastLine ? character - lastStart : character);
      out.add(end.getCharacter() - character);
      out.add(type);
      out.add(d != null && d.nameSpan().equals(w.span()) ? 1 : 0);
      lastLine = line;
      lastStart = character;
    }
    return out;
  }

  private static String type(Declarations.Kind k) {
    switch (k) {
      case SYMBOL: return "variable";
      case DEFINITION: return "function";
      case POSTULATE:
      case APPROXIMATION: return "macro";
      case CLAIM: return "method";
      case IMPORT: return "interface";
      default: return "namespace";
    }
  }
}

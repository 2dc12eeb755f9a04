package deriv.lsp;

import deriv.check.Checker;
import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;

/** Go to definition, find references, the outline (document symbols) and completion, from the syntax tree. */
final class Navigation {
  private static final List<String> KEYWORDS = List.of("derivation", "let", "assume", "def", "postulate", "approx",
      "claim", "goal", "note", "import", "by", "from", "in");

  private Navigation() {}

  /** Where the name under the cursor is declared (an imported result: in the file it comes from), or empty. */
  static List<Location> definition(Document doc, Document.Snapshot now, int line, int column, Environment env) {
    Words.Word word = now.words().at(line, column);
    if (word == null) {
      return List.of();
    }
    Declarations.Decl d = new Declarations(now.parsed(doc.path), now.words()).lookup(word.name(), line);
    if (d == null) {
      return List.of();
    }
    if (d.statement() instanceof Ast.Import i) {
      Location there = imported(doc.path, i, d.name(), env);
      if (there != null) {
        return List.of(there);
      }
    }
    return List.of(new Location(doc.uri, now.positions().range(d.nameSpan())));
  }

  /** The declaration of {@code name} in the file {@code i} imports, read through the checker's import loader. */
  private static Location imported(String path, Ast.Import i, String name, Environment env) {
    String target = Checker.importTarget(path, i.from());
    if (target == null) {
      return null;
    }
    String text;
    try {
      text = env.imports().read(path, target);
    } catch (java.io.IOException | RuntimeException e) {
      return null; // not readable, or not allowed: the import line it is
    }
    Words words = new Words(text);
    Declarations there = new Declarations(deriv.syntax.Parsing.parse(target, text).file(), words);
    return there.all().stream().filter(x -> x.name().equals(name) && x.kind().isResult()
        && x.kind() != Declarations.Kind.IMPORT).findFirst()
        .map(x -> new Location(env.uriOfPath().apply(target), new Positions(text).range(x.nameSpan())))
        .orElse(null);
  }

  /** Every use of the name under the cursor in its derivation (its declaration too when asked). */
  static List<Location> references(Document doc, Document.Snapshot now, int line, int column,
      boolean withDeclaration) {
    Words.Word word = now.words().at(line, column);
    if (word == null) {
      return List.of();
    }
    Declarations decls = new Declarations(now.parsed(doc.path), now.words());
    Declarations.Decl d = decls.lookup(word.name(), line);
    if (d == null) {
      return List.of();
    }
    List<Location> out = new ArrayList<>();
    Ast.Derivation in = d.derivation();
    for (Words.Word w : now.words().occurrences(d.name(), in.span().line(), in.span().endLine())) {
      if (withDeclaration || !w.span().equals(d.nameSpan())) {
        out.add(new Location(doc.uri, now.positions().range(w.span())));
      }
    }
    return out;
  }

  /** The outline: each derivation with its symbols, definitions, postulates, claims and goal. */
  static List<DocumentSymbol> symbols(Document doc, Document.Snapshot now) {
    Ast.SourceFile file = now.parsed(doc.path);
    Declarations decls = new Declarations(file, now.words());
    Positions at = now.positions();
    List<DocumentSymbol> out = new ArrayList<>();
    for (Ast.Derivation d : file.derivations()) {
      List<DocumentSymbol> children = new ArrayList<>();
      for (Declarations.Decl decl : decls.all()) {
        if (decl.derivation() == d && decl.statement() != null) {
          children.add(new DocumentSymbol(decl.name(), kind(decl.kind()), at.range(decl.statement().span()),
              at.range(decl.nameSpan()), decl.kind().label));
        }
      }
      for (Ast.Statement s : d.statements()) {
        if (s instanceof Ast.Goal g) {
          children.add(new DocumentSymbol("goal", SymbolKind.Event, at.range(g.span()), at.range(g.span()),
              decls.text(g)));
        }
      }
      DocumentSymbol top = new DocumentSymbol(d.name(), SymbolKind.Namespace, at.range(d.span()),
          at.range(decls.all().stream().filter(x -> x.derivation() == d && x.statement() == null).findFirst()
              .orElseThrow().nameSpan()), d.title());
      top.setChildren(children);
      out.add(top);
    }
    return out;
  }

  private static SymbolKind kind(Declarations.Kind k) {
    switch (k) {
      case SYMBOL: return SymbolKind.Variable;
      case DEFINITION: return SymbolKind.Function;
      case POSTULATE:
      case APPROXIMATION: return SymbolKind.Property;
      case CLAIM: return SymbolKind.Method;
      case IMPORT: return SymbolKind.Interface;
      default: return SymbolKind.Namespace;
    }
  }

  /** The names declared before the cursor, the kernel's rules with their theorems, and the keywords. */
  static List<CompletionItem> completion(Document doc, Document.Snapshot now, int line) {
    List<CompletionItem> out = new ArrayList<>();
    Declarations decls = new Declarations(now.parsed(doc.path), now.words());
    Ast.Derivation here = decls.derivationAt(line);
    for (Declarations.Decl d : decls.all()) {
      boolean visible = d.derivation() == here && d.statement() != null && d.nameSpan().line() < line;
      if (visible) {
        CompletionItem item = new CompletionItem(d.name());
        item.setKind(d.kind().isResult() ? CompletionItemKind.Reference : d.kind() == Declarations.Kind.DEFINITION
            ? CompletionItemKind.Function : CompletionItemKind.Variable);
        item.setDetail(d.kind().label + ": " + decls.text(d.statement()));
        out.add(item);
      }
    }
    for (Map.Entry<String, String> rule : Checker.ruleTheorems().entrySet()) {
      CompletionItem item = new CompletionItem(rule.getKey());
      item.setKind(CompletionItemKind.Keyword);
      item.setDetail("rule" + (rule.getValue() == null ? "" : ": " + rule.getValue()));
      item.setSortText("~" + rule.getKey().toLowerCase(Locale.ROOT)); // after the file's own names
      out.add(item);
    }
    for (String k : KEYWORDS) {
      CompletionItem item = new CompletionItem(k);
      item.setKind(CompletionItemKind.Keyword);
      item.setSortText("~~" + k);
      out.add(item);
    }
    return out;
  }
}

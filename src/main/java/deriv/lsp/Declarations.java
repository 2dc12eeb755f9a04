package deriv.lsp;

import deriv.report.Sources;
import deriv.syntax.Ast;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Every name a file declares — symbols ({@code let}), definitions, postulates, approximations, claims, imported
 * results — with where its name is written and the statement that declares it.
 */
final class Declarations {
  enum Kind {
    SYMBOL("symbol"), DEFINITION("definition"), POSTULATE("postulate"), APPROXIMATION("approximation"),
    CLAIM("claim"), IMPORT("imported result"), DERIVATION("derivation");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A result a later step may cite by name (after {@code by} or {@code from}). */
    boolean isResult() {
      return this == POSTULATE || this == APPROXIMATION || this == CLAIM || this == IMPORT;
    }
  }

  record Decl(String name, Kind kind, Span nameSpan, Ast.Statement statement, Ast.Derivation derivation) {}

  private final List<Decl> all = new ArrayList<>();
  private final Ast.SourceFile file;

  Declarations(Ast.SourceFile file, Words words) {
    this.file = file;
    for (Ast.Derivation d : file.derivations()) {
      all.add(new Decl(d.name(), Kind.DERIVATION, nameIn(words, d.name(), d.span()), null, d));
      for (Ast.Statement s : d.statements()) {
        for (Named n : names(s)) {
          all.add(new Decl(n.name(), n.kind(), nameIn(words, n.name(), s.span()), s, d));
        }
      }
    }
  }

  private record Named(String name, Kind kind) {}

  /** The names a statement declares. */
  private static List<Named> names(Ast.Statement s) {
    List<Named> out = new ArrayList<>();
    if (s instanceof Ast.Let l) {
      l.names().forEach(n -> out.add(new Named(n.name(), Kind.SYMBOL)));
    } else if (s instanceof Ast.Def d) {
      out.add(new Named(d.name(), Kind.DEFINITION));
    } else if (s instanceof Ast.Assumed a) {
      out.add(new Named(a.name(), a.kind() == Ast.Assumed.Kind.POSTULATE ? Kind.POSTULATE : Kind.APPROXIMATION));
    } else if (s instanceof Ast.Claim c) {
      out.add(new Named(c.name(), Kind.CLAIM));
    } else if (s instanceof Ast.Import i) {
      i.names().forEach(n -> out.add(new Named(n, Kind.IMPORT)));
    }
    return out;
  }

  /** Where {@code name} is first written inside {@code span} (the statement's span when it is not found). */
  private static Span nameIn(Words words, String name, Span span) {
    return words.occurrences(name, span.line(), span.endLine()).stream()
        .filter(w -> w.span().line() > span.line() || w.span().column() >= span.column())
        .map(Words.Word::span).findFirst().orElse(span);
  }

  List<Decl> all() {
    return all;
  }

  /** The declaration of {@code name} that a use on {@code line} refers to: in the same derivation, the last before. */
  Decl lookup(String name, int line) {
    Decl found = null;
    for (Decl d : all) {
      if (d.name().equals(name) && d.kind() != Kind.DERIVATION && d.derivation().span().line() <= line
          && line <= d.derivation().span().endLine()) {
        if (found == null || d.nameSpan().line() <= line) {
          found = d;
        }
      }
    }
    return found;
  }

  /** The derivation that holds {@code line}, or null. */
  Ast.Derivation derivationAt(int line) {
    for (Ast.Derivation d : file.derivations()) {
      if (d.span().line() <= line && line <= d.span().endLine()) {
        return d;
      }
    }
    return null;
  }

  /** The statement as written. */
  String text(Ast.Statement s) {
    return Sources.slice(file.text(), s.span()).strip();
  }

  /** The {@code assume} statements of the derivation that mention {@code name}: its further conditions. */
  List<String> conditions(Decl d, Words words) {
    List<String> out = new ArrayList<>();
    for (Ast.Statement s : d.derivation().statements()) {
      if (s instanceof Ast.Assume && !words.occurrences(d.name(), s.span().line(), s.span().endLine()).isEmpty()) {
        out.add(text(s));
      }
    }
    return out;
  }
}

package deriv.lsp;

import deriv.syntax.Span;
import deriv.syntax.parser.DerivLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The identifiers of a text, as deriv's own lexer reads them (comments and strings are not names), with their spans:
 * what the cursor is on, and where a name occurs.
 */
final class Words {
  record Word(String name, Span span) {}

  private final List<Word> words = new ArrayList<>();

  Words(String text) {
    if (text.length() > deriv.syntax.Parsing.MAX_CHARS) {
      return; // refused by the parser too: no names to look up
    }
    DerivLexer lexer = new DerivLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      if (t.getType() == DerivLexer.IDENT) {
        int length = t.getText().codePointCount(0, t.getText().length());
        int column = t.getCharPositionInLine() + 1;
        words.add(new Word(t.getText(), new Span(t.getLine(), column, t.getLine(), column + length - 1,
            t.getStartIndex(), t.getStopIndex() + 1)));
      }
    }
  }

  /** The identifier under (or just before) the 1-based line and column, or null. */
  Word at(int line, int column) {
    for (Word w : words) {
      if (w.span().line() == line && w.span().column() <= column && column <= w.span().endColumn() + 1) {
        return w;
      }
    }
    return null;
  }

  /** Every identifier, in the order of the text. */
  List<Word> all() {
    return words;
  }

  /** Every occurrence of {@code name} between lines {@code from} and {@code to}. */
  List<Word> occurrences(String name, int from, int to) {
    return words.stream().filter(w -> w.name().equals(name) && w.span().line() >= from && w.span().line() <= to)
        .toList();
  }
}

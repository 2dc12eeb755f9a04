package deriv.lsp;

import deriv.syntax.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * deriv's spans (1-based lines, 1-based columns counted in code points, last character inclusive) to LSP's ranges
 * (0-based lines, columns in UTF-16 units, end exclusive), and back. Conversion happens here only, at the edge.
 */
final class Positions {
  private final String[] lines;

  Positions(String text) {
    lines = text.split("\r\n|\r|\n", -1);
  }

  Range range(Span s) {
    return new Range(position(s.line(), s.column()), position(s.endLine(), s.endColumn() + 1));
  }

  /** The LSP position of 1-based line and code-point column (clamped to the text). */
  Position position(int line, int column) {
    int l = Math.max(0, Math.min(line - 1, lines.length - 1));
    String text = lines[l];
    int points = text.codePointCount(0, text.length());
    int c = Math.max(0, Math.min(column - 1, points));
    return new Position(l, text.offsetByCodePoints(0, c));
  }

  /** The 1-based line of an LSP position. */
  static int line(Position p) {
    return p.getLine() + 1;
  }

  /** The 1-based code-point column of an LSP position. */
  int column(Position p) {
    int l = Math.max(0, Math.min(p.getLine(), lines.length - 1));
    String text = lines[l];
    int units = Math.max(0, Math.min(p.getCharacter(), text.length()));
    return text.codePointCount(0, units) + 1;
  }

  /** The text of a 1-based line, or "". */
  String line(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  /** The range of the whole text. */
  Range whole() {
    int last = lines.length - 1;
    return new Range(new Position(0, 0), new Position(last, lines[last].length()));
  }
}

package deriv.syntax;

/** A region of a source file: 1-based line and column of its first and last character, and character offsets. */
public record Span(int line, int column, int endLine, int endColumn, int start, int end) {
  public static final Span NONE = new Span(1, 1, 1, 1, 0, 0);

  /** The smallest span that covers both. */
  public Span to(Span other) {
    return new Span(line, column, other.endLine, other.endColumn, start, other.end);
  }
}

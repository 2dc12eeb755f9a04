package deriv.lsp;

import org.eclipse.lsp4j.Range;

/** An incremental change applied to a text (the server asks for full texts, but a client may still send ranges). */
final class Edits {
  private Edits() {}

  static String apply(String text, Range range, String replacement) {
    return text.substring(0, offset(text, range.getStart().getLine(), range.getStart().getCharacter()))
        + replacement + text.substring(offset(text, range.getEnd().getLine(), range.getEnd().getCharacter()));
  }

  /** The UTF-16 offset of a 0-based line and character, clamped to the text. */
  private static int offset(String text, int line, int character) {
    int at = 0;
    for (int l = 0; l < line; l++) {
      int next = text.indexOf('\n', at);
      if (next < 0) {
        return text.length();
      }
      at = next + 1;
    }
    int end = text.indexOf('\n', at);
    return Math.min(at + character, end < 0 ? text.length() : end);
  }
}

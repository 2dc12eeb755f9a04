package deriv.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code #} comments of a source text. The lexer skips them, so they are recovered here from the text: a
 * {@code #} outside a string starts a comment that runs to the end of the line.
 */
final class Comments {
  /** One comment; {@code trailing} when code precedes it on its line. */
  record Comment(int line, String text, boolean trailing) {}

  private Comments() {}

  static List<Comment> of(String text) {
    List<Comment> out = new ArrayList<>();
    int line = 1;
    boolean code = false;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        code = false;
        inString = false; // a string never spans lines
      } else if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        code = true;
      } else if (c == '#') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        out.add(new Comment(line, text.substring(i, end).strip(), code));
        i = end - 1;
      } else if (!Character.isWhitespace(c) && c != '\u00A0') {
        code = true;
      }
    }
    return out;
  }
}

package deriv.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author's comments as a report's narrative. Only lines that hold nothing but a comment count (a comment after
 * code on its line is a remark on that code, not prose). Consecutive comment lines are one paragraph; an empty
 * comment line or a blank line ends it. A rule such as {@code # ---- 2. The canonical ensemble ----} or a line
 * {@code ## Title} is a heading; a line of dashes alone is decoration and dropped.
 */
final class Comments {
  /** A paragraph of the author's prose, or a heading. */
  record Narrative(boolean heading, String text) {}

  private static final Pattern RULED_HEADING = Pattern.compile("^[-=]{3,}\\s*(.*?)\\s*[-=]*$");
  private static final Pattern HASH_HEADING = Pattern.compile("^#+\\s*(.+)$");
  private static final Pattern DECORATION = Pattern.compile("^[-=#*\\s]*$");

  /** Each line's comment text, or null when the line is not a comment-only line. */
  private final String[] comment;
  /** Whether the line is blank (a paragraph break). */
  private final boolean[] blank;

  Comments(String text) {
    String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
    comment = new String[lines.length];
    blank = new boolean[lines.length];
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      blank[i] = line.isEmpty();
      if (line.startsWith("#")) {
        comment[i] = Sources.printable(line.substring(1).strip());
      }
    }
  }

  /** The narrative on the comment-only lines from {@code from} to before {@code to} (1-based line numbers). */
  List<Narrative> between(int from, int to) {
    List<Narrative> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (int line = Math.max(from, 1); line < to && line <= comment.length; line++) {
      String c = comment[line - 1];
      if (c == null && !blank[line - 1]) {
        // Code between: a statement's continuation lines, not prose.
        flush(paragraph, out);
        continue;
      }
      Narrative heading = c == null ? null : heading(c);
      if (c == null || c.isEmpty() || heading != null || DECORATION.matcher(c).matches()) {
        flush(paragraph, out);
        if (heading != null) {
          out.add(heading);
        }
        continue;
      }
      paragraph.append(paragraph.length() == 0 ? "" : " ").append(c);
    }
    flush(paragraph, out);
    return out;
  }

  private static Narrative heading(String c) {
    Matcher ruled = RULED_HEADING.matcher(c);
    if (ruled.matches() && !ruled.group(1).isEmpty()) {
      return new Narrative(true, ruled.group(1));
    }
    Matcher hashes = HASH_HEADING.matcher(c);
    if (hashes.matches()) {
      return new Narrative(true, hashes.group(1).strip());
    }
    return null;
  }

  private static void flush(StringBuilder paragraph, List<Narrative> out) {
    if (paragraph.length() > 0) {
      out.add(new Narrative(false, paragraph.toString()));
      paragraph.setLength(0);
    }
  }
}

package deriv.syntax;

import deriv.syntax.Comments.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the formatter's lines and the source's comments together. A comment on a line of its own goes before the
 * first line that starts after it, at that line's indentation; a comment after code stays at the end of the line
 * that code is on. Blank lines between statements are kept (one at most), and derivations are one blank line apart.
 */
final class Layout {
  /** A derivation's first line, a statement's first line, a later line of a statement, a link of a chain. */
  enum Level { HEADER, STATEMENT, INNER, LINK }

  /**
   * One output line: code, an optional {@code by} clause aligned with the others of its group (a chain), and the
   * source lines it came from, which decide where comments go.
   */
  record Line(Level level, int indent, String code, String by, int firstLine, int lastLine, int group) {
    static Line of(Level level, int indent, String code, int firstLine, int lastLine, int group) {
      return new Line(level, indent, code, null, firstLine, lastLine, group);
    }
  }

  private final List<String> out = new ArrayList<>();
  private final String[] source;
  private int sourceEnd;

  private Layout(String text) {
    this.source = text.split("\n", -1);
  }

  static String render(List<Line> lines, List<Comment> comments, String text) {
    List<List<Comment>> before = new ArrayList<>();
    List<List<String>> after = new ArrayList<>();
    lines.forEach(l -> {
      before.add(new ArrayList<>());
      after.add(new ArrayList<>());
    });
    List<List<Comment>> closing = new ArrayList<>();
    lines.forEach(l -> closing.add(new ArrayList<>()));
    Layout layout = new Layout(text);
    List<Comment> atEnd = new ArrayList<>();
    for (Comment c : comments) {
      int i = c.trailing() ? lastStartingBy(lines, c.line()) : firstStartingAfter(lines, c.line());
      if (c.trailing() && i >= 0) {
        after.get(i).add(c.text());
      } else if (i > 0 && lines.get(i).level() == Level.HEADER && layout.closes(lines.get(i - 1), closing.get(i - 1),
          c)) {
        closing.get(i - 1).add(c); // it ends the derivation before, not starts the next one
      } else if (i >= 0) {
        before.get(i).add(c);
      } else {
        atEnd.add(c);
      }
    }
    Map<Integer, Integer> byColumn = byColumns(lines);
    for (int i = 0; i < lines.size(); i++) {
      layout.emit(lines.get(i), before.get(i), after.get(i), byColumn.get(lines.get(i).group()));
      for (Comment c : closing.get(i)) {
        layout.add(c.text(), c.line());
      }
    }
    for (Comment c : atEnd) {
      layout.blankIfSourceHad(c.line());
      layout.add(c.text(), c.line());
    }
    return String.join("\n", layout.out) + "\n";
  }

  private void emit(Line line, List<Comment> leading, List<String> trailing, Integer byColumn) {
    boolean outer = line.level() == Level.HEADER || line.level() == Level.STATEMENT;
    boolean first = true;
    for (Comment c : leading) {
      startChunk(line, first, c.line(), outer);
      first = false;
      add(" ".repeat(line.indent()) + c.text(), c.line());
    }
    startChunk(line, first, line.firstLine(), outer);
    StringBuilder s = new StringBuilder(" ".repeat(line.indent())).append(line.code());
    if (line.by() != null) {
      s.append(" ".repeat(Math.max(1, byColumn - width(line.code())))).append(line.by());
    }
    if (!trailing.isEmpty()) {
      s.append("  ").append(String.join("  ", trailing));
    }
    add(s.toString(), line.lastLine());
  }

  /** Whether comment {@code c} follows {@code line} (and the comments already after it) without a blank line. */
  private boolean closes(Line line, List<Comment> closingSoFar, Comment c) {
    int end = closingSoFar.isEmpty() ? line.lastLine() : closingSoFar.get(closingSoFar.size() - 1).line();
    return !blankBetween(end, c.line());
  }

  private boolean blankBetween(int from, int to) {
    for (int l = from + 1; l < to; l++) {
      if (l >= 1 && l <= source.length && source[l - 1].isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Before a derivation (except the first) one blank line; before a statement, one if the source had one. */
  private void startChunk(Line line, boolean first, int sourceLine, boolean outer) {
    if (line.level() == Level.HEADER && first && !out.isEmpty()) {
      out.add("");
    } else if (outer) {
      blankIfSourceHad(sourceLine);
    }
  }

  private void blankIfSourceHad(int sourceLine) {
    if (out.isEmpty() || out.get(out.size() - 1).isEmpty()) {
      return;
    }
    if (blankBetween(sourceEnd, sourceLine)) {
      out.add("");
    }
  }

  private void add(String s, int sourceLine) {
    out.add(s.stripTrailing());
    sourceEnd = Math.max(sourceEnd, sourceLine);
  }

  /** Per chain, the column its {@code by} clauses start at: two spaces after its longest link. */
  private static Map<Integer, Integer> byColumns(List<Line> lines) {
    Map<Integer, Integer> column = new HashMap<>();
    for (Line l : lines) {
      if (l.level() == Level.LINK) {
        column.merge(l.group(), width(l.code()) + 2, Math::max);
      }
    }
    return column;
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static int lastStartingBy(List<Line> lines, int sourceLine) {
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).firstLine() <= sourceLine) {
        found = i;
      }
    }
    return found;
  }

  private static int firstStartingAfter(List<Line> lines, int sourceLine) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).firstLine() > sourceLine) {
        return i;
      }
    }
    return -1;
  }
}

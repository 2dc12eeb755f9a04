package deriv.report;

import deriv.syntax.Diagnostic;
import java.util.Locale;

/** {@code path:line:col: error: message}, then the source line and a caret under the column. */
public final class DiagnosticText {
  private DiagnosticText() {}

  public static String render(String path, String text, Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(path).append(':').append(d.span().line()).append(':').append(d.span().column()).append(": ")
        .append(d.severity().name().toLowerCase(Locale.ROOT)).append(": ").append(Sources.printable(d.message()))
        .append('\n');
    String line = Sources.line(text, d.span().line());
    if (!line.isEmpty()) {
      out.append("  ").append(Sources.printable(line.replace('\t', ' '))).append('\n');
      int caretColumn = Math.min(d.span().column(), line.codePointCount(0, line.length()) + 1);
      int width = d.span().endLine() == d.span().line()
          ? Math.max(1, d.span().endColumn() - d.span().column() + 1) : 1;
      out.append("  ").append(" ".repeat(Math.max(0, caretColumn - 1))).append('^')
          .append("~".repeat(Math.max(0, Math.min(width, 80) - 1))).append('\n');
    }
    return out.toString();
  }
}

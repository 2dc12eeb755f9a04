package deriv.report;

import deriv.syntax.Span;

/** Source text by span. Spans count code points; Java strings count UTF-16 units, so convert. */
public final class Sources {
  private Sources() {}

  /** The text a span covers, with runs of white space folded to one space. */
  public static String slice(String text, Span span) {
    if (text == null || span.end() <= span.start()) {
      return "";
    }
    int cpCount = text.codePointCount(0, text.length());
    int from = text.offsetByCodePoints(0, Math.min(span.start(), cpCount));
    int to = text.offsetByCodePoints(0, Math.min(span.end(), cpCount));
    return text.substring(from, to).replaceAll("\\s+", " ").trim();
  }

  /** The whole line (1-based), without its line break, or "" when there is no such line. */
  public static String line(String text, int line) {
    if (text == null) {
      return "";
    }
    String[] lines = text.split("\r?\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}

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
    return printable(text.substring(from, to).replaceAll("\\s+", " ").trim());
  }

  /** The whole line (1-based), without its line break, or "" when there is no such line. */
  public static String line(String text, int line) {
    if (text == null) {
      return "";
    }
    String[] lines = text.split("\r?\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  /**
   * {@code s} safe to print on a terminal: control characters from a hostile file (an escape sequence, a NUL, a
   * carriage return, a bidirectional override) are shown as visible symbols, one per character so that a caret
   * below the line still points at the right column. A tab stays.
   */
  public static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(visible(cp)));
    return out.toString();
  }

  private static int visible(int cp) {
    if (cp < 0x20 && cp != '\t') {
      return 0x2400 + cp; // the Control Pictures block: ␀, ␛, ␍ …
    }
    if (cp == 0x7f) {
      return 0x2421; // ␡
    }
    boolean c1 = cp >= 0x80 && cp <= 0x9f;
    boolean bidi = cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
    return c1 || bidi || cp == 0x2028 || cp == 0x2029 ? 0xfffd : cp;
  }
}

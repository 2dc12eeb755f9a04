package deriv.report;

/** User text in HTML and SVG, escaped by {@link Xml} (line breaks kept as they are), and safe fragments for ids. */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(String s) {
    return Xml.escape(s, false);
  }

  /** A fragment for an {@code id} or a URL fragment: letters, digits, {@code - _ .} only. */
  public static String id(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      boolean plain = cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.');
      out.append(plain ? String.valueOf((char) cp) : String.format(java.util.Locale.ROOT, "_%x_", cp));
    });
    return out.toString();
  }
}

package deriv.report;

/**
 * User text in HTML and SVG (text content and quoted attribute values alike): {@code & < > " '} become entities,
 * control characters and lone surrogates are dropped, so no text can open a tag, close an attribute or a
 * {@code <![CDATA[} section, or start an event handler. The output is also well-formed XML.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        default:
          boolean control = cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp <= 0x9F;
          boolean noncharacter = cp == 0xFFFE || cp == 0xFFFF || cp >= 0xD800 && cp <= 0xDFFF;
          if (!control && !noncharacter) {
            out.appendCodePoint(cp);
          }
      }
    });
    return out.toString();
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

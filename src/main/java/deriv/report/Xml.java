package deriv.report;

/**
 * Text for XML 1.0 and HTML (content and quoted attribute values alike): {@code & < > " '} become entities, control
 * characters, noncharacters and lone surrogates are dropped, so no text can open a tag, close an attribute or a
 * {@code <![CDATA[} section, or start an event handler. One escaping for JUnit XML, HTML and SVG.
 */
final class Xml {
  private Xml() {}

  /** For attribute values that must keep their line breaks (JUnit's messages): \n, \r and \t as entities. */
  static String escape(String s) {
    return escape(s, true);
  }

  static String escape(String s, boolean lineBreaksAsEntities) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&#39;"); break;
        case '\n': out.append(lineBreaksAsEntities ? "&#10;" : "\n"); break;
        case '\t': out.append(lineBreaksAsEntities ? "&#9;" : "\t"); break;
        case '\r': out.append(lineBreaksAsEntities ? "&#13;" : ""); break;
        default:
          boolean control = cp < 0x20 || cp >= 0x7F && cp <= 0x9F;
          boolean noncharacter = cp == 0xFFFE || cp == 0xFFFF || cp >= 0xD800 && cp <= 0xDFFF;
          if (!control && !noncharacter) {
            out.appendCodePoint(cp);
          }
      }
    });
    return out.toString();
  }
}

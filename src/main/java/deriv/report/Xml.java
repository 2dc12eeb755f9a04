package deriv.report;

/** XML 1.0 text and attribute values: the five entities, line breaks kept in attributes, illegal characters dropped. */
final class Xml {
  private Xml() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        case '\'': out.append("&apos;"); break;
        case '\n': out.append("&#10;"); break;
        case '\r': out.append("&#13;"); break;
        case '\t': out.append("&#9;"); break;
        default:
          boolean legal = cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
          if (legal) {
            out.appendCodePoint(cp);
          }
      }
    });
    return out.toString();
  }
}

package deriv.report;

/**
 * User prose as Markdown text (kramdown and GitHub alike) that MathJax and Liquid leave alone: HTML specials
 * and braces (for Liquid) become entities, Markdown specials are backslash-escaped, and {@code $} and {@code \} are each isolated in
 * their own element, because MathJax finds math in the page's text after entities are decoded.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** Special anywhere in a line. */
  private static final String BACKSLASH_ESCAPED = "*_`[]#|!";

  /** One line of text: line breaks become spaces. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(escape(cp)));
    return escapeLineStart(out.toString());
  }

  /** A list item, definition or ordered list starts with these; the text may start a line. */
  private static String escapeLineStart(String s) {
    if (!s.isEmpty() && "-+:=".indexOf(s.charAt(0)) >= 0) {
      return "\\" + s;
    }
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    boolean ordered = digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')');
    return ordered ? s.substring(0, digits) + "\\" + s.substring(digits) : s;
  }

  private static String escape(int cp) {
    switch (cp) {
      case '\n':
      case '\r':
      case '\t':
        return " ";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '&': return "&amp;";
      case '~': return "&#126;";
      case '^': return "&#94;";
      case '@': return "&#64;";
      case '{': return "&#123;"; // Liquid reads {{ and {% before Markdown, and ignores backslashes
      case '}': return "&#125;";
      case '$': return "<span>&#36;</span>";
      case '\\': return "<span>&#92;</span>";
      default:
        if (cp < 0x20 || cp == 0x7F) {
          return "";
        }
        if (cp < 0x80 && BACKSLASH_ESCAPED.indexOf(cp) >= 0) {
          return "\\" + (char) cp;
        }
        return new String(Character.toChars(cp));
    }
  }

  /**
   * Only HTML's own specials as entities: for front matter, which themes print into the page (and into
   * {@code <title>}) with or without their {@code escape} filter. An unescaping theme shows the text right, an
   * escaping one shows the entities; neither runs a script.
   */
  public static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A YAML double-quoted scalar: only {@code \} and {@code "} and control characters need escapes there. */
  public static String yamlString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').append((char) cp);
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }

  /** LaTeX for a {@code $$} block: Liquid would read {@code {{} and {@code {%}, so a space parts them. */
  public static String math(String latex) {
    String s = latex;
    while (s.contains("{{") || s.contains("{%")) {
      s = s.replace("{{", "{ {").replace("{%", "{ %");
    }
    return s;
  }

  /**
   * Words inside MathJax math: MathJax's {@code \text{}} does not read LaTeX escapes, so only plain characters
   * stay in it and every other one is set as a math symbol between runs of text.
   */
  public static String mathText(String text) {
    StringBuilder out = new StringBuilder();
    StringBuilder run = new StringBuilder();
    text.codePoints().forEach(cp -> {
      boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || " .,:;()'-!?=+*/".indexOf(cp) >= 0 || cp >= 0xA0;
      if (plain) {
        run.appendCodePoint(cp);
        return;
      }
      if (run.length() > 0) {
        out.append("\\text{").append(run).append('}');
        run.setLength(0);
      }
      out.append(mathSymbol(cp));
    });
    if (run.length() > 0) {
      out.append("\\text{").append(run).append('}');
    }
    return out.toString();
  }

  /** An identifier (a result's name) in typewriter inside MathJax math: {@code \mathtt{gaussian\_integral}}. */
  public static String mathCode(String identifier) {
    StringBuilder out = new StringBuilder("\\mathtt{");
    identifier.codePoints().forEach(cp -> {
      boolean plain = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
      out.append(plain ? Character.toString(cp) : cp == '_' ? "\\_" : mathText(Character.toString(cp)));
    });
    return out.append('}').toString();
  }

  private static String mathSymbol(int cp) {
    switch (cp) {
      case '_': return "\\_";
      case '{': return "\\{";
      case '}': return "\\}";
      case '$': return "\\$";
      case '%': return "\\%";
      case '&': return "\\&";
      case '#': return "\\#";
      case '\\': return "\\backslash ";
      case '^': return "\\hat{}";
      case '~': return "\\sim ";
      case '<': return "\\lt ";
      case '>': return "\\gt ";
      case '|': return "\\vert ";
      default: return "";
    }
  }
}

package deriv.report;

import java.util.Map;

/**
 * User prose as LaTeX text: every special character is escaped, so a title such as {@code \input{/etc/passwd}}
 * prints those characters and nothing else. Characters pdfLaTeX cannot typeset in text become math or a code
 * point, never an error.
 */
public final class LatexText {
  private LatexText() {}

  private static final Map<Character, String> SPECIAL = Map.ofEntries(
      Map.entry('\\', "\\textbackslash{}"), Map.entry('{', "\\{"), Map.entry('}', "\\}"), Map.entry('$', "\\$"),
      Map.entry('&', "\\&"), Map.entry('#', "\\#"), Map.entry('%', "\\%"), Map.entry('_', "\\_"),
      Map.entry('^', "\\textasciicircum{}"), Map.entry('~', "\\textasciitilde{}"), Map.entry('<', "\\textless{}"),
      Map.entry('>', "\\textgreater{}"), Map.entry('|', "\\textbar{}"), Map.entry('"', "\\textquotedbl{}"),
      Map.entry('\u00A0', "~"),
      Map.entry('≈', "$\\approx$"), Map.entry('≤', "$\\leq$"), Map.entry('≥', "$\\geq$"), Map.entry('≠', "$\\neq$"),
      Map.entry('∈', "$\\in$"), Map.entry('→', "$\\to$"), Map.entry('∂', "$\\partial$"), Map.entry('∞', "$\\infty$"),
      Map.entry('·', "$\\cdot$"), Map.entry('×', "$\\times$"), Map.entry('±', "$\\pm$"), Map.entry('′', "$'$"),
      Map.entry('∫', "$\\int$"), Map.entry('∑', "$\\sum$"), Map.entry('√', "$\\surd$"), Map.entry('ℝ', "$\\mathbb{R}$"),
      Map.entry('–', "--"), Map.entry('—', "---"), Map.entry('‘', "`"), Map.entry('’', "'"),
      Map.entry('“', "``"), Map.entry('”', "''"), Map.entry('…', "\\dots{}"),
      Map.entry('−', "$-$"), Map.entry('⟨', "$\\langle$"), Map.entry('⟩', "$\\rangle$"), Map.entry('≪', "$\\ll$"),
      Map.entry('≫', "$\\gg$"), Map.entry('∓', "$\\mp$"), Map.entry('∝', "$\\propto$"), Map.entry('∏', "$\\prod$"),
      Map.entry('ℏ', "$\\hbar$"), Map.entry('ħ', "$\\hbar$"), Map.entry('≡', "$\\equiv$"), Map.entry('∇', "$\\nabla$"),
      Map.entry('ℤ', "$\\mathbb{Z}$"), Map.entry('ℕ', "$\\mathbb{N}$"), Map.entry('⇒', "$\\Rightarrow$"),
      Map.entry('↦', "$\\mapsto$"), Map.entry('²', "$^{2}$"), Map.entry('³', "$^{3}$"), Map.entry('¹', "$^{1}$"),
      Map.entry('°', "$^{\\circ}$"), Map.entry('§', "\\S{}"), Map.entry('µ', "$\\mu$"), Map.entry('Å', "\\AA{}"));

  /** One line of text: line breaks and tabs become spaces (a blank line would end a heading's argument). */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(escape(cp)));
    return out.toString();
  }

  /**
   * Like {@link #escape}, with a permitted line break after each operator, comma and opening bracket, so that a long residual
   * or counterexample in typewriter type wraps at the margin instead of running into it.
   */
  public static String breakable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      out.append(escape(cp));
      if (cp == '+' || cp == '-' || cp == '*' || cp == '/' || cp == ',' || cp == '(' || cp == '·' || cp == '−'
          || cp == '_') {
        out.append("\\allowbreak{}");
      }
    });
    return out.toString();
  }

  private static String escape(int cp) {
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      return " ";
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
      return "";
    }
    if (cp < 0x80) {
      String special = SPECIAL.get((char) cp);
      return special != null ? special : String.valueOf((char) cp);
    }
    if (cp <= 0xFFFF && SPECIAL.containsKey((char) cp)) {
      return SPECIAL.get((char) cp);
    }
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
      return new String(Character.toChars(cp)); // Latin-1 letters: T1 fonts and UTF-8 input handle them
    }
    if (cp >= 0x2080 && cp <= 0x2089) {
      return "$_{" + (cp - 0x2080) + "}$"; // subscript digits: n₁ as n$_{1}$
    }
    if (cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079) || cp == 0x207B) {
      return cp == 0x207B ? "$^{-}$" : "$^{" + (cp == 0x2070 ? 0 : cp - 0x2070) + "}$"; // superscripts: m⁻³
    }
        String greek = greek(cp);
    if (greek != null) {
      return "$" + greek + "$";
    }
    return String.format(java.util.Locale.ROOT, "\\textsc{u+%04x}", cp);
  }

  /** A Greek letter's math macro, from the same table the math printer uses. */
  private static String greek(int cp) {
    boolean isGreek = (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x3B1 && cp <= 0x3C9) || cp == 0x3D1 || cp == 0x3D5
        || cp == 0x3F5;
    return isGreek ? MathSymbols.symbol(new String(Character.toChars(cp))) : null;
  }
}

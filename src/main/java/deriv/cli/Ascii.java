package deriv.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.Map;

/**
 * Plain-ASCII output ({@code --ascii}, and automatic when standard output cannot print UTF-8): every character
 * outside ASCII is spelled in ASCII, so that nothing prints as "?". Each verdict mark has its own letter
 * ({@code ✓ + }, {@code ~ ~}, {@code • *}, {@code ✗ X}, {@code ⌛ T}, {@code ? ?}); Greek letters are spelled
 * out ({@code β beta}, {@code ħ hbar}); subscript and superscript digits become {@code _1} and {@code ^-1};
 * operators become their ASCII spelling in deriv's syntax ({@code − -}, {@code ≤ <=}, {@code ≠ !=}).
 */
final class Ascii {
  private Ascii() {}

  private static final Map<Character, String> SPELLING = Map.ofEntries(
      // the verdict marks (README, docs/reports.md): one distinct letter each
      Map.entry('✓', "+"), Map.entry('✗', "X"), Map.entry('⌛', "T"), Map.entry('↺', "T"), Map.entry('•', "*"),
      // operators and sets
      Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('—', "-"), Map.entry('·', "*"), Map.entry('×', "*"),
      Map.entry('⋅', "*"), Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≠', "!="), Map.entry('≈', "~="),
      Map.entry('→', "->"), Map.entry('↦', "|->"), Map.entry('⇒', "=>"), Map.entry('∈', "in"), Map.entry('∞', "inf"),
      Map.entry('ℝ', "R"), Map.entry('ℕ', "N"), Map.entry('ℤ', "Z"), Map.entry('ℚ', "Q"), Map.entry('ℂ', "C"),
      Map.entry('√', "sqrt"), Map.entry('∂', "d"), Map.entry('∫', "int"), Map.entry('∑', "sum"), Map.entry('∏', "prod"),
      Map.entry('…', "..."), Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
      Map.entry('°', "deg"), Map.entry('µ', "mu"), Map.entry('ħ', "hbar"),
      Map.entry('ℏ', "hbar"), Map.entry('′', "'"), Map.entry('±', "+/-"), Map.entry('\u00a0', " "));

  private static final String GREEK_LOWER = "αβγδεζηθικλμνξοπρςστυφχψω";
  private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
      "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi",
      "chi", "psi", "omega"};
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** {@code text} in ASCII. */
  static String spell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    char previous = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      char c = (char) cp;
      if (cp < 128) {
        out.append(c);
      } else {
        out.append(spell(cp, previous));
      }
      previous = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? c : 0;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** One character, knowing the one before it (a run of subscript or superscript digits starts with one _ or ^). */
  private static String spell(int cp, char previous) {
    char c = (char) cp;
    String known = cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? SPELLING.get(c) : null;
    if (known != null) {
      return known;
    }
    int sub = SUBSCRIPTS.indexOf(c);
    if (sub >= 0) {
      return (SUBSCRIPTS.indexOf(previous) >= 0 ? "" : "_") + sub;
    }
    int sup = superscript(c);
    if (sup != Integer.MIN_VALUE) {
      String digit = sup == -1 ? "-" : String.valueOf(sup);
      return (superscript(previous) != Integer.MIN_VALUE ? "" : "^") + digit;
    }
    int lower = GREEK_LOWER.indexOf(Character.toLowerCase(c));
    if (lower >= 0) {
      String name = GREEK_NAMES[lower];
      return Character.isUpperCase(c) ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }
    // é → e: a Latin letter with its accents dropped
    String plain = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    if (plain.chars().allMatch(ch -> ch < 128) && !plain.isEmpty()) {
      return plain;
    }
    return String.format(java.util.Locale.ROOT, "<U+%04X>", cp);
  }

  /** A superscript digit's value, -1 for ⁻, or {@link Integer#MIN_VALUE}. */
  private static int superscript(char c) {
    if (c == '⁻') {
      return -1;
    }
    int i = SUPERSCRIPTS.indexOf(c);
    return i >= 0 ? i : Integer.MIN_VALUE;
  }

  /**
   * Whether standard output can show UTF-8: the encoding the JVM was told it has (Java 19+: {@code stdout.encoding};
   * before, {@code sun.stdout.encoding} on a Windows console, else the locale's {@code native.encoding}, which is
   * ASCII under {@code LANG=C}).
   */
  static boolean utf8Printable(java.util.function.UnaryOperator<String> property) {
    for (String name : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding", "file.encoding"}) {
      String value = property.apply(name);
      if (value != null && !value.isBlank()) {
        String normalised = value.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        return normalised.equals("UTF8") || normalised.equals("UTF16") || normalised.startsWith("UNICODE");
      }
    }
    return true;
  }

  /** A writer that spells its text in ASCII while {@code on} says so (set once the options are read). */
  static final class Writer extends FilterWriter {
    private final java.util.function.BooleanSupplier on;
    // a surrogate pair may arrive in two writes
    private char pendingHigh;

    Writer(java.io.Writer out, java.util.function.BooleanSupplier on) {
      super(out);
      this.on = on;
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      writeText(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      writeText(s.substring(off, off + len));
    }

    private void writeText(String s) throws IOException {
      if (!on.getAsBoolean()) {
        out.write(s);
        return;
      }
      String text = pendingHigh == 0 ? s : pendingHigh + s;
      pendingHigh = 0;
      if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
        pendingHigh = text.charAt(text.length() - 1);
        text = text.substring(0, text.length() - 1);
      }
      out.write(spell(text));
    }
  }
}

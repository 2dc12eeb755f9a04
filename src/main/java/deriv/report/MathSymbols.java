package deriv.report;

import deriv.resolve.Names;
import java.util.Map;

/**
 * Identifiers to LaTeX math: {@code k_B} → {@code k_{\mathrm{B}}}, {@code beta}/{@code β} → {@code \beta},
 * {@code n₁} → {@code n_{1}}, {@code x'} → {@code x'}. Output uses only ASCII letters, digits and known macros,
 * whatever the identifier holds.
 */
final class MathSymbols {
  private MathSymbols() {}

  private static final Map<String, String> GREEK_NAMES = Map.ofEntries(
      Map.entry("alpha", "\\alpha"), Map.entry("beta", "\\beta"), Map.entry("gamma", "\\gamma"),
      Map.entry("delta", "\\delta"), Map.entry("epsilon", "\\epsilon"), Map.entry("varepsilon", "\\varepsilon"),
      Map.entry("zeta", "\\zeta"), Map.entry("eta", "\\eta"), Map.entry("theta", "\\theta"),
      Map.entry("vartheta", "\\vartheta"), Map.entry("iota", "\\iota"), Map.entry("kappa", "\\kappa"),
      Map.entry("lambda", "\\lambda"), Map.entry("mu", "\\mu"), Map.entry("nu", "\\nu"), Map.entry("xi", "\\xi"),
      Map.entry("pi", "\\pi"), Map.entry("rho", "\\rho"), Map.entry("sigma", "\\sigma"), Map.entry("tau", "\\tau"),
      Map.entry("upsilon", "\\upsilon"), Map.entry("phi", "\\phi"), Map.entry("varphi", "\\varphi"),
      Map.entry("chi", "\\chi"), Map.entry("psi", "\\psi"), Map.entry("omega", "\\omega"),
      Map.entry("Gamma", "\\Gamma"), Map.entry("Delta", "\\Delta"), Map.entry("Theta", "\\Theta"),
      Map.entry("Lambda", "\\Lambda"), Map.entry("Xi", "\\Xi"), Map.entry("Pi", "\\Pi"),
      Map.entry("Sigma", "\\Sigma"), Map.entry("Upsilon", "\\Upsilon"), Map.entry("Phi", "\\Phi"),
      Map.entry("Psi", "\\Psi"), Map.entry("Omega", "\\Omega"));

  /** Greek capitals that look like Latin ones are upright Latin letters in LaTeX. */
  private static final String GREEK_UPPER = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u03A2ΣΤΥΦΧΨΩ";
  private static final String[] GREEK_UPPER_TEX = {"\\mathrm{A}", "\\mathrm{B}", "\\Gamma", "\\Delta",
      "\\mathrm{E}", "\\mathrm{Z}", "\\mathrm{H}", "\\Theta", "\\mathrm{I}", "\\mathrm{K}", "\\Lambda", "\\mathrm{M}",
      "\\mathrm{N}", "\\Xi", "\\mathrm{O}", "\\Pi", "\\mathrm{P}", null, "\\Sigma", "\\mathrm{T}", "\\Upsilon",
      "\\Phi", "\\mathrm{X}", "\\Psi", "\\Omega"};
  private static final String GREEK_LOWER = "αβγδεζηθικλμνξοπρςστυφχψω";
  private static final String[] GREEK_LOWER_TEX = {"\\alpha", "\\beta", "\\gamma", "\\delta", "\\varepsilon",
      "\\zeta", "\\eta", "\\theta", "\\iota", "\\kappa", "\\lambda", "\\mu", "\\nu", "\\xi", "o", "\\pi", "\\rho",
      "\\varsigma", "\\sigma", "\\tau", "\\upsilon", "\\varphi", "\\chi", "\\psi", "\\omega"};

  /** The LaTeX for an identifier as a symbol of its own. */
  static String symbol(String identifier) {
    Parts p = split(identifier);
    String out = base(p.base) + p.primes;
    return p.subscript.isEmpty() ? out : out + "_{" + subscript(p.subscript) + "}";
  }

  /** {@code x[j]}: the family's symbol with the index appended to any subscript it already has. */
  static String member(String family, String indexTex) {
    Parts p = split(family);
    String sub = p.subscript.isEmpty() ? indexTex : subscript(p.subscript) + "," + indexTex;
    return base(p.base) + p.primes + "_{" + sub + "}";
  }

  /** A function's name: single letters italic, Greek as Greek, longer names upright. */
  static String function(String name) {
    Parts p = split(name);
    String b = isSingleGlyph(p.base) ? base(p.base) : "\\operatorname{" + latinOnly(p.base) + "}";
    return p.subscript.isEmpty() ? b + p.primes : b + p.primes + "_{" + subscript(p.subscript) + "}";
  }

  private record Parts(String base, String subscript, String primes) {}

  /** {@code k_B'} → (k, B, '); {@code rho0} → (rho, 0, ""); {@code n₁} → (n, 1, ""). */
  private static Parts split(String identifier) {
    String name = Names.canonical(identifier);
    int primeStart = name.length();
    while (primeStart > 0 && name.charAt(primeStart - 1) == '\'') {
      primeStart--;
    }
    String primes = name.substring(primeStart);
    String body = name.substring(0, primeStart);
    int underscore = body.indexOf('_');
    if (underscore > 0) {
      return new Parts(body.substring(0, underscore), body.substring(underscore + 1), primes);
    }
    int digits = body.length();
    while (digits > 1 && Character.isDigit(body.charAt(digits - 1))) {
      digits--;
    }
    return new Parts(body.substring(0, digits), body.substring(digits), primes);
  }

  private static String base(String base) {
    String greek = GREEK_NAMES.get(base);
    if (greek != null) {
      return greek;
    }
    if (base.length() == 1) {
      return glyph(base.charAt(0));
    }
    if (base.chars().allMatch(c -> c < 128)) {
      return "\\mathrm{" + latinOnly(base) + "}";
    }
    // A name with Greek in it (ΔV): one glyph after another, as a physicist writes it (\Delta V).
    StringBuilder out = new StringBuilder();
    for (char c : base.toCharArray()) {
      out.append(out.length() == 0 ? "" : " ").append(glyph(c));
    }
    return out.toString();
  }

  private static boolean isSingleGlyph(String s) {
    return s.length() == 1 || GREEK_NAMES.containsKey(s);
  }

  /**
   * Subscript labels are upright ({@code k_{\mathrm{B}}}, {@code T_{\mathrm{eff}}}); lower-case single letters,
   * digits and Greek letters are indices and stay italic ({@code n_{1}}, {@code x_{j}}).
   */
  private static String subscript(String sub) {
    String[] pieces = sub.split("_", -1);
    StringBuilder out = new StringBuilder();
    for (String piece : pieces) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(subscriptPiece(piece));
    }
    return out.toString();
  }

  private static String subscriptPiece(String piece) {
    if (piece.isEmpty()) {
      return "";
    }
    if (piece.chars().allMatch(Character::isDigit) || GREEK_NAMES.containsKey(piece)) {
      return piece.chars().allMatch(Character::isDigit) ? piece : GREEK_NAMES.get(piece);
    }
    if (piece.length() == 1) {
      char c = piece.charAt(0);
      boolean label = c >= 'A' && c <= 'Z';
      return label ? "\\mathrm{" + c + "}" : glyph(c);
    }
    return "\\mathrm{" + latinOnly(piece) + "}";
  }

  /** One character in math: Latin and digits as they are, Greek as macros, anything else as escaped text. */
  private static String glyph(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return String.valueOf(c);
    }
    int lower = GREEK_LOWER.indexOf(c);
    if (lower >= 0) {
      return GREEK_LOWER_TEX[lower];
    }
    int upper = GREEK_UPPER.indexOf(c);
    if (upper >= 0 && GREEK_UPPER_TEX[upper] != null) {
      return GREEK_UPPER_TEX[upper];
    }
    switch (c) {
      case '\u03D1': return "\\vartheta";
      case '\u03D5': return "\\phi";
      case '\u03F5': return "\\epsilon";
      case '∂': return "\\partial";
      default: return "\\text{" + LatexText.escape(String.valueOf(c)) + "}";
    }
  }

  /** The characters of a multi-letter name, for use inside {@code \mathrm{…}}: each one made safe. */
  private static String latinOnly(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      out.append(plain ? String.valueOf(c) : glyph(c));
    }
    return out.toString();
  }
}

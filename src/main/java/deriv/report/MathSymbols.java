package deriv.report;

import deriv.resolve.Names;
import java.util.ArrayList;
import java.util.List;
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
    return TexMath.render(symbolNode(identifier));
  }

  /** An identifier as a symbol of its own: base, primes and any subscript. */
  static MathNode symbolNode(String identifier) {
    Parts p = split(identifier);
    MathNode out = primed(base(p.base), p.primes);
    return p.subscript.isEmpty() ? out : new MathNode.Scripts(out, subscript(p.subscript), null);
  }

  /**
   * Whether family members print their index in brackets ({@code x_{[j]}}), set while a derivation that declares a
   * name such as {@code x_1} beside a family {@code x} is printed: there {@code x_{1}} would be read as a member.
   */
  private static final ThreadLocal<Boolean> BRACKETED_MEMBERS = ThreadLocal.withInitial(() -> false);

  /** Runs {@code print} with family members' indices in brackets when {@code bracketed}. */
  static <T> T withMemberBrackets(boolean bracketed, java.util.function.Supplier<T> print) {
    boolean before = BRACKETED_MEMBERS.get();
    BRACKETED_MEMBERS.set(bracketed);
    try {
      return print.get();
    } finally {
      BRACKETED_MEMBERS.set(before);
    }
  }

  /** {@code x[j]}: the family's symbol with the index appended to any subscript it already has. */
  static MathNode member(String family, MathNode index) {
    Parts p = split(family);
    if (BRACKETED_MEMBERS.get()) {
      index = MathNode.row(MathNode.op("[", "["), index, MathNode.op("]", "]"));
    }
    MathNode sub = p.subscript.isEmpty() ? index
        : MathNode.row(subscript(p.subscript), MathNode.op(",", ","), index);
    return new MathNode.Scripts(primed(base(p.base), p.primes), sub, null);
  }

  /** A function's name: single letters italic, Greek as Greek, longer names upright. */
  static MathNode function(String name) {
    Parts p = split(name);
    MathNode b = isSingleGlyph(p.base) ? base(p.base)
        : new MathNode.Ident("\\operatorname{" + latinOnly(p.base) + "}", p.base, true);
    MathNode primed = primed(b, p.primes);
    return p.subscript.isEmpty() ? primed : new MathNode.Scripts(primed, subscript(p.subscript), null);
  }

  private static MathNode primed(MathNode base, String primes) {
    return primes.isEmpty() ? base : MathNode.row(base, MathNode.op(primes, "\u2032".repeat(primes.length())));
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

  private static MathNode base(String base) {
    String greek = GREEK_NAMES.get(base);
    if (greek != null) {
      return MathNode.ident(greek, greekLetter(base));
    }
    if (base.length() == 1) {
      return glyphNode(base.charAt(0));
    }
    if (base.chars().allMatch(c -> c < 128)) {
      return new MathNode.Ident("\\mathrm{" + latinOnly(base) + "}", base, true);
    }
    // A name with Greek in it (ΔV): one glyph after another, as a physicist writes it (\Delta V).
    List<MathNode> glyphs = new ArrayList<>();
    for (char c : base.toCharArray()) {
      if (!glyphs.isEmpty()) {
        glyphs.add(new MathNode.Space(" ", null));
      }
      glyphs.add(glyphNode(c));
    }
    return new MathNode.Row(glyphs);
  }

  /** A name set upright, as a unit symbol is ({@code kg}, {@code µm}, {@code Ω}). */
  static MathNode upright(String name) {
    return new MathNode.Ident("\\mathrm{" + latinOnly(name) + "}", name, true);
  }

  /** One character as a symbol: an upright Latin capital stands for a Greek one that looks the same. */
  private static MathNode glyphNode(char c) {
    String tex = glyph(c);
    return new MathNode.Ident(tex, String.valueOf(c), tex.startsWith("\\mathrm{"));
  }

  /** {@code beta} → β, from the same tables as the LaTeX macros. */
  private static String greekLetter(String name) {
    String tex = GREEK_NAMES.get(name);
    for (int i = 0; i < GREEK_LOWER_TEX.length; i++) {
      if (tex.equals(GREEK_LOWER_TEX[i])) {
        return String.valueOf(GREEK_LOWER.charAt(i));
      }
    }
    for (int i = 0; i < GREEK_UPPER_TEX.length; i++) {
      if (tex.equals(GREEK_UPPER_TEX[i])) {
        return String.valueOf(GREEK_UPPER.charAt(i));
      }
    }
    switch (name) {
      case "epsilon": return "\u03F5";
      case "vartheta": return "\u03D1";
      case "phi": return "\u03D5";
      default: return name;
    }
  }

  private static boolean isSingleGlyph(String s) {
    return s.length() == 1 || GREEK_NAMES.containsKey(s);
  }

  /**
   * Subscript labels are upright ({@code k_{\mathrm{B}}}, {@code T_{\mathrm{eff}}}); lower-case single letters,
   * digits and Greek letters are indices and stay italic ({@code n_{1}}, {@code x_{j}}).
   */
  private static MathNode subscript(String sub) {
    List<MathNode> pieces = new ArrayList<>();
    for (String piece : sub.split("_", -1)) {
      pieces.add(subscriptPiece(piece));
    }
    return MathNode.join(pieces, MathNode.op(",", ","));
  }

  private static MathNode subscriptPiece(String piece) {
    if (piece.isEmpty()) {
      return new MathNode.Row(List.of());
    }
    if (piece.chars().allMatch(Character::isDigit)) {
      return new MathNode.Num(piece);
    }
    if (GREEK_NAMES.containsKey(piece)) {
      return MathNode.ident(GREEK_NAMES.get(piece), greekLetter(piece));
    }
    if (piece.length() == 1) {
      char c = piece.charAt(0);
      boolean label = c >= 'A' && c <= 'Z';
      return label ? new MathNode.Ident("\\mathrm{" + c + "}", piece, true) : glyphNode(c);
    }
    return new MathNode.Ident("\\mathrm{" + latinOnly(piece) + "}", piece, true);
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
      String g = plain ? String.valueOf(c) : glyph(c);
      // A macro such as \Delta must not run into the next letter (\Deltav is no macro).
      out.append(g).append(g.matches("\\\\[A-Za-z]+") ? "{}" : "");
    }
    return out.toString();
  }
}

package deriv.hostile;

import deriv.perf.Generated;
import java.util.List;
import java.util.Random;

/** Malformed derivation files from a seed: random tokens of the language, truncations and mutations of valid files. */
final class Fuzz {
  /** Every token kind of the grammar, with awkward spellings of names and numbers. */
  private static final List<String> VOCABULARY = List.of(
      "derivation", "let", "assume", "def", "postulate", "approx", "claim", "goal", "note", "import", "by", "from",
      "in", "∈", ":=", ":", ",", "=", "≈", "(", ")", "[", "]", "|", "..", "->", "^", "+", "-", "*", "/", "·", "×",
      "<", "<=", "≤", ">", ">=", "≥", "!=", "≠", "x", "y", "a_1", "x₁", "x'", "β", "Δ", "∂", "é", "N", "E", "I",
      "Pi", "Print", "sum", "prod", "int", "Σ", "∫", "exp", "ln", "sqrt", "δ", "real", "positive", "natural",
      "integer", "R", "R^3", "0", "1", "2.5", "1e999999", "99999999999999999999999", "\"title\"", "\"unclosed",
      "# comment", "\n", "\n", "\n", " ", "\t", "\u0000", "\uFFFF", "😀", "\\", "@", ";", "{", "}");

  private static final String RICH = """
      derivation rich "Every statement kind"
      note "a note"
      let k_B, T, q : positive
      let N : natural
      let x[1..N], p[1..N] : R^3
      let V : R^3 -> real
      let a, b, c : real
      assume a > 0, b != 0
      def β := 1/(k_B*T)
      def f(y : R^3) := exp(-β*q*V(y))
      postulate law: a/b = exp(-β*q*(c - a))
      approx small: sum(j=1..N, j != 1, |p[j]|^2) ≈ 3*N
      claim s1: (a + b)^2 = a^2 + 2*a*b + b^2 by algebra
      claim s2: int(y in R^3, f(y)) = int(y in R^3, exp(-q*V(y)/(k_B*T))) by algebra
      claim s3: ln(a/b) = -β*q*(c - a) from law by log
      claim s4: a = a from s1[a := 2*b] by instance
      goal ln(a/b) = -β*q*(c - a)
      """;

  private Fuzz() {}

  /** The i-th hostile file of a seeded run. */
  static String file(long seed, int i) {
    Random r = new Random(seed * 1_000_003L + i);
    switch (i % 4) {
      case 0: return tokens(r, 1 + r.nextInt(80));
      case 1: return truncate(r, valid(r));
      default: return mutate(r, valid(r), 1 + r.nextInt(6));
    }
  }

  static String valid(Random r) {
    return r.nextBoolean() ? RICH : Generated.file(1 + r.nextInt(12), r.nextLong(), 3);
  }

  private static String tokens(Random r, int n) {
    StringBuilder out = new StringBuilder(r.nextBoolean() ? "derivation d\n" : "");
    for (int i = 0; i < n; i++) {
      out.append(VOCABULARY.get(r.nextInt(VOCABULARY.size()))).append(r.nextInt(3) == 0 ? "" : " ");
    }
    return out.toString();
  }

  private static String truncate(Random r, String text) {
    return text.substring(0, r.nextInt(text.length() + 1));
  }

  private static String mutate(Random r, String text, int edits) {
    StringBuilder s = new StringBuilder(text);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = r.nextInt(s.length());
      int len = Math.min(s.length() - at, 1 + r.nextInt(12));
      switch (r.nextInt(5)) {
        case 0 -> s.delete(at, at + len);
        case 1 -> s.insert(at, VOCABULARY.get(r.nextInt(VOCABULARY.size())));
        case 2 -> s.insert(at, s.substring(at, at + len)); // duplicate a span
        case 3 -> s.setCharAt(at, (char) (32 + r.nextInt(0x3A0)));
        default -> s.insert(at, "(".repeat(r.nextInt(250)));
      }
    }
    return s.toString();
  }
}

package deriv.resolve;

/** Spelling rules for names: {@code n₁} and {@code n_1} are the same name. */
public final class Names {
  private Names() {}

  /** The canonical spelling: Unicode subscript digits become {@code _digits}. */
  public static String canonical(String name) {
    StringBuilder out = new StringBuilder();
    boolean inSubscript = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\u2080' && c <= '\u2089') {
        if (!inSubscript) {
          out.append('_');
          inSubscript = true;
        }
        out.append((char) ('0' + (c - '\u2080')));
      } else {
        inSubscript = false;
        out.append(c == '\u2032' ? '\'' : c);
      }
    }
    return out.toString();
  }

  /** Names a reader may write for ∞ as the bound of a definite integral. */
  private static final java.util.Set<String> INFINITY = java.util.Set.of("∞", "inf", "infinity", "Infinity", "oo");

  /** Whether {@code e} is ∞ or −∞ (or +∞) written as a bound: {@code ∞}, {@code inf}, {@code oo}, {@code -∞}. */
  public static boolean isInfinity(deriv.syntax.Ast.Expr e) {
    return e instanceof deriv.syntax.Ast.Name n && INFINITY.contains(n.name())
        || e instanceof deriv.syntax.Ast.Unary u && u.operand() instanceof deriv.syntax.Ast.Name m
        && INFINITY.contains(m.name());
  }
}

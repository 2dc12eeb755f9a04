package deriv.resolve;

import deriv.kernel.Sort;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import java.util.List;

/** The sets a name can be declared in: {@code real}, {@code positive}, {@code R^3}, … */
final class Spaces {
  private Spaces() {}

  /** Sign facts a scalar space carries, as a relation to 0 (or null). */
  static String signRelation(String space) {
    switch (space) {
      case "positive": return ">";
      case "nonnegative": return ">=";
      case "negative": return "<";
      case "nonzero": return "!=";
      default: return null;
    }
  }

  static boolean isScalar(String space) {
    return List.of("real", "R", "ℝ", "positive", "nonnegative", "negative", "nonzero").contains(space);
  }

  static boolean isInteger(String space) {
    return List.of("integer", "Z", "ℤ", "natural").contains(space);
  }

  static boolean isVector(Ast.Space s) {
    return (s.name().equals("R") || s.name().equals("ℝ")) && s.power() == 3 || s.name().equals("vector");
  }

  /** The sort of a point of an integration domain or a function argument: R → scalar, R^3 → vector. */
  static Sort pointSort(Ast.Space s, List<Diagnostic> diagnostics) {
    if (isVector(s)) {
      return Sort.VECTOR;
    }
    if ((s.name().equals("R") || s.name().equals("ℝ") || s.name().equals("real")) && s.power() == 1) {
      return Sort.SCALAR;
    }
    diagnostics.add(Diagnostic.error("bad-space", "expected R or R^3, not " + s.name()
        + (s.power() == 1 ? "" : "^" + s.power()), s.span()));
    return Sort.SCALAR;
  }
}

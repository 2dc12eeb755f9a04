package deriv.units;

import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Units and dimensions of a file (docs/units.md). A file that declares no unit is not checked. A dimension error is
 * a check failure (exit 1, like a failed step); a unit that does not parse or a symbol without a unit is a file
 * error (exit 2, like an unknown name).
 */
public final class Units {
  /** Both sides of an equation, the terms of a sum, … have different dimensions. */
  public static final String DIMENSION = "dimension";
  /** A unit that is not one, or an unknown physical constant. */
  public static final String BAD_UNIT = "unit";
  /** A symbol used in a file with units has none. */
  public static final String MISSING_UNIT = "missing-unit";

  private Units() {}

  /** Whether a diagnostic is a failed check rather than a file error. */
  public static boolean isCheckFailure(Diagnostic d) {
    return d.code().equals(DIMENSION);
  }

  /** A file declares units when any {@code let} or definition parameter carries one. */
  public static boolean declaresUnits(Ast.SourceFile file) {
    for (Ast.Derivation d : file.derivations()) {
      for (Ast.Statement s : d.statements()) {
        if (s instanceof Ast.Let let && hasUnit(let.type())) {
          return true;
        }
        if (s instanceof Ast.Def def && def.params().stream().anyMatch(p -> p.space() != null
            && p.space().unit() != null)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The unit diagnostics of a file whose names resolved; none when it declares no units. */
  public static List<Diagnostic> check(Ast.SourceFile file) {
    if (!declaresUnits(file)) {
      return List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Ast.Derivation d : file.derivations()) {
      Findings findings = new Findings();
      new DimensionChecker(findings).check(d);
      out.addAll(findings.all());
    }
    return out;
  }

  /** {@code kg·m²·s⁻³·A⁻¹ (V)}: SI base units, and the unit's own name when it has one. */
  static String show(Dimension d) {
    if (d.isNone()) {
      return "dimensionless";
    }
    String named = NamedUnits.of(d);
    return named == null || Dimension.BASE.contains(named) ? d.toString() : d + " (" + named + ")";
  }

  private static boolean hasUnit(Ast.Type t) {
    return t.result().unit() != null || t.arguments().stream().anyMatch(a -> a.unit() != null);
  }
}

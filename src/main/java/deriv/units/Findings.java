package deriv.units;

import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The diagnostics of one file's unit check; a symbol without a unit is reported once, where it is first used. */
final class Findings {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> reportedMissing = new HashSet<>();
  private final Set<Span> reportedUnits = new HashSet<>();

  /** The dimension of a written unit; null, reported once, when it is not a unit. */
  Dimension unit(Ast.Unit unit) {
    UnitExpressions.Result r = UnitExpressions.parse(unit.expr());
    if (!r.ok()) {
      if (reportedUnits.add(unit.span())) {
        badUnit(r.error(), r.span());
      }
      return null;
    }
    return r.unit().dimension();
  }

  /** Two sides that should agree do not: a check failure (exit 1). */
  void dimension(String message, Span span) {
    diagnostics.add(Diagnostic.error(Units.DIMENSION, message, span));
  }

  /** A unit that does not parse: a file error (exit 2), like a syntax error. */
  void badUnit(String message, Span span) {
    diagnostics.add(Diagnostic.error(Units.BAD_UNIT, message, span));
  }

  /**
   * A name whose unit is unknown because of an error reported elsewhere (a unit that did not parse, a definition
   * whose body has a dimension error) is not reported again as having none.
   */
  void alreadyReported(String name) {
    reportedMissing.add(name);
  }

  void missing(String name, String hint, Span span) {
    if (reportedMissing.add(name)) {
      diagnostics.add(Diagnostic.error(Units.MISSING_UNIT, "'" + name + "' has no unit, but this file declares "
          + "units: " + hint, span));
    }
  }

  List<Diagnostic> all() {
    return List.copyOf(diagnostics);
  }
}

package deriv.check;

import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.units.Units;
import java.util.List;

/**
 * The outcome for one file: its derivations' results, or the diagnostics that kept it from being checked. Dimension
 * errors come with the results: they are check failures, not file errors.
 */
public record FileResult(String path, Ast.SourceFile source, List<DerivationResult> derivations,
    List<Diagnostic> diagnostics) {
  public FileResult {
    derivations = List.copyOf(derivations);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Errors that kept the file from being checked (exit 2). */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && !Units.isCheckFailure(d));
  }

  /** Errors found while checking, such as a dimension mismatch (exit 1, like a failed step). */
  public boolean hasCheckFailures() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR && Units.isCheckFailure(d));
  }
}

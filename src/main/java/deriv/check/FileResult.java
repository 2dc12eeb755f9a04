package deriv.check;

import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import java.util.List;

/** The outcome for one file: its derivations' results, or the diagnostics that kept it from being checked. */
public record FileResult(String path, Ast.SourceFile source, List<DerivationResult> derivations,
    List<Diagnostic> diagnostics) {
  public FileResult {
    derivations = List.copyOf(derivations);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }
}

package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.util.List;

/** Test helper: the unit diagnostics of a one-derivation file, after checking that it parses and resolves. */
final class UnitFiles {
  private UnitFiles() {}

  static List<Diagnostic> diagnostics(String body) {
    Parsing.Result parsed = Parsing.parse("t.deriv", "derivation t\n" + body + "\n");
    assertThat(parsed.diagnostics()).as("syntax").isEmpty();
    for (Ast.Derivation d : parsed.file().derivations()) {
      assertThat(Resolver.resolve(d).diagnostics()).as("names").allMatch(x -> x.code().equals("no-goal"));
    }
    return Units.check(parsed.file());
  }

  static List<Diagnostic> dimensionErrors(String body) {
    List<Diagnostic> all = diagnostics(body);
    assertThat(all).allMatch(Units::isCheckFailure, "only dimension errors");
    return all;
  }
}

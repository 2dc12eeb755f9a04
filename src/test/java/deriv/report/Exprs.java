package deriv.report;

import deriv.syntax.Ast;
import deriv.syntax.Parsing;

/** Expressions for tests, parsed by the real parser from {@code def e := …}. */
final class Exprs {
  private Exprs() {}

  static Ast.Expr parse(String expression) {
    Parsing.Result r = Parsing.parse("test.deriv", "derivation t\ndef e := " + expression + "\n");
    if (r.hasErrors()) {
      throw new IllegalArgumentException(expression + ": " + r.diagnostics());
    }
    return ((Ast.Def) r.file().derivations().get(0).statements().get(0)).body();
  }

  static String tex(String expression) {
    return MathPrinter.expr(parse(expression));
  }
}

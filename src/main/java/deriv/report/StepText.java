package deriv.report;

import deriv.check.StepResult;
import deriv.syntax.Ast;

/** The equation a step states, as the author wrote it: for a link of a chain, the previous expression and the link. */
public final class StepText {
  private StepText() {}

  public static String equation(StepResult s, String text) {
    if (s.link() != null && s.statement() instanceof Ast.Claim c) {
      int i = c.links().indexOf(s.link());
      Ast.Expr previous = i <= 0 ? c.first() : c.links().get(i - 1).expr();
      return Sources.slice(text, previous.span()) + " " + Sources.slice(text, s.link().span());
    }
    return Sources.slice(text, s.span());
  }
}

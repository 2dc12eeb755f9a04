package deriv.lsp;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Evidence;
import deriv.kernel.Status;
import deriv.report.TextReport;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The marks at the end of each line of the latest check of the current text: ✓ on a proved step, • on an assumed
 * one; and on the goal whether it is reached and what it rests on. Steps that did not hold are diagnostics instead.
 */
final class InlayHints {
  private InlayHints() {}

  static List<InlayHint> of(FileResult checked, Positions at) {
    List<InlayHint> out = new ArrayList<>();
    if (checked == null) {
      return out;
    }
    for (DerivationResult d : checked.derivations()) {
      for (StepResult s : d.steps()) {
        if (s.status() == Status.PROVED || s.status() == Status.ASSUMED) {
          out.add(hint(at, s.span().endLine(), s.span().endColumn(), TextReport.mark(s.status()) + " "
              + s.status().label() + (s.status() == Status.PROVED ? " (" + s.rule() + ")" : "")));
        }
      }
      GoalResult g = d.goal();
      if (g != null) {
        String rests = g.restsOn().isEmpty() ? "rests on nothing but proofs"
            : "rests on: " + Evidence.describe(g.restsOn());
        out.add(hint(at, g.goal().span().endLine(), g.goal().span().endColumn(),
            g.reached() ? "✓ goal reached; " + rests : "✗ goal NOT reached"));
      }
    }
    return out;
  }

  private static InlayHint hint(Positions at, int line, int lastColumn, String label) {
    Position p = at.position(line, lastColumn + 1);
    InlayHint h = new InlayHint(p, Either.forLeft(label));
    h.setKind(InlayHintKind.Type);
    h.setPaddingLeft(true);
    return h;
  }
}

package deriv.report;

import deriv.kernel.Status;
import java.util.List;
import java.util.Map;

/**
 * One derivation laid out for a reader, shared by the LaTeX and the Markdown report: prose stays raw text (each
 * report escapes it its own way), math is already LaTeX from {@link MathPrinter}.
 */
record Outline(String title, List<String> description, List<Symbol> symbols, List<String> assumptions,
    List<Definition> definitions, List<AssumedFact> assumed, List<Block> body, Goal goal,
    Map<Status, Integer> tally) {

  /** Declared names, their domain and the conditions given with them. */
  record Symbol(String names, String domain, List<String> conditions) {}

  /** {@code head := body}; {@code status} is shown only when it is not the expected "assumed". */
  record Definition(String head, String body, Status status) {}

  record AssumedFact(String kind, String name, String equation, Status status) {}

  sealed interface Block permits Prose, Chain {}

  record Prose(String text) implements Block {}

  /** A claim: its first expression, then one line per link; problems are the steps that did not pass. */
  record Chain(String name, String first, List<Line> lines, List<Problem> problems) implements Block {}

  /** One {@code = expr} of a chain: relation and right side as math, why (may be empty), and the verdict. */
  record Line(String relation, String expr, List<Piece> justification, Status status) {}

  /** Part of a justification: words, or math such as rule arguments and substitutions. */
  record Piece(boolean math, String content) {}

  /** A step that was not proved or assumed, with what the kernel said about it. */
  record Problem(String step, int line, Status status, String message, String residual,
      Map<String, String> counterexample) {}

  /** The goal as math; {@code status} is null when the kernel gave no verdict for it. */
  /** The goal; {@code restsOn} is what the last result rests on besides proofs (empty: nothing). */
  record Goal(String equation, boolean checked, boolean reached, Status status, String message,
      java.util.List<deriv.kernel.Evidence> restsOn) {
    Goal(String equation, boolean checked, boolean reached, Status status, String message) {
      this(equation, checked, reached, status, message, java.util.List.of());
    }
  }
}

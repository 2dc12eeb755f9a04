package deriv.report;

import deriv.kernel.Status;
import java.util.List;
import java.util.Map;

/**
 * One derivation laid out for a reader, shared by the LaTeX and the Markdown report: prose stays raw text (each
 * report escapes it its own way), math is a {@link MathNode} from the one printer walk, which each report spells
 * ({@link TexMath} for LaTeX and Markdown, {@link MathMl} for HTML).
 */
record Outline(String title, List<String> description, List<Symbol> symbols, List<Comments.Narrative> symbolNotes,
    List<MathNode> assumptions,
    List<Definition> definitions, List<AssumedFact> assumed, List<Block> body, Goal goal,
    Map<Status, Integer> tally) {

  /** Declared names, their domain, their unit (null: none declared) and the conditions given with them. */
  record Symbol(MathNode names, MathNode domain, MathNode unit, List<MathNode> conditions) {}

  /** {@code head := body}; {@code status} is shown only when it is not the expected "assumed". */
  record Definition(List<Comments.Narrative> notes, MathNode head, MathNode body, Status status, Detail detail) {}

  record AssumedFact(List<Comments.Narrative> notes, String kind, String name, MathNode equation, Status status,
      Detail detail) {}

  sealed interface Block permits Prose, Heading, Chain {}

  /** A note, or a paragraph of the author's comments. */
  record Prose(String text) implements Block {}

  /** A section heading the author wrote as a comment ({@code # ---- 2. The canonical ensemble ----}). */
  record Heading(String text) implements Block {}

  /** A claim: its first expression, then one line per link; problems are the steps that did not pass. */
  record Chain(String name, MathNode first, List<Line> lines, List<Problem> problems) implements Block {}

  /**
   * One {@code = expr} of a chain: the author's comments just before it, relation and right side as math, why (may
   * be empty), and the verdict.
   */
  record Line(List<Comments.Narrative> notes, boolean approximate, MathNode relation, MathNode expr, List<Piece> justification, Status status, Detail detail) {}

  /**
   * What the checker recorded about a step, for a reader who opens it (HTML's {@code <details>}): its name, source
   * line, and labelled fields in the order {@code deriv explain} prints them. Null when the step was not checked.
   */
  record Detail(String step, int line, List<Field> fields) {}

  record Field(String label, String value) {}

  /**
   * Part of a justification: words ({@code formula} null), the name of an earlier result ({@code fact}: a claim,
   * postulate, approximation or import, set apart from rule names), or math such as rule arguments and substitutions.
   */
  record Piece(String text, MathNode formula, boolean fact) {
    Piece(String text, MathNode formula) {
      this(text, formula, false);
    }

    boolean math() {
      return formula != null;
    }
  }

  /** A step that was not proved or assumed, with what the kernel said about it. */
  record Problem(String step, int line, Status status, String message, String residual,
      Map<String, String> counterexample, List<String> hints) {}

  /**
   * The goal as math; {@code status} is null when the kernel gave no verdict for it; {@code restsOn} is what the
   * last result rests on besides proofs (empty: nothing).
   */
  record Goal(MathNode equation, boolean checked, boolean reached, Status status, String message,
      java.util.List<deriv.kernel.Evidence> restsOn) {
    Goal(MathNode equation, boolean checked, boolean reached, Status status, String message) {
      this(equation, checked, reached, status, message, java.util.List.of());
    }
  }
}

package deriv.check;

import deriv.diagnose.Hint;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Ast;
import deriv.syntax.Span;
import java.util.List;

/**
 * The verdict for one step, with the syntax it came from so that outputs can print it.
 *
 * @param name a stable name: the claim's name, and for a link of a chain its number ({@code density.3})
 * @param statement the statement the step belongs to
 * @param link the link of a chain, or null for any other step
 * @param hints likely causes, when the step did not hold (each one verified by the kernel; often none)
 * @param unestablished the earlier claims the step cites that are not established: it was checked from their
 *     statements as written, so its verdict is about that transition, and its claim is not established either
 * @param millis the wall-clock time spent deciding it in this run (a verdict from a cache takes next to none)
 */
public record StepResult(String name, Kind kind, Span span, Verdict verdict, Ast.Statement statement,
    Ast.Link link, List<Hint> hints, List<String> unestablished, long millis) {

  public StepResult {
    hints = List.copyOf(hints);
    unestablished = List.copyOf(unestablished);
  }

  public StepResult(String name, Kind kind, Span span, Verdict verdict, Ast.Statement statement, Ast.Link link,
      List<Hint> hints, List<String> unestablished) {
    this(name, kind, span, verdict, statement, link, hints, unestablished, 0);
  }

  public StepResult(String name, Kind kind, Span span, Verdict verdict, Ast.Statement statement, Ast.Link link,
      List<Hint> hints) {
    this(name, kind, span, verdict, statement, link, hints, List.of());
  }

  public StepResult(String name, Kind kind, Span span, Verdict verdict, Ast.Statement statement, Ast.Link link) {
    this(name, kind, span, verdict, statement, link, List.of());
  }

  public enum Kind {
    DEFINITION, POSTULATE, APPROXIMATION, LINK, DERIVED, IMPORT;

    public boolean isAssumed() {
      return this == DEFINITION || this == POSTULATE || this == APPROXIMATION;
    }
  }

  /** The same result, timed. */
  public StepResult withMillis(long ms) {
    return new StepResult(name, kind, span, verdict, statement, link, hints, unestablished, ms);
  }

  public Status status() {
    return verdict.status();
  }

  public String rule() {
    return verdict.rule();
  }
}

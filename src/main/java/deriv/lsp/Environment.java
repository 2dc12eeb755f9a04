package deriv.lsp;

import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.check.StepCache;
import java.util.function.UnaryOperator;

/**
 * What the server is given by the command line: how to check (the limits of {@code deriv check}), how imports are
 * read, where verdicts come from (the verdict cache), the steps remembered between edits, how {@code deriv explain}
 * words a step, and how a document's URI names a file path and back.
 */
public record Environment(Options options, SourceLoader imports, Decider decider, StepCache steps,
    Explainer explainer, UnaryOperator<String> pathOfUri, UnaryOperator<String> uriOfPath) {

  /** {@code deriv explain FILE:LINE}'s text for a checked file, or null when there is no step at that line. */
  @FunctionalInterface
  public interface Explainer {
    String explain(FileResult file, int line);
  }
}

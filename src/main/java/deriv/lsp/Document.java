package deriv.lsp;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.syntax.Ast;
import deriv.syntax.Parsing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open document: its latest text and version, and the latest complete check of it. Every change starts a new
 * generation; a check of an older generation stops at its next obligation and publishes nothing.
 */
final class Document {
  /** A document's state at one edit; each view of the text (parse, words, positions) is made when first asked. */
  static final class Snapshot {
    final String text;
    final int version;
    final long generation;
    private Ast.SourceFile parsed;
    private Words words;
    private Positions positions;

    Snapshot(String text, int version, long generation) {
      this.text = text;
      this.version = version;
      this.generation = generation;
    }

    synchronized Positions positions() {
      if (positions == null) {
        positions = new Positions(text);
      }
      return positions;
    }

    synchronized Words words() {
      if (words == null) {
        words = new Words(text);
      }
      return words;
    }

    /** The syntax tree (no derivations when the text does not parse). */
    synchronized Ast.SourceFile parsed(String path) {
      if (parsed == null) {
        parsed = Parsing.parse(path, text).file();
      }
      return parsed;
    }
  }

  final String uri;
  final String path;
  private final AtomicLong generation = new AtomicLong();
  private volatile Snapshot current;
  private volatile FileResult checked;
  /** The steps a check still running has decided, for the text of that generation. */
  private record Partial(long generation, List<StepResult> steps) {}

  private volatile Partial partial;
  /** Whether the last diagnostics published for it were syntax or name errors (a fix must clear them at once). */
  private volatile boolean frontEndErrors;

  Document(String uri, String path, String text, int version) {
    this.uri = uri;
    this.path = path;
    this.current = new Snapshot(text, version, generation.incrementAndGet());
  }

  Snapshot current() {
    return current;
  }

  Snapshot update(String text, int version) {
    Snapshot s = new Snapshot(text, version, generation.incrementAndGet());
    current = s;
    return s;
  }

  /** Whether a check of {@code s} is still wanted (no newer edit, and the document is open). */
  boolean isCurrent(Snapshot s) {
    return generation.get() == s.generation;
  }

  /** Stops every check of this document (it was closed). */
  void close() {
    generation.incrementAndGet();
  }

  /** The latest complete check, or null. */
  FileResult checked() {
    return checked;
  }

  /**
   * What is known of the current text: its complete check, or else the steps decided so far (no goals yet), or null
   * when nothing is.
   */
  FileResult latestNow() {
    FileResult done = checkedNow();
    List<StepResult> steps = decidedSoFar();
    if (done != null || steps.isEmpty()) {
      return done;
    }
    Snapshot now = current;
    Ast.SourceFile file = now.parsed(path);
    List<DerivationResult> derivations = new ArrayList<>();
    for (Ast.Derivation d : file.derivations()) {
      derivations.add(new DerivationResult(d, steps.stream().filter(s -> d.span().line() <= s.span().line()
          && s.span().line() <= d.span().endLine()).toList(), null));
    }
    return new FileResult(path, file, derivations, List.of());
  }

  /** The latest complete check if it is of the current text, else null. */
  FileResult checkedNow() {
    FileResult r = checked;
    return r != null && r.source().text().equals(current.text) ? r : null;
  }

  boolean frontEndErrors() {
    return frontEndErrors;
  }

  void setFrontEndErrors(boolean errors) {
    frontEndErrors = errors;
  }

  /** The steps decided so far by the check of the current text still running (none when there is none). */
  List<StepResult> decidedSoFar() {
    Partial p = partial;
    return p != null && p.generation() == current.generation ? p.steps() : List.of();
  }

  void setDecidedSoFar(Snapshot s, List<StepResult> steps) {
    partial = new Partial(s.generation, steps);
  }

  void setChecked(FileResult r) {
    checked = r;
  }
}

package deriv.lsp;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import deriv.check.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Checks documents in the background, one at a time, with deriv.check's {@link Checker}: the same budgets as
 * {@code deriv check}, every verdict through the verdict cache, and the outcomes of unchanged steps remembered
 * between edits (the environment's step cache), so that an edit re-decides only the steps it changed. A check whose
 * document changed meanwhile stops before its next obligation.
 */
final class CheckRuns implements AutoCloseable {
  /** Thrown inside a check that is no longer wanted; never leaves this class. */
  private static final class Superseded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Superseded() {
      super(null, null, false, false);
    }
  }

  private final Environment env;
  /** One thread: the step cache is not shared between threads, and the other core decides the kernel's work. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    // a deep stack, as the command line's -Xss8m: the front end and the kernel recurse over terms
    Thread t = new Thread(null, r, "deriv-lsp-check", 64L << 20);
    t.setDaemon(true);
    return t;
  });

  /**
   * Held while a result is handed on, and by {@link #close} while it marks the runs closed: close interrupts the
   * check thread, and an interrupt that lands while a result is written to the client can close the client's channel
   * (an interruptible channel closes on interrupt), so no result is handed on during or after close.
   */
  private final Object handing = new Object();
  private volatile boolean closed;

  CheckRuns(Environment env) {
    this.env = env;
  }

  /** A check longer than this shows the verdicts it has so far, and again after each further interval. */
  static final long PROGRESS_NANOS = 300_000_000L;

  /**
   * Checks {@code snapshot} of {@code doc} later and hands the result to {@code done}, unless it was superseded; a
   * long check hands the steps decided so far to {@code progress} on the way (unchanged steps pass in milliseconds,
   * so an edit shows only its final result unless a step takes long).
   */
  void submit(Document doc, Document.Snapshot snapshot, Consumer<List<StepResult>> progress,
      BiConsumer<Document.Snapshot, FileResult> done) {
    if (closed) {
      return; // an edit after shutdown: nothing will show it
    }
    executor.execute(() -> {
      if (closed || !doc.isCurrent(snapshot)) {
        return;
      }
      FileResult result = check(doc, snapshot, progress);
      if (result != null) {
        handOn(doc, snapshot, () -> done.accept(snapshot, result));
      }
    });
  }

  /** The check's result, or null when it was superseded. */
  private FileResult check(Document doc, Document.Snapshot snapshot, Consumer<List<StepResult>> progress) {
    Decider whileCurrent = o -> {
      if (closed || !doc.isCurrent(snapshot)) {
        throw new Superseded();
      }
      return env.decider().decide(o);
    };
    Checker checker = new Checker(env.options(), env.imports(), whileCurrent, env.steps());
    List<StepResult> sofar = new ArrayList<>();
    long[] shown = {System.nanoTime()};
    checker.onEachStep((path, step) -> {
      if (!path.equals(doc.path)) {
        return; // a step of an imported file
      }
      sofar.add(step);
      if (System.nanoTime() - shown[0] > PROGRESS_NANOS) {
        shown[0] = System.nanoTime();
        List<StepResult> decided = List.copyOf(sofar);
        handOn(doc, snapshot, () -> progress.accept(decided));
      }
    });
    try {
      return checker.checkText(doc.path, snapshot.text);
    } catch (Superseded e) {
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // as `deriv check` does: a crash while checking one file is that file's error, and the server goes on
      return new FileResult(doc.path, new Ast.SourceFile(doc.path, snapshot.text, List.of()), List.of(),
          List.of(Diagnostic.error("unreadable", "deriv could not check this file (" + e.getClass().getSimpleName()
              + "); please report it", Span.NONE)));
    }
  }

  /** Runs {@code action} unless the runs are closed, the thread was interrupted or the document changed. */
  private void handOn(Document doc, Document.Snapshot snapshot, Runnable action) {
    synchronized (this.handing) {
      if (!closed && !Thread.currentThread().isInterrupted() && doc.isCurrent(snapshot)) {
        action.run();
      }
    }
  }

  /** Waits until the check thread has ended, after {@link #close}; false if it has not within {@code seconds}. */
  boolean awaitIdle(long seconds) throws InterruptedException {
    return executor.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    synchronized (handing) {
      closed = true;
    }
    executor.shutdownNow();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

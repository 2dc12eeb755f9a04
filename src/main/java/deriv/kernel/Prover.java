package deriv.kernel;

import deriv.kernel.symja.SymjaAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One obligation's prover: its own Symja adapter (engines are never shared between obligations or threads) and its
 * time limit. Rules receive the Prover so that the algebra questions they ask run under the same deadline.
 */
public final class Prover {
  /** How long a stopped computation may take to notice the stop request before it is abandoned. */
  static final Duration GRACE = Duration.ofMillis(750);
  /** Deep recursion in Symja needs more than the default stack. */
  private static final long WORKER_STACK = 16L << 20;
  /** The threads obligations are decided on: as many as are deciding at once (more while any is abandoned). */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(Worker::new);

  private final SymjaAdapter symja = new SymjaAdapter();
  private volatile boolean expired;

  private Prover() {}

  public SymjaAdapter symja() {
    return symja;
  }

  /** True once the time limit has passed; every later Symja call throws {@link Deadline.Expired}. */
  public boolean expired() {
    return expired;
  }

  private void expire() {
    expired = true;
    symja.stopRequest();
  }

  /**
   * Runs {@code work} with a fresh Prover and a time limit. When the limit is reached the Symja computation is stopped
   * and the answer is {@link Status#TIMEOUT}, whatever {@code work} returned (a stopped Symja call returns its input
   * unevaluated, which must not be read as an answer).
   *
   * <p>The limit does not rely on Symja's co-operation: the work runs on its own daemon thread, and when the stop
   * request has not ended it {@link #GRACE} after the limit, the worker is abandoned (never joined; it shares no
   * mutable state with anything else, having its own Prover and engines) and the answer is {@link Status#TIMEOUT}.
   */
  public static Verdict run(String rule, Duration limit, Function<Prover, Verdict> work) {
    Prover p = new Prover();
    FutureTask<Verdict> task = new FutureTask<>(() -> decide(p, rule, limit, work));
    ScheduledFuture<?> watchdog = Deadline.after(limit, p::expire);
    try {
      WORKERS.execute(task);
      return task.get(limit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.expire();
      return abandoned(rule, limit);
    } catch (InterruptedException e) {
      p.expire();
      Thread.currentThread().interrupt();
      return timeout(rule, limit);
    } catch (ExecutionException e) {
      // decide() catches what Symja throws; anything else (an Error) belongs to the caller, as before
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      watchdog.cancel(false);
    }
  }

  /**
   * True on a thread that decides an obligation. Symja prints some messages of its own to standard error from there
   * (unconditionally, e.g. {@code ValidateException.printStackTrace()}); the command line silences these threads.
   */
  public static boolean onWorkerThread() {
    return Thread.currentThread() instanceof Worker;
  }

  /**
   * A daemon thread that decides obligations, one at a time; never joined, so abandoning it keeps nothing alive.
   * An idle worker is reused (as the caller's thread was before); an abandoned one only once its computation ends.
   */
  private static final class Worker extends Thread {
    Worker(Runnable task) {
      super(null, task, "deriv-obligation", WORKER_STACK);
      setDaemon(true);
    }
  }

  private static Verdict decide(Prover p, String rule, Duration limit, Function<Prover, Verdict> work) {
    try {
      Verdict v = work.apply(p);
      return p.expired ? timeout(rule, limit) : v;
    } catch (Deadline.Expired e) {
      return timeout(rule, limit);
    } catch (RuntimeException | StackOverflowError e) {
      if (p.expired) {
        return timeout(rule, limit);
      }
      return Verdict.of(Status.UNKNOWN, rule, "the computer algebra failed: " + e, null, Map.of(),
          List.of("error: " + e));
    }
  }

  public static Verdict run(Duration limit, Function<Prover, Verdict> work) {
    return run("algebra", limit, work);
  }

  private static Verdict abandoned(String rule, Duration limit) {
    return Verdict.of(Status.TIMEOUT, rule, "no answer within " + limit.toMillis() + " ms", null, Map.of(),
        List.of("stopped after " + limit.toMillis() + " ms; the computer algebra ignored the stop request and was "
            + "abandoned"));
  }

  private static Verdict timeout(String rule, Duration limit) {
    return Verdict.of(Status.TIMEOUT, rule, "no answer within " + limit.toMillis() + " ms", null, Map.of(),
        List.of("stopped after " + limit.toMillis() + " ms"));
  }
}

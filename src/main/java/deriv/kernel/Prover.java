package deriv.kernel;

import deriv.kernel.symja.SymjaAdapter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One obligation's prover: its own Symja adapter (engines are never shared between obligations or threads) and its
 * {@link Limits}. Rules receive the Prover so that the algebra questions they ask run under the same budget.
 */
public final class Prover {
  /** How long a stopped computation may take to notice the stop request before it is abandoned. */
  static final Duration GRACE = Duration.ofMillis(750);
  /** How often the watchdog reads the deciding thread's allocation count. */
  private static final Duration POLL = Duration.ofMillis(5);
  /** Deep recursion in Symja needs more than the default stack. */
  private static final long WORKER_STACK = 16L << 20;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final String WALL_CLOCK = "stopped by the wall-clock safety limit";

  /** Told the work each obligation used, for the benchmark ({@code bench/work.sh}); never consulted for a verdict. */
  public interface WorkListener {
    void decided(String rule, long units, long cpuMillis, Status status);
  }

  private static volatile WorkListener workListener;

  /** Installs the benchmark's listener (the command line does, when asked); null removes it. */
  public static void listenToWork(WorkListener listener) {
    workListener = listener;
  }

  /** Why a computation was stopped. */
  private enum Stop { WORK, WALL }

  private final SymjaAdapter symja = new SymjaAdapter();
  /**
   * The answers {@link Algebra#provablyEqual} worked out for this obligation, per context (immutable, so compared by
   * identity): a rule tried at every position, on each form of a link, asks the same pair again. A function of its
   * question, kept per obligation as the sign analysis's memo is, so no obligation's work depends on another's.
   */
  private final Map<Context, Map<Object, Boolean>> equalities = new java.util.IdentityHashMap<>();
  private final Limits limits;
  private volatile long startBytes;
  private volatile Thread worker;
  private volatile Stop stop;
  private volatile long stoppedAt;

  private Prover(Limits limits) {
    this.limits = limits;
  }

  public SymjaAdapter symja() {
    return symja;
  }

  /** What this obligation has already decided about equalities under {@code ctx} ({@link Algebra}'s questions). */
  Map<Object, Boolean> equalities(Context ctx) {
    return equalities.computeIfAbsent(ctx, c -> new java.util.HashMap<>());
  }

  /** True once the budget is used up (or the safety limit reached); every later Symja call then throws. */
  public boolean expired() {
    return stop != null;
  }

  private void stop(Stop why) {
    if (stop == null) {
      stop = why;
      stoppedAt = System.nanoTime();
      symja.stopRequest();
    }
  }

  /**
   * Ends a worker that ignored the stop request. Left alone, some Symja loops (FunctionExpand's pattern matching)
   * run on for ever, holding a processor and building expressions until the heap is full (seen: a test JVM spending
   * ten minutes in garbage collection). The worker shares no mutable state of deriv's: its Prover, adapter and
   * engines are its own, and nothing it computed is read after the stop. Thread.stop is deprecated because it can
   * leave shared objects half-updated; the only shared objects here are Symja's global tables, and a Symja 0 is never
   * taken without the numeric confirmation (docs/architecture.md, "The work budget").
   */
  @SuppressWarnings({"deprecation", "removal"})
  private void kill() {
    Thread w = worker;
    if (w != null && w.isAlive()) {
      w.stop();
    }
  }

  /** The watchdog's look: work used so far against the budget, time since {@code started} against the net. */
  private void watch(long started) {
    Thread w = worker;
    if (stop != null) {
      return;
    }
    if (w != null && THREADS.getThreadAllocatedBytes(w.getId()) - startBytes > limits.bytes()) {
      stop(Stop.WORK);
    } else if (System.nanoTime() - started > limits.wall().toNanos()) {
      stop(Stop.WALL);
    }
  }

  /**
   * Runs {@code work} with a fresh Prover within {@code limits}. The verdict depends only on the work done: a
   * computation that finishes having allocated at most the budget gives its verdict, one that needs more is
   * {@link Status#TIMEOUT} ("work budget used up"), however fast or slow the machine, whichever thread runs it. The
   * watchdog stops the Symja computation once the budget is passed, and the count is read again at the end, so a
   * finish between two looks of the watchdog changes nothing.
   *
   * <p>The stop does not rely on Symja's co-operation: the work runs on its own daemon thread, and when the stop
   * request has not ended it {@link #GRACE} later, the worker is abandoned (never joined; it shares no mutable state
   * with anything else, having its own Prover and engines).
   */
  public static Verdict run(String rule, Limits limits, Function<Prover, Verdict> work) {
    Prover p = new Prover(limits);
    FutureTask<Verdict> task = new FutureTask<>(() -> decide(p, rule, work));
    long started = System.nanoTime();
    ScheduledFuture<?> watchdog = Deadline.every(POLL, () -> p.watch(started));
    try {
      new Worker(task).start(); // one thread per obligation, never reused: stopping it can end nothing else
      while (true) {
        try {
          return task.get(POLL.toMillis() * 4, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (p.stop != null && System.nanoTime() - p.stoppedAt > GRACE.toNanos()) {
            p.kill();
            return stopped(rule, p, true);
          }
        }
      }
    } catch (InterruptedException e) {
      p.stop(Stop.WALL);
      Thread.currentThread().interrupt();
      return stopped(rule, p, false);
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

  /** Whether {@code v} was stopped by the wall clock (which depends on the machine): such verdicts are not kept. */
  public static boolean stoppedByWallClock(Verdict v) {
    return v.status() == Status.TIMEOUT && v.message().startsWith(WALL_CLOCK);
  }

  /**
   * True on a thread that decides an obligation. Symja prints some messages of its own to standard error from there
   * (unconditionally, e.g. {@code ValidateException.printStackTrace()}); the command line silences these threads.
   */
  public static boolean onWorkerThread() {
    return Thread.currentThread() instanceof Worker;
  }

  /** A daemon thread that decides one obligation; never joined, so abandoning it keeps nothing alive. */
  private static final class Worker extends Thread {
    Worker(Runnable task) {
      super(null, task, "deriv-obligation", WORKER_STACK);
      setDaemon(true);
    }
  }

  private static Verdict decide(Prover p, String rule, Function<Prover, Verdict> work) {
    p.startBytes = THREADS.getCurrentThreadAllocatedBytes();
    long startCpu = THREADS.getCurrentThreadCpuTime();
    p.worker = Thread.currentThread();
    try {
      Verdict v = work.apply(p);
      long used = THREADS.getCurrentThreadAllocatedBytes() - p.startBytes;
      WorkListener listener = workListener;
      if (listener != null) {
        listener.decided(rule, used / 1_000_000, (THREADS.getCurrentThreadCpuTime() - startCpu) / 1_000_000, v.status());
      }
      if (used > p.limits.bytes()) {
        p.stop(Stop.WORK); // finished, but after the budget: the same answer as if the watchdog had been quicker
      }
      return p.stop != null ? stopped(rule, p, false) : v;
    } catch (Deadline.Expired e) {
      return stopped(rule, p, false);
    } catch (Expansion.TooLarge e) {
      // not decided, and never worth retrying: the step's terms are too large to build
      return Verdict.of(Status.UNKNOWN, rule, "not decided: " + e.getMessage(), null, Map.of(), List.of());
    } catch (RuntimeException | StackOverflowError e) {
      if (p.stop != null) {
        return stopped(rule, p, false);
      }
      return Verdict.of(Status.UNKNOWN, rule, "the computer algebra failed: " + e, null, Map.of(),
          List.of("error: " + e));
    }
  }

  public static Verdict run(Limits limits, Function<Prover, Verdict> work) {
    return run("algebra", limits, work);
  }

  private static Verdict stopped(String rule, Prover p, boolean abandoned) {
    String ignored = abandoned ? "; the computer algebra ignored the stop request and was abandoned" : "";
    if (p.stop == Stop.WALL) {
      long s = p.limits.wall().toSeconds();
      return Verdict.of(Status.TIMEOUT, rule, WALL_CLOCK + " of " + s + " s (the work budget of " + p.limits.work()
          + " units was not used up; the machine may be overloaded)", null, Map.of(),
          List.of("stopped after " + s + " s of wall-clock time" + ignored));
    }
    return Verdict.of(Status.TIMEOUT, rule, "work budget used up: the step needs more than " + p.limits.work()
        + " work units (--budget)", null, Map.of(), List.of("stopped after " + p.limits.work() + " work units"
        + ignored));
  }
}

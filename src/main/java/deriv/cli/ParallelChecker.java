package deriv.cli;

import deriv.cache.ObligationKey;
import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.kernel.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks files on several threads with exactly the results of a one-thread run, in the same order.
 *
 * <p>A verdict depends only on its {@link Obligation}, and a step's obligation depends on earlier steps only through
 * their statements and whether they were established. So every file is first walked <em>speculatively</em>, as if
 * every step were established, and every obligation met on the way goes to the workers. Then the files are walked
 * for real, in order, on the calling thread, by one checker as in a one-thread run: an obligation with the same
 * complete description ({@link ObligationKey#describe}) as a speculated one takes that verdict; any other (a step
 * after one that was not established) is decided there and then. Each worker decides one obligation at a time with
 * the kernel's fresh-engine-per-obligation Prover, so no Symja engine is ever shared.
 */
public final class ParallelChecker implements AutoCloseable {
  /** Deep recursion in Symja needs more than the default stack, on every thread alike. */
  private static final long WORKER_STACK = 16L << 20;

  private final Options options;
  private final SourceLoader loader;
  private final Decider decider;
  private final ExecutorService pool;

  public ParallelChecker(Options options, SourceLoader loader, Decider decider, int threads) {
    this.options = options;
    this.loader = loader;
    this.decider = decider;
    this.pool = threads <= 1 ? null : new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
        new PriorityBlockingQueue<>(), daemonThreads());
  }

  /** The files' results, in the order given. */
  public List<FileResult> check(List<Path> files) {
    return checkSources(files.stream().map(SourceFiles::read).toList());
  }

  /** The same, for texts already read (the run cache hashes exactly the texts that are checked). */
  public List<FileResult> checkSources(List<SourceFiles.Source> sources) {
    Decider real = decider;
    Map<String, List<CompletableFuture<Verdict>>> byFile = new HashMap<>();
    if (pool != null) {
      Map<String, CompletableFuture<Verdict>> ahead = speculate(sources, byFile);
      real = o -> {
        String d = ObligationKey.describe(o);
        CompletableFuture<Verdict> v = d == null ? null : ahead.get(d);
        return v == null || v.isCancelled() ? decider.decide(o) : join(v);
      };
    }
    Checker checker = new Checker(options, loader, real);
    // how many files still to be checked speculated each obligation
    Map<CompletableFuture<Verdict>, Integer> users = new java.util.IdentityHashMap<>();
    byFile.values().forEach(fs -> fs.forEach(f -> users.merge(f, 1, Integer::sum)));
    return sources.stream().map(s -> {
      FileResult r = checkOne(s, checker);
      // What the file did not use (its steps after its work budget ran out) is not computed for nothing: a task no
      // later file needs is cancelled, and one not yet started is then skipped.
      for (CompletableFuture<Verdict> f : byFile.getOrDefault(s.path(), List.of())) {
        if (users.merge(f, -1, Integer::sum) <= 0) {
          f.cancel(false);
        }
      }
      return r;
    }).toList();
  }

  /** One file, read and checked on the calling thread; a crash becomes the file's error. */
  public static FileResult checkOne(SourceFiles.Source s, Checker checker) {
    return s.error() != null ? s.error() : SourceFiles.guarded(s.path(), () -> checker.checkText(s.path(), s.text()));
  }

  /** Walks every file as if every step were established and starts deciding each obligation met. */
  private Map<String, CompletableFuture<Verdict>> speculate(List<SourceFiles.Source> sources,
      Map<String, List<CompletableFuture<Verdict>>> byFile) {
    Map<String, CompletableFuture<Verdict>> ahead = new HashMap<>();
    List<CompletableFuture<Verdict>> started = new ArrayList<>();
    Checker guess = new Checker(options, loader, o -> {
      String d = ObligationKey.describe(o);
      if (d != null) {
        started.add(ahead.computeIfAbsent(d, x -> submit(o)));
      }
      return Verdict.assumed("speculation", "placeholder for a verdict being computed");
    });
    for (SourceFiles.Source s : sources) {
      started.clear();
      if (s.error() == null) {
        // Only a guess: whatever goes wrong here, the real walk meets again and reports as usual.
        SourceFiles.guarded(s.path(), () -> guess.checkText(s.path(), s.text()));
      }
      byFile.put(s.path(), new ArrayList<>(started));
    }
    return ahead;
  }

  /**
   * Starts deciding {@code o} on the pool. A step derived by an equation rule (solve, log, …) goes before the links:
   * it is usually the dearest, and one such step left to the end of the queue ran alone while the other worker was
   * idle. Otherwise in the order met. The order changes no verdict, only when each is known.
   */
  private CompletableFuture<Verdict> submit(Obligation o) {
    CompletableFuture<Verdict> f = new CompletableFuture<>();
    pool.execute(new Ranked(o instanceof Obligation.Derived ? 0 : 1, submitted++, () -> {
      if (f.isDone()) {
        return; // cancelled: no later file needs it
      }
      try {
        f.complete(decider.decide(o));
      } catch (RuntimeException | Error e) {
        f.completeExceptionally(e);
      }
    }));
    return f;
  }

  private long submitted;

  /** A task of the pool's priority queue: by rank, then in the order submitted. */
  private record Ranked(int rank, long order, Runnable work) implements Runnable, Comparable<Ranked> {
    @Override
    public void run() {
      work.run();
    }

    @Override
    public int compareTo(Ranked other) {
      return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(order, other.order);
    }
  }

  private static Verdict join(CompletableFuture<Verdict> v) {
    try {
      return v.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(null, r, "deriv-worker-" + n.incrementAndGet(), WORKER_STACK);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

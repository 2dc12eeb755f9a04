package deriv.check;

import deriv.kernel.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks files on several threads with exactly the results of a one-thread run, in the same order.
 *
 * <p>A verdict depends only on its {@link Obligation}, and a step's obligation depends on earlier steps only through
 * their statements and whether they were established. So each file is first walked <em>speculatively</em>, as if
 * every step were established, and every obligation met on the way goes to the workers. Then the file is walked for
 * real, in order, on the calling thread: an obligation equal to a speculated one takes that verdict; any other (a
 * step after one that was not established) is decided there and then. Each worker decides one obligation at a time
 * with the kernel's fresh-engine-per-obligation Prover, so no Symja engine is ever shared.
 */
public final class ParallelChecker implements AutoCloseable {
  /** Deep recursion in the parser and in Symja needs more than the default stack, on every thread alike. */
  private static final long WORKER_STACK = 16L << 20;

  private final Options options;
  private final Decider decider;
  private final int threads;
  private final ExecutorService pool;

  public ParallelChecker(Options options, Decider decider, int threads) {
    this.options = options;
    this.decider = decider;
    this.threads = Math.max(1, threads);
    this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, daemonThreads());
  }

  /** The files' results, in the order given. */
  public List<FileResult> check(List<Path> files) {
    if (pool == null) {
      Checker sequential = new Checker(options, decider);
      return files.stream().map(f -> checkOne(f, sequential)).toList();
    }
    List<Object> prepared = new ArrayList<>(); // a FileResult (read error) or a Checker.Prepared
    Map<Obligation, CompletableFuture<Verdict>> ahead = new HashMap<>();
    for (Path f : files) {
      SourceFiles.Source s = SourceFiles.read(f);
      Object p = s.error() != null ? s.error() : prepareAndSpeculate(s, ahead);
      prepared.add(p);
    }
    Checker real = new Checker(options, o -> {
      CompletableFuture<Verdict> v = ahead.get(o);
      return v == null ? decider.decide(o) : join(v);
    });
    List<FileResult> out = new ArrayList<>();
    for (Object p : prepared) {
      if (p instanceof FileResult r) {
        out.add(r);
      } else {
        Checker.Prepared cp = (Checker.Prepared) p;
        out.add(SourceFiles.guarded(cp.path(), () -> real.check(cp)));
      }
    }
    return out;
  }

  /** The plain one-file path: read, parse, resolve, check. */
  public static FileResult checkOne(Path file, Checker checker) {
    SourceFiles.Source s = SourceFiles.read(file);
    return s.error() != null ? s.error() : SourceFiles.guarded(s.path(), () -> checker.checkText(s.path(), s.text()));
  }

  private Object prepareAndSpeculate(SourceFiles.Source s, Map<Obligation, CompletableFuture<Verdict>> ahead) {
    Checker.Prepared[] p = new Checker.Prepared[1];
    FileResult failed = SourceFiles.guarded(s.path(), () -> {
      p[0] = Checker.prepare(s.path(), s.text());
      return null;
    });
    if (failed != null) {
      return failed;
    }
    try {
      // Every step "established": the obligations a fully successful walk meets, which is the usual case.
      new Checker(options, o -> {
        ahead.computeIfAbsent(o, x -> CompletableFuture.supplyAsync(() -> decider.decide(x), pool));
        return Verdict.assumed("speculation", "placeholder for a verdict being computed");
      }).check(p[0]);
    } catch (RuntimeException | StackOverflowError e) {
      // Only a guess failed: the real walk meets the same problem, if it is one, and reports it as usual.
    }
    return p[0];
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

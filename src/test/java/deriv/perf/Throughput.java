package deriv.perf;

import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.cli.ParallelChecker;
import deriv.check.RunResult;
import deriv.check.SourceLoader;
import deriv.kernel.Status;
import deriv.kernel.symja.SymjaSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Warm throughput, for bench/run.sh: checks one generated file twice in one JVM (no verdict cache) and prints the
 * steps per second of each pass; the second pass runs on a warmed-up JIT.
 * Usage: Throughput STEPS [THREADS]
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) throws Exception {
    SymjaSetup.init();
    int steps = Integer.parseInt(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    Path file = Files.createTempFile("throughput", ".deriv");
    try {
      Files.writeString(file, Generated.file(steps, 42, 0));
      for (String pass : List.of("cold", "warm")) {
        long t0 = System.nanoTime();
        List<FileResult> r;
        try (ParallelChecker c = new ParallelChecker(Options.DEFAULT, SourceLoader.NONE, Decider.KERNEL, threads)) {
          r = c.check(List.of(file));
        }
        double s = (System.nanoTime() - t0) / 1e9;
        RunResult run = new RunResult(r, false);
        int checked = run.summary().values().stream().mapToInt(Integer::intValue).sum();
        int goals = (int) r.get(0).derivations().stream().filter(d -> d.goal() != null).count();
        System.out.printf("%s pass: %d steps + %d goals on %d threads in %.2f s = %.1f steps/s (%d proved)%n",
            pass, checked, goals, threads, s, (checked + goals) / s, run.summary().get(Status.PROVED));
      }
    } finally {
      Files.deleteIfExists(file);
    }
    System.exit(0);
  }
}

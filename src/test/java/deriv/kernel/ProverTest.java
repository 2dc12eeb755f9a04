package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProverTest {
  private final Var x = scalar("x");
  private final Var y = scalar("y");
  private final Var z = scalar("z");

  /** (x+y+z+1)^k*(x-y+z-1)^k = ((x+z)^2-(y+1)^2)^k: true, and expensive to expand. */
  private Verdict heavy(int k, Limits limit) {
    Term lhs = times(pow(plus(x, y, z, num(1)), num(k)), pow(plus(x, neg(y), z, num(-1)), num(k)));
    Term rhs = pow(minus(sq(plus(x, z)), sq(plus(y, num(1)))), num(k));
    return Prover.run(limit, p -> Algebra.decide(lhs, rhs, reals(x, y, z), p));
  }

  @Test
  void heavyObligationUsesUpItsBudgetPromptlyAndTheNextOneStillWorks() {
    long start = System.nanoTime();
    Verdict v = heavy(40, new Limits(20, Duration.ofSeconds(120)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(v.status()).isEqualTo(Status.TIMEOUT);
    assertThat(v.message()).startsWith("work budget used up: the step needs more than 20 work units");
    assertThat(v.rule()).isEqualTo("algebra");
    assertThat(ms).as("stopped long before the expansion ends (minutes), even on a loaded machine").isLessThan(15_000);
    assertThat(decide(sq(plus(x, y)), plus(sq(x), times(num(2), x, y), sq(y)), reals(x, y)).status())
        .isEqualTo(Status.PROVED);
  }

  @Test
  void theSameObligationIsProvedGivenTime() {
    assertThat(heavy(3, Limits.DEFAULT).status()).isEqualTo(Status.PROVED);
  }

  /**
   * The verdict depends on the work, not on the clock or the load: the same obligation with the same budget gets
   * the same verdict alone and beside two threads that keep the processors busy, whatever the budget.
   */
  @Test
  void theBudgetNotTheClockDecides() throws Exception {
    List<Status> quiet = new ArrayList<>();
    for (long units : new long[] {1, 5, 1000}) {
      quiet.add(heavy(6, new Limits(units, Duration.ofSeconds(120))).status());
    }
    assertThat(quiet).as("a tiny budget stops it, a large one proves it").containsExactly(Status.TIMEOUT,
        quiet.get(1), Status.PROVED);
    ExecutorService burners = Executors.newFixedThreadPool(2);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    try {
      for (int t = 0; t < 2; t++) {
        burners.submit(() -> {
          double acc = 0;
          while (!stop.get()) {
            acc += Math.sqrt(acc + 1);
          }
          return acc;
        });
      }
      List<Status> loaded = new ArrayList<>();
      for (long units : new long[] {1, 5, 1000}) {
        loaded.add(heavy(6, new Limits(units, Duration.ofSeconds(120))).status());
      }
      assertThat(loaded).isEqualTo(quiet);
    } finally {
      stop.set(true);
      burners.shutdown();
    }
  }

  @Test
  void failuresInsideTheWorkBecomeUnknownNotProved() {
    Verdict v = Prover.run(deriv.kernel.Limits.DEFAULT, p -> {
      throw new IllegalStateException("boom");
    });
    assertThat(v.status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void twoThreadsWithTheirOwnEnginesAnswerCorrectly() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Status>>> results = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        final boolean positive = t == 0;
        results.add(pool.submit(() -> {
          List<Status> out = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            Context ctx = positive ? reals(x).withCondition(positive(x)) : reals(x);
            out.add(decide(sqrt(sq(x)), x, ctx).status());
            out.add(decide(sq(plus(x, num(i))), plus(sq(x), times(num(2 * i), x), num(i * i)), ctx).status());
          }
          return out;
        }));
      }
      List<Status> positive = results.get(0).get();
      List<Status> real = results.get(1).get();
      for (int i = 0; i < positive.size(); i += 2) {
        assertThat(positive.get(i)).isEqualTo(Status.PROVED);
        assertThat(real.get(i)).isEqualTo(Status.FAILED);
        assertThat(positive.get(i + 1)).isEqualTo(Status.PROVED);
        assertThat(real.get(i + 1)).isEqualTo(Status.PROVED);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theKernelLeavesNoThreadThatWouldKeepTheJvmAlive() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    heavy(2, Limits.DEFAULT);
    heavy(40, new Limits(10, Duration.ofSeconds(120)));
    Set<String> lingering = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
        .map(Thread::getName).collect(Collectors.toSet());
    assertThat(lingering).isEmpty();
  }
}

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
  private Verdict heavy(int k, Duration limit) {
    Term lhs = times(pow(plus(x, y, z, num(1)), num(k)), pow(plus(x, neg(y), z, num(-1)), num(k)));
    Term rhs = pow(minus(sq(plus(x, z)), sq(plus(y, num(1)))), num(k));
    return Prover.run(limit, p -> Algebra.decide(lhs, rhs, reals(x, y, z), p));
  }

  @Test
  void heavyObligationTimesOutPromptlyAndTheNextOneStillWorks() {
    long start = System.nanoTime();
    Verdict v = heavy(40, Duration.ofMillis(200));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(v.status()).isEqualTo(Status.TIMEOUT);
    assertThat(v.rule()).isEqualTo("algebra");
    assertThat(ms).isLessThan(2_000);
    assertThat(decide(sq(plus(x, y)), plus(sq(x), times(num(2), x, y), sq(y)), reals(x, y)).status())
        .isEqualTo(Status.PROVED);
  }

  @Test
  void theSameObligationIsProvedGivenTime() {
    assertThat(heavy(3, Duration.ofSeconds(20)).status()).isEqualTo(Status.PROVED);
  }

  @Test
  void failuresInsideTheWorkBecomeUnknownNotProved() {
    Verdict v = Prover.run(Duration.ofSeconds(5), p -> {
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
    heavy(2, Duration.ofSeconds(20));
    heavy(40, Duration.ofMillis(100));
    Set<String> lingering = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
        .map(Thread::getName).collect(Collectors.toSet());
    assertThat(lingering).isEmpty();
  }
}

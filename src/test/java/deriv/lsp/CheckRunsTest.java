package deriv.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Decider;
import deriv.check.Options;
import deriv.cli.LspEnvironment;
import deriv.kernel.Verdict;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Closing the runs interrupts the check thread; nothing may be handed on to the client after that (CI's
 * LspServerTest timed out in shutdown: a result written from the interrupted thread closed the client's channel).
 */
class CheckRunsTest {
  private static final String SQUARES = String.join("\n",
      "derivation squares \"Difference of squares\"",
      "let a, b : real",
      "claim diff:",
      "  (a - b)*(a + b)",
      "    = a^2 - b^2          by algebra",
      "    = a^2 - b^2 + 0      by algebra",
      "goal (a - b)*(a + b) = a^2 - b^2 + 0",
      "");

  @Test
  void aCheckInterruptedByCloseHandsNothingOn() throws Exception {
    CountDownLatch deciding = new CountDownLatch(1);
    CountDownLatch resumed = new CountDownLatch(1);
    Decider blocksUntilInterrupted = o -> {
      Verdict v = Decider.KERNEL.decide(o);
      if (deciding.getCount() > 0) {
        deciding.countDown();
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // as the kernel's Prover does: the flag stays set
        }
        resumed.countDown();
      }
      return v;
    };
    Environment env = LspEnvironment.of(Options.DEFAULT, blocksUntilInterrupted);
    AtomicInteger handed = new AtomicInteger();
    CheckRuns runs = new CheckRuns(env);
    Document doc = new Document("file:///tmp/squares.deriv", "/tmp/squares.deriv", SQUARES, 1);
    runs.submit(doc, doc.current(), steps -> handed.incrementAndGet(), (s, r) -> handed.incrementAndGet());
    assertThat(deciding.await(60, TimeUnit.SECONDS)).isTrue();
    runs.close();
    assertThat(resumed.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(runs.awaitIdle(60)).as("the check ended").isTrue();
    assertThat(handed).as("results handed on after close").hasValue(0);
  }

  @Test
  void aCheckSubmittedAfterCloseIsNotRun() throws Exception {
    AtomicInteger decided = new AtomicInteger();
    CheckRuns runs = new CheckRuns(LspEnvironment.of(Options.DEFAULT, o -> {
      decided.incrementAndGet();
      return Decider.KERNEL.decide(o);
    }));
    runs.close();
    Document doc = new Document("file:///tmp/squares.deriv", "/tmp/squares.deriv", SQUARES, 1);
    runs.submit(doc, doc.current(), steps -> {}, (s, r) -> {});
    assertThat(runs.awaitIdle(60)).isTrue();
    assertThat(decided).hasValue(0);
  }
}

package deriv.kernel;

import deriv.kernel.symja.SymjaAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;

/**
 * One obligation's prover: its own Symja adapter (engines are never shared between obligations or threads) and its
 * time limit. Rules receive the Prover so that the algebra questions they ask run under the same deadline.
 */
public final class Prover {
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
   */
  public static Verdict run(String rule, Duration limit, Function<Prover, Verdict> work) {
    Prover p = new Prover();
    ScheduledFuture<?> watchdog = Deadline.after(limit, p::expire);
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
    } finally {
      watchdog.cancel(false);
    }
  }

  public static Verdict run(Duration limit, Function<Prover, Verdict> work) {
    return run("algebra", limit, work);
  }

  private static Verdict timeout(String rule, Duration limit) {
    return Verdict.of(Status.TIMEOUT, rule, "no answer within " + limit.toMillis() + " ms", null, Map.of(),
        List.of("stopped after " + limit.toMillis() + " ms"));
  }
}

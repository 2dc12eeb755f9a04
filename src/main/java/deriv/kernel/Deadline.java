package deriv.kernel;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The watchdog that ends an obligation's computer algebra when its time is up. Its one thread is a daemon, so a
 * pending deadline never keeps the JVM alive.
 */
public final class Deadline {
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "deriv-deadline");
    t.setDaemon(true);
    return t;
  });

  private Deadline() {}

  /** Runs {@code onExpiry} on the watchdog thread after {@code limit}, unless the returned future is cancelled. */
  static ScheduledFuture<?> after(Duration limit, Runnable onExpiry) {
    return WATCHDOG.schedule(onExpiry, Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
  }

  /** Thrown inside an obligation whose time ran out, so that no answer of a stopped computation is used. */
  public static final class Expired extends RuntimeException {
    public Expired() {
      super("time limit reached", null, false, false);
    }
  }
}

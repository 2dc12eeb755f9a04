package deriv.kernel;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The watchdog that ends an obligation's computer algebra when its work budget is used up (or its safety limit is
 * reached). Its one thread is a daemon, so a
 * pending deadline never keeps the JVM alive.
 */
public final class Deadline {
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "deriv-deadline");
    t.setDaemon(true);
    return t;
  });

  private Deadline() {}

  /** Runs {@code look} on the watchdog thread every {@code period}, until the returned future is cancelled. */
  static ScheduledFuture<?> every(Duration period, Runnable look) {
    return WATCHDOG.scheduleAtFixedRate(look, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Thrown inside an obligation that was stopped, so that no answer of a stopped computation is used. */
  public static final class Expired extends RuntimeException {
    public Expired() {
      super("obligation stopped", null, false, false);
    }
  }
}

package deriv.cli;

import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step that outlasts --timeout is reported as timeout; the next step is still checked; nothing lingers. */
class TimeoutTest {
  /** Expanding a 40th power of a trinomial takes Symja far longer than the 1 s limit used here (about 5 s for the 30th). */
  static final String HEAVY = """
      derivation heavy "a heavy step, then an easy one"
        let a, b, c : real
        claim big: (a^2 + 2*a*b + b^2 + c)^40 = (c + (a + b)^2)^40
        claim easy: (a + b)^2 = a^2 + 2*a*b + b^2
        goal (a + b)^2 = a^2 + 2*a*b + b^2
      """;

  @TempDir Path dir;

  @Test
  void aSlowStepTimesOutAndTheNextIsStillProved() {
    Path f = write(dir, "heavy.deriv", HEAVY);
    deriv("check", "--timeout", "2", write(dir, "warm.deriv", "derivation w \"t\"\n  let x : real\n"
        + "  claim a: sin(x)^2 + cos(x)^2 = 1\n  goal 1 = 1\n").toString()); // Symja's start-up is not the step's
    long start = System.nanoTime();
    TestSupport.Run run = deriv("check", "--timeout", "1", f.toString());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("⌛ timeout").contains("big").contains("✓ proved   algebra        easy")
        .contains("1 timeout").contains("goal reached");
    // generous for a loaded machine; without a working deadline this step takes tens of seconds
    assertThat(millis).as("returns promptly after the time limit").isLessThan(8_000);
  }

  /** The real process exits soon after its last step: no non-daemon thread (Symja's pools, the watchdog) lingers. */
  @Test
  void theProcessExitsPromptlyAfterATimeout() throws Exception {
    Path f = write(dir, "heavy.deriv", HEAVY);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", classPath(),
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "deriv.cli.Main", "check", "--timeout", "1", f.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean exited = p.waitFor(90, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (!exited) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(exited).as("exited within 90 s; output:\n" + out).isTrue();
    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(out).contains("⌛ timeout").contains("✓ proved   algebra        easy");
    // Start-up (~1-2 s) + 1 s + the easy step: a few seconds quietly, 23 s seen with five JVMs on two cores; a
    // lingering thread pool would add 60 s to whatever the load makes it.
    assertThat(millis).as("wall time").isLessThan(60_000);
  }

  /** The test class path (surefire puts it in java.class.path), for a child JVM. */
  private static String classPath() {
    String cp = System.getProperty("java.class.path");
    assertThat(cp).contains("classes");
    return String.join(File.pathSeparator, cp.split(File.pathSeparator));
  }
}

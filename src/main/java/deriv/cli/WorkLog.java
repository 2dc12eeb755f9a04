package deriv.cli;

import deriv.kernel.Prover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For the benchmark only ({@code bench/work.sh}): with the JVM property {@code deriv.workLog=FILE}, one line per
 * obligation decided (rule, work units used, CPU milliseconds, status) is appended to FILE, to set the default budget from. Nothing
 * in a {@code .deriv} file can turn it on.
 */
final class WorkLog {
  private WorkLog() {}

  static void installIfAsked() {
    String file = System.getProperty("deriv.workLog");
    if (file == null) {
      return;
    }
    Path log = Path.of(file);
    Prover.listenToWork((rule, units, cpuMillis, status) -> {
      synchronized (WorkLog.class) {
        try {
          Files.writeString(log, rule + " " + units + " " + cpuMillis + "ms " + status.label() + "\n", StandardCharsets.UTF_8,
              StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }
}

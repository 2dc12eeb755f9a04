package deriv.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * For the benchmark only ({@code bench/work.sh}): with the JVM property {@code deriv.workLog=FILE}, one line per
 * obligation decided (rule, work units used, status) is appended to FILE, to set the default budget from. Nothing
 * in a {@code .deriv} file can turn it on.
 */
final class WorkLog {
  private static final String FILE = System.getProperty("deriv.workLog");

  private WorkLog() {}

  static void record(String rule, long bytes, Verdict v) {
    if (FILE == null) {
      return;
    }
    String line = rule + " " + bytes / 1_000_000 + " " + v.status().label() + "\n";
    synchronized (WorkLog.class) {
      try {
        Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

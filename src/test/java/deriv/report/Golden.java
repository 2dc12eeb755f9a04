package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file comparison. Run with {@code -Dderiv.updateGolden=true} to rewrite the files after a deliberate
 * change, then review the diff.
 */
final class Golden {
  private Golden() {}

  static final Path DIRECTORY = Path.of("src/test/resources/report/golden");

  static void assertMatches(String fileName, String actual) {
    Path file = DIRECTORY.resolve(fileName);
    try {
      if (Boolean.getBoolean("deriv.updateGolden")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dderiv.updateGolden=true)", file).exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(actual).as("output differs from golden file %s", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

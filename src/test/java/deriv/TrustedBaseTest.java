package deriv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md lists every class of the trusted kernel with its line count, and the list is true. */
class TrustedBaseTest {
  private static final Pattern ROW = Pattern.compile("^\\| `(src/main/java/deriv/kernel/[^`]+)` \\| (\\d+) \\|$",
      Pattern.MULTILINE);

  @Test
  void theDocumentedTrustedBaseIsEveryKernelClassWithItsLineCount() throws IOException {
    String doc = Files.readString(Path.of("docs/architecture.md"));
    String table = doc.substring(doc.indexOf("<!-- trusted-base:start -->"), doc.indexOf("<!-- trusted-base:end -->"));
    Map<String, Long> documented = new TreeMap<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      documented.put(m.group(1), Long.parseLong(m.group(2)));
    }
    Map<String, Long> actual = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/deriv/kernel"))) {
      for (Path p : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))::iterator) {
        try (Stream<String> lines = Files.lines(p)) {
          actual.put(p.toString().replace('\\', '/'), lines.count());
        }
      }
    }
    assertThat(documented).as("docs/architecture.md's trusted base (regenerate: python3 bench/trusted-base.py --write)")
        .isEqualTo(actual);
  }
}

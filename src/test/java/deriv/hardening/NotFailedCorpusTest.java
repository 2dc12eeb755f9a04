package deriv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.cli.TestSupport;
import deriv.kernel.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * True claims that were once failed: a false <em>failed</em> is a defect too (it sends an author hunting for a
 * mistake that is not there). Each file under {@code src/test/resources/not-failed/} says in its header why its
 * claim is true and what went wrong; none of its steps may be failed, and it has no errors. A file headed
 * {@code # expect: proved} was once proved and then lost to a change: each of its steps must be proved (or assumed).
 */
class NotFailedCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/not-failed");

  @TestFactory
  Stream<DynamicTest> noTrueClaimIsFailed() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> f.toString().endsWith(".deriv")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = TestSupport.read(f);
            FileResult r = TestSupport.check(text);
            TestSupport.assertReadable(f.toString(), r);
            assertThat(r.diagnostics()).as("diagnostics").isEmpty();
            assertThat(r.derivations()).isNotEmpty();
            // "# expect: proved": a true step that was once proved must stay proved, not merely not failed
            Set<Status> allowed = text.contains("\n# expect: proved") || text.startsWith("# expect: proved")
                ? Set.of(Status.PROVED, Status.ASSUMED) : EnumSet.complementOf(EnumSet.of(Status.FAILED));
            r.derivations().forEach(d -> d.steps().forEach(s -> assertThat(s.status())
                .as("%s: %s", s.name(), s.verdict().message()).isIn(allowed)));
          }));
    }
  }
}

package deriv.library;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.cli.TestSupport;
import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every derivation in derivations/ (broken/ excepted: those files must fail) checks end to end: exit code 0, every
 * step that is not a definition or an assumption proved (none merely tested), every goal reached. The library
 * reuses results across files, so at least two files import one.
 */
class LibraryTest {
  private static final Path LIBRARY = Path.of("derivations");
  private static final Path BROKEN = LIBRARY.resolve("broken");

  @Test
  void everyDerivationFileIsProvedEndToEnd() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(LIBRARY)) {
      files = s.filter(f -> f.toString().endsWith(".deriv") && !f.startsWith(BROKEN)).sorted().toList();
    }
    assertThat(files).as("derivation files").hasSizeGreaterThanOrEqualTo(7);
    Checker checker = new Checker(Options.DEFAULT, path -> Files.readString(Path.of(path)));
    List<Path> importing = new ArrayList<>();
    for (Path f : files) {
      FileResult result = checker.checkText(f.toString(), Files.readString(f));
      TestSupport.assertReadable(f.toString(), result);
      assertThat(result.diagnostics()).as(f + ": diagnostics").isEmpty();
      assertThat(new RunResult(List.of(result), false).exitCode()).as(f + ": exit code").isZero();
      for (DerivationResult d : result.derivations()) {
        assertThat(d.steps()).as(f + ": " + d.name() + ", steps not proved")
            .filteredOn(s -> !s.kind().isAssumed() && s.status() != Status.PROVED)
            .extracting(StepResult::name).isEmpty();
        assertThat(d.goal()).as(f + ": " + d.name() + " has a goal").isNotNull();
        assertThat(d.goal().reached()).as(f + ": " + d.name() + " reaches its goal").isTrue();
      }
      if (result.derivations().stream().flatMap(d -> d.steps().stream())
          .anyMatch(s -> s.kind() == StepResult.Kind.IMPORT)) {
        importing.add(f);
      }
    }
    assertThat(importing).as("files with an import step").hasSizeGreaterThanOrEqualTo(2);
  }
}

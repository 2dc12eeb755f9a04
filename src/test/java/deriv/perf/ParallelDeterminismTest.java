package deriv.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking on many threads gives exactly the one-thread output: same verdicts, same order, same exit code. */
class ParallelDeterminismTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws Exception {
    Cli.generate(dir, 6, 20);
  }

  @Test
  void manyThreadsPrintWhatOneThreadPrints() {
    Cli one = Cli.run("check", "-j1", "--no-cache", dir.toString());
    assertThat(one.out()).contains("✓ proved").contains("✗ failed").contains("not established");
    for (int run = 0; run < 4; run++) {
      Cli many = Cli.run("check", "-j" + (3 + run), "--no-cache", dir.toString());
      assertThat(many.out()).isEqualTo(one.out());
      assertThat(many.exit()).isEqualTo(one.exit());
    }
  }

  @Test
  void jsonOutputIsTheSameToo() {
    Cli one = Cli.run("check", "-j1", "--no-cache", "--format", "json", dir.toString());
    Cli many = Cli.run("check", "-j4", "--no-cache", "--format", "json", dir.toString());
    assertThat(many.out()).isEqualTo(one.out()).contains("\"proved\"");
  }
}

package deriv.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deriv new}: a template that checks as it is, is already formatted, teaches in comments, never overwrites. */
class NewCommandTest {
  @TempDir
  Path dir;

  @Test
  void theTemplateChecksAsItIsAndIsFormatted() throws IOException {
    Path file = dir.resolve("my-first.deriv");
    assertThat(Cli.run("new", dir.resolve("my-first").toString()).exitCode()).isEqualTo(0);
    String text = Files.readString(file);
    assertThat(text).contains("derivation my_first ").contains("# ").contains("let ").contains("claim ")
        .contains("goal ").doesNotContain("${");
    Cli check = Cli.run("check", file.toString());
    assertThat(check.exitCode()).as(check.all()).isEqualTo(0);
    assertThat(Cli.run("fmt", "--check", file.toString()).exitCode()).isEqualTo(0);
  }

  @Test
  void neverOverwrites() throws IOException {
    Path file = dir.resolve("mine.deriv");
    Files.writeString(file, "# my work\n");
    Cli r = Cli.run("new", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("exists already");
    assertThat(Files.readString(file)).isEqualTo("# my work\n");
  }
}

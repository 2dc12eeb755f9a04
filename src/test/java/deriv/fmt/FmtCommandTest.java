package deriv.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.explain.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deriv fmt}: rewrites in place; {@code --check} lists and exits 1; a file that does not parse is left alone. */
class FmtCommandTest {
  @TempDir
  Path dir;

  @Test
  void checkListsThenFormatRewritesThenCheckPasses() throws IOException {
    Path messy = dir.resolve("messy.deriv");
    Path tidy = dir.resolve("tidy.deriv");
    Files.writeString(messy, "derivation m\nlet a : real\nclaim c:   a*1=a\ngoal a = a\n");
    Files.writeString(tidy, "derivation t\nlet a : real\nclaim c: a*1 = a\ngoal a = a\n");

    Cli check = Cli.run("fmt", "--check", dir.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("would reformat " + messy).doesNotContain("tidy.deriv");
    assertThat(Files.readString(messy)).contains("claim c:   a*1=a");

    assertThat(Cli.run("fmt", messy.toString(), tidy.toString()).exitCode()).isEqualTo(0);
    assertThat(Files.readString(messy)).isEqualTo("derivation m\nlet a : real\nclaim c: a*1 = a\ngoal a = a\n");
    assertThat(Cli.run("fmt", "--check", dir.toString()).exitCode()).isEqualTo(0);
  }

  @Test
  void aFileThatDoesNotParseIsReportedAndLeftAlone() throws IOException {
    Path bad = dir.resolve("bad.deriv");
    String text = "derivation s\nlet a, b : real\nclaim c1: a*b = 2 a*b\ngoal a = b\n";
    Files.writeString(bad, text);
    Cli r = Cli.run("fmt", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("missing operator");
    assertThat(Files.readString(bad)).isEqualTo(text);
  }
}

package deriv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: usage mistakes a newcomer makes get a message that says what to do, and a CI job cannot pass by them. */
class UsageMessagesTest {
  @TempDir
  Path dir;

  @Test
  void aFolderWithoutDerivationsIsAUsageError() throws IOException {
    Files.createDirectories(dir.resolve("broken"));
    TestSupport.write(dir.resolve("broken"), "wrong.deriv", "derivation w\n  goal 1 = 2\n");
    TestSupport.Run r = TestSupport.deriv("check", "--no-cache", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no .deriv files in " + dir).contains("--include-broken");
  }

  @Test
  void aMisspelledCommandGetsASuggestion() {
    TestSupport.Run r = TestSupport.deriv("chek", "derivations/");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Did you mean 'check'?");
  }
}

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
  void completionPrintsABashScriptForEveryCommandAndRefusesOtherShells() {
    TestSupport.Run bash = TestSupport.deriv("completion", "bash");
    assertThat(bash.exit()).isZero();
    assertThat(bash.out()).contains("complete -F _complete_deriv", "check", "report", "graph", "lsp", "--budget",
        "--no-cache");
    TestSupport.Run fish = TestSupport.deriv("completion", "fish");
    assertThat(fish.exit()).isEqualTo(2);
    assertThat(fish.err()).isEqualTo("deriv: no completion for 'fish'; bash and zsh are supported\n");
  }

  @Test
  void anUndeclaredNameCloseToADeclaredOneGetsASuggestion() {
    deriv.check.FileResult r = TestSupport.check(String.join("\n",
        "derivation g",
        "  let k_B, T, x : positive",
        "  claim a: k_b*T = T*k_B by algebra",
        "  claim b: y = y",
        "  claim c: Tt = Tt",
        "  goal T = T", ""));
    assertThat(r.diagnostics()).extracting(d -> d.message()).containsExactly(
        "unknown name 'k_b': did you mean 'k_B'? Otherwise declare it first, e.g. `let k_b : real`",
        "unknown name 'y': declare it first, e.g. `let y : real` (1 more use of 'y' below, not reported again)",
        "unknown name 'Tt': declare it first, e.g. `let Tt : real` (1 more use of 'Tt' below, not reported again)");
  }

  @Test
  void anUndeclaredNameIsReportedOnceNotAtEveryUse() {
    deriv.check.FileResult r = TestSupport.check(String.join("\n",
        "derivation g",
        "  let x : real",
        "  claim a: y + 1 = y + 1 by algebra",
        "  claim b: y*2 = 2*y",
        "  goal y = y", ""));
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("unknown-name");
    assertThat(r.diagnostics().get(0).message()).isEqualTo(
        "unknown name 'y': declare it first, e.g. `let y : real` (5 more uses of 'y' below, not reported again)");
  }

  /** With pdflatex installed (as in CI): the PDF is made, said, and pdflatex's by-products are cleaned up. */
  @Test
  void reportPdfSaysWhatItWroteAndLeavesNoAuxiliaryFiles() throws IOException {
    TestSupport.assumeInstalled("pdflatex", "the test of deriv report --pdf (UsageMessagesTest)",
        TestSupport.PDFLATEX_PACKAGES);
    Path tex = dir.resolve("n.tex");
    TestSupport.Run r = TestSupport.deriv("report", "derivations/examples/" + firstExample(), "-o", tex.toString(),
        "--pdf");
    assertThat(r.out()).isEqualTo("wrote " + tex + " and " + dir.resolve("n.pdf") + "\n");
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("n.pdf", "n.tex");
    }
  }


  private static String firstExample() throws IOException {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("derivations/examples"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".deriv")).sorted().findFirst()
          .orElseThrow();
    }
  }

  @Test
  void aMisspelledCommandGetsASuggestion() {
    TestSupport.Run r = TestSupport.deriv("chek", "derivations/");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Did you mean 'check'?");
  }
}

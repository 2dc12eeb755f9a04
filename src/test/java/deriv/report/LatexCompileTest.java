package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import deriv.check.FileResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the LaTeX reports with the real pdflatex, with the flags the docs recommend. Skipped on a machine
 * without pdflatex, except in CI (environment variable {@code CI} set), where a missing pdflatex is a failure.
 */
class LatexCompileTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void needsPdflatex() {
    deriv.cli.TestSupport.assumeInstalled("pdflatex", "the LaTeX compile tests (LatexCompileTest)",
        deriv.cli.TestSupport.PDFLATEX_PACKAGES);
  }

  @Test
  void passingReportCompiles() throws Exception {
    compile("completing_square", Samples.passing());
  }

  @Test
  void failingReportCompiles() throws Exception {
    compile("boltzmann", Samples.failing());
  }

  @Test
  void brokenFileReportCompiles() throws Exception {
    compile("broken", Samples.broken());
  }

  @Test
  void hostileTitleIsPrintedAsText() throws Exception {
    Path pdf = compile("hostile", Hostile.file());
    deriv.cli.TestSupport.assumeInstalled("pdftotext", "the PDF text test (LatexCompileTest.hostileTitleIsPrintedAsText)",
        "apt-get install poppler-utils");
    Path text = dir.resolve("hostile.txt");
    run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString()));
    String printed = Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    assertThat(printed).contains("\\input{/etc/passwd} \\write18{rm -rf /} 100% a_b & #1 $x$ {y}");
    assertThat(printed).contains("<script>alert(1)</script>");
  }

  private static Path compile(String name, FileResult file) throws Exception {
    Path tex = dir.resolve(name + ".tex");
    Files.writeString(tex, new LatexReport().write(file), StandardCharsets.UTF_8);
    List<String> command = List.of("pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
        "-file-line-error", tex.getFileName().toString());
    String log = run(command);
    Path pdf = dir.resolve(name + ".pdf");
    assertThat(pdf).as("pdflatex output:\n%s", log).exists();
    return pdf;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true);
    Process p = pb.start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command.get(0) + " did not finish in 120 s");
    }
    assertThat(p.exitValue()).as("%s failed:\n%s", command, output).isZero();
    return output;
  }
}

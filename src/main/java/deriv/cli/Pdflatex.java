package deriv.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a real pdflatex, without shell escape, next to the .tex file. */
final class Pdflatex {
  private Pdflatex() {}

  static boolean compile(Path tex, PrintWriter err) throws InterruptedException {
    Path dir = tex.toAbsolutePath().getParent();
    ProcessBuilder pb = new ProcessBuilder("pdflatex", "-no-shell-escape", "-interaction=nonstopmode",
        "-halt-on-error", "-file-line-error", tex.getFileName().toString())
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      err.println("deriv: pdflatex is not installed, so no PDF was made (install texlive-latex-base"
          + " texlive-latex-recommended lmodern); the .tex file is written");
      return false;
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      err.println("deriv: pdflatex did not finish within 120 s");
      return false;
    }
    if (p.exitValue() != 0) {
      String log = tex.getFileName().toString().replaceFirst("\\.tex$", ".log");
      err.println("deriv: pdflatex failed on " + tex + "; see " + dir.resolve(log));
      return false;
    }
    // what pdflatex leaves beside the PDF is of no use once it succeeded (its log is kept when it fails)
    for (String ext : new String[] {".aux", ".log", ".out"}) {
      try {
        java.nio.file.Files.deleteIfExists(dir.resolve(tex.getFileName().toString().replaceFirst("\\.tex$", ext)));
      } catch (IOException e) {
        // left behind: harmless
      }
    }
    return true;
  }

  /** The PDF pdflatex wrote for {@code tex}. */
  static Path pdfOf(Path tex) {
    return tex.resolveSibling(tex.getFileName().toString().replaceFirst("\\.tex$", "") + ".pdf");
  }
}

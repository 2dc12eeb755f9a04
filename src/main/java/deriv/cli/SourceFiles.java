package deriv.cli;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Reading a file to check, and turning anything that goes wrong with one file into that file's error. */
public final class SourceFiles {
  private SourceFiles() {}

  /** A file's text, or (text null) the result that says why it cannot be checked. */
  public record Source(String path, String text, FileResult error) {}

  public static Source read(Path file) {
    String path = file.toString();
    try {
      return new Source(path, TextFiles.read(file), null);
    } catch (SourceLoader.Refused e) {
      return failed(path, e.getMessage());
    } catch (CharacterCodingException e) {
      return failed(path, "file is not valid UTF-8");
    } catch (NoSuchFileException e) {
      return failed(path, "no such file");
    } catch (IOException | OutOfMemoryError e) {
      return failed(path, "cannot read file: " + e.getMessage());
    }
  }

  /**
   * A named file's text for a one-file command (explain, eval), or null after telling {@code err} why it cannot be
   * read (the caller exits with a usage error).
   */
  static String readOrSay(Path file, java.io.PrintWriter err) {
    Source s = read(file);
    if (s.text() == null) {
      err.println("deriv: " + file + ": " + s.error().diagnostics().get(0).message());
    }
    return s.text();
  }

  /** Runs one file's work; a crash in it becomes that file's error instead of ending the run. */
  public static FileResult guarded(String path, Supplier<FileResult> work) {
    try {
      return work.get();
    } catch (deriv.kernel.Expansion.TooLarge e) {
      return unreadable(path, "deriv stopped checking this file: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      // what the file built is unreachable once the error unwinds: the next file has the whole heap again
      return unreadable(path, "deriv exceeded the memory limit while checking this file (" + maxHeap()
          + "); the file is too large or builds too large terms");
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(path, "deriv could not check this file (" + e.getClass().getSimpleName()
          + "); please report it");
    }
  }

  private static String maxHeap() {
    return "heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
  }

  public static FileResult unreadable(String path, String message) {
    return new FileResult(path, new Ast.SourceFile(path, "", List.of()), List.of(),
        List.of(Diagnostic.error("unreadable", message, Span.NONE)));
  }

  private static Source failed(String path, String message) {
    return new Source(path, null, unreadable(path, message));
  }
}

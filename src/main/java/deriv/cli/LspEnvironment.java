package deriv.cli;

import deriv.cache.ObligationKey;
import deriv.check.Decider;
import deriv.check.Options;
import deriv.check.StepCache;
import deriv.lsp.Environment;
import java.net.URI;
import java.nio.file.Path;

/** What {@code deriv lsp} is given from the command line's side: the import loader, explanations, file paths. */
public final class LspEnvironment {
  private LspEnvironment() {}

  /** Checking with {@code options} and verdicts from {@code decider}, as {@code deriv check} does. */
  public static Environment of(Options options, Decider decider) {
    return new Environment(options, TextFiles.IMPORTS, decider, new StepCache(ObligationKey::describe),
        Explanation::write, LspEnvironment::pathOfUri, path -> Path.of(path).toAbsolutePath().toUri().toString());
  }

  /** A file: URI's path (imports are resolved against it); any other URI stays as it is. */
  static String pathOfUri(String uri) {
    try {
      URI u = URI.create(uri);
      return "file".equals(u.getScheme()) ? Path.of(u).toString() : uri;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return uri;
    }
  }
}

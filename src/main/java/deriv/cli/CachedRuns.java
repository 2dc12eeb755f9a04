package deriv.cli;

import deriv.cache.RunCache;
import deriv.check.SourceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deriv check} through the {@link RunCache}: a run whose command line, folder, build, files and imports are
 * all unchanged prints its stored output at once. Only runs that write nothing but standard output are kept.
 */
final class CachedRuns {
  private final RunCache cache;
  private final String description;

  private CachedRuns(RunCache cache, String description) {
    this.cache = cache;
    this.description = description;
  }

  /** Null when this run cannot be cached (no key, a file that cannot be read, output to files). */
  static CachedRuns describe(RunCache cache, List<String> args, List<SourceFiles.Source> sources) {
    if (cache == null) {
      return null;
    }
    // each part hashed, so that no separator inside an argument or a path can make two runs read alike
    StringBuilder d = new StringBuilder();
    d.append(RunCache.hash(Path.of("").toAbsolutePath().toString())).append(' ');
    for (String a : args) {
      d.append(RunCache.hash(a)).append(' ');
    }
    d.append('|');
    for (SourceFiles.Source s : sources) {
      if (s.error() != null) {
        return null;
      }
      d.append(' ').append(RunCache.hash(s.path())).append(':').append(RunCache.hash(s.text()));
    }
    return new CachedRuns(cache, d.toString());
  }

  /** The stored run, if every import it read still has the same text; else null. */
  RunCache.Stored stored(SourceLoader imports) {
    RunCache.Stored s = cache.lookup(description);
    if (s == null) {
      return null;
    }
    for (RunCache.Import i : s.imports()) {
      if (!readNow(imports, i.importingFile(), i.path()).equals(i.sha256())) {
        return null;
      }
    }
    return s;
  }

  /** The hash of what the loader reads now, or the kind of failure when it cannot read it (kept as well). */
  private static String readNow(SourceLoader imports, String importingFile, String path) {
    try {
      return RunCache.hash(imports.read(importingFile, path));
    } catch (IOException | RuntimeException e) {
      return failure(e);
    }
  }

  private static String failure(Exception e) {
    return "unreadable: " + e.getClass().getName() + ": " + e.getMessage();
  }

  void store(String output, int exitCode, List<RunCache.Import> imports) {
    cache.store(description, new RunCache.Stored(output, exitCode, imports));
  }

  /** A loader that remembers what it read, for the stored run's list of imports. */
  static final class Recording implements SourceLoader {
    private final SourceLoader inner;
    private final List<RunCache.Import> read = new ArrayList<>();

    Recording(SourceLoader inner) {
      this.inner = inner;
    }

    @Override
    public String read(String path) throws IOException {
      return read(path, path);
    }

    @Override
    public synchronized String read(String importingFile, String path) throws IOException {
      String text;
      try {
        text = inner.read(importingFile, path);
      } catch (IOException | RuntimeException e) {
        // a file that could not be read is part of the run too: it may be readable next time
        read.add(new RunCache.Import(importingFile, path, failure(e)));
        throw e;
      }
      read.add(new RunCache.Import(importingFile, path, RunCache.hash(text)));
      return text;
    }

    synchronized List<RunCache.Import> imports() {
      return List.copyOf(read);
    }
  }
}

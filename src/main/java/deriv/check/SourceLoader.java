package deriv.check;

import java.io.IOException;

/** Reads another derivation file for an {@code import}. The file system stays at the edge (the CLI). */
@FunctionalInterface
public interface SourceLoader {
  /** The text of the file at {@code path} (already checked to be a safe relative path). */
  String read(String path) throws IOException;

  SourceLoader NONE = path -> {
    throw new IOException("imports are not available here");
  };
}

package deriv.check;

import java.io.IOException;

/** Reads another derivation file for an {@code import}. The file system stays at the edge (the CLI). */
@FunctionalInterface
public interface SourceLoader {
  /** The text of the file at {@code path} (already checked to be a safe relative path). */
  String read(String path) throws IOException;

  /**
   * The text of the file at {@code path}, imported by {@code importingFile} ({@code path} is the import resolved
   * against that file's folder). A loader that reads a real file system overrides this to refuse, without reading it,
   * a target whose real path (symbolic links followed) leaves the importing file's folder tree.
   */
  default String read(String importingFile, String path) throws IOException {
    return read(path);
  }

  SourceLoader NONE = path -> {
    throw new IOException("imports are not available here");
  };

  /**
   * A file the loader will not read, with a reason for the user. The reason names nothing read from the file (it
   * was never opened), so that it may be shown as it is.
   */
  final class Refused extends IOException {
    public Refused(String reason) {
      super(reason);
    }
  }
}

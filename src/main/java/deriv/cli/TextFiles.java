package deriv.cli;

import deriv.check.SourceLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Reading a source file, named on the command line or imported: only a regular file (symbolic links resolved first,
 * so a FIFO, a device or a folder is refused without being opened), at most {@link #MAX_BYTES}, strict UTF-8 (a bad
 * byte is an error, not a silent replacement). An import must also stay, by its real path, in the importing file's
 * folder tree.
 */
final class TextFiles {
  /** Larger files are refused before reading (the parser refuses more than MAX_CHARS characters anyway). */
  static final long MAX_BYTES = deriv.syntax.Parsing.MAX_CHARS * 4L;

  /** The loader for imports: confined to the importing file's folder tree by real paths. */
  static final SourceLoader IMPORTS = new SourceLoader() {
    @Override
    public String read(String path) throws IOException {
      return readImport(path, path);
    }

    @Override
    public String read(String importingFile, String path) throws IOException {
      return readImport(importingFile, path);
    }
  };

  private TextFiles() {}

  /**
   * The text of a file named by the user.
   *
   * @throws SourceLoader.Refused when it is not a regular file or too large (it was not read)
   * @throws CharacterCodingException when the file is not valid UTF-8
   */
  static String read(Path file) throws IOException {
    return readRegular(file.toRealPath());
  }

  /**
   * The text of {@code path}, imported by {@code importingFile}: refused, unread, when its real path is outside the
   * real folder of the importing file (a symbolic link out of the tree, for the file or a folder on the way).
   */
  static String readImport(String importingFile, String path) throws IOException {
    Path folder = Path.of(importingFile).toAbsolutePath().normalize().getParent();
    Path root = folder.toRealPath();
    Path real = Path.of(path).toRealPath();
    if (!real.startsWith(root)) {
      throw new SourceLoader.Refused("it leaves the folder of the importing file (through a symbolic link)");
    }
    return readRegular(real);
  }

  /** Why {@code file} named on the command line cannot be read as a source file (for a usage error). */
  static String whyNotReadable(Path file) {
    return (Files.exists(file) ? "not a regular file: " : "no such file: ") + file;
  }

  /** Reads {@code real}, a path without symbolic links, if it is a regular file of acceptable size. */
  private static String readRegular(Path real) throws IOException {
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new SourceLoader.Refused("not a regular file");
    }
    // NOFOLLOW_LINKS: a link put in the file's place after the check above is not followed.
    try (SeekableByteChannel in = Files.newByteChannel(real, Set.of(StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS))) {
      long size = in.size();
      if (size > MAX_BYTES) {
        throw tooLarge(size);
      }
      // One byte more than the size said, to notice a file that grows while it is read.
      ByteBuffer bytes = ByteBuffer.allocate((int) size + 1);
      while (bytes.hasRemaining() && in.read(bytes) >= 0) {
        // keep reading
      }
      if (bytes.position() > size) {
        throw new SourceLoader.Refused("the file grew while it was read");
      }
      bytes.flip();
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }
  }

  private static SourceLoader.Refused tooLarge(long size) {
    return new SourceLoader.Refused("file is too large (" + size / 1024 + " KiB; deriv reads at most "
        + MAX_BYTES / 1024 + " KiB)");
  }

  /** {@code text} to {@code output} (its folders created), or to standard output when there is no output file. */
  static void writeOrPrint(Path output, String text, picocli.CommandLine cli) throws IOException {
    if (output == null) {
      cli.getOut().print(text);
      cli.getOut().flush();
      return;
    }
    if (output.toAbsolutePath().getParent() != null) {
      Files.createDirectories(output.toAbsolutePath().getParent());
    }
    Files.writeString(output, text, StandardCharsets.UTF_8);
  }
}

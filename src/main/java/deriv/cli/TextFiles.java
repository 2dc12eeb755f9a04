package deriv.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a source file: strict UTF-8, so that a bad byte is an error instead of a silent replacement. */
final class TextFiles {
  private TextFiles() {}

  /** @throws CharacterCodingException when the file is not valid UTF-8 */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }
}

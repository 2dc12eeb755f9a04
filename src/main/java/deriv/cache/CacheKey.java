package deriv.cache;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The secret that signs this machine's cache entries. It lives outside every repository, so an entry that arrives
 * in a stranger's pull request cannot carry a valid signature: {@code $DERIV_CACHE_KEY} if set (for CI), else
 * {@code $XDG_CACHE_HOME/deriv/key} or {@code ~/.cache/deriv/key}, made on first use, readable by its owner only.
 */
final class CacheKey {
  static final String ENV = "DERIV_CACHE_KEY";
  private static final int MIN_ENV_LENGTH = 16;

  private CacheKey() {}

  /** The key's bytes; throws IOException (with a message for the user) if there is no usable key. */
  static byte[] load(Map<String, String> env) throws IOException {
    String given = env.get(ENV);
    if (given != null) {
      if (given.length() < MIN_ENV_LENGTH) {
        throw new IOException(ENV + " is shorter than " + MIN_ENV_LENGTH + " characters");
      }
      return given.getBytes(StandardCharsets.UTF_8);
    }
    Path file = location(env);
    if (!Files.exists(file)) {
      create(file);
    }
    byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim());
    if (key.length < 16) {
      throw new IOException("the cache key " + file + " is too short");
    }
    return key;
  }

  static Path location(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("deriv").resolve("key");
  }

  private static void create(Path file) throws IOException {
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      ownerOnly(dir, "rwx------");
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Path tmp = Files.createTempFile(dir, "key", ".tmp");
    try {
      ownerOnly(tmp, "rw-------");
      Files.writeString(tmp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
      // A hard link never replaces: when two processes race, the first key stays and both read it.
      Files.createLink(file, tmp);
    } catch (FileAlreadyExistsException e) {
      // another process made it first
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void ownerOnly(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's default protection applies
    }
  }
}

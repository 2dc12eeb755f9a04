package deriv.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --shard K/N}: shard K (1-based) of N takes the files whose path, relative to the folder named on the command
 * line, hashes to K−1 modulo N. A file's shard depends on its own path only, so adding a file moves no other, and
 * every file is in exactly one shard.
 */
public record Sharding(int k, int n) {
  public static final Sharding ALL = new Sharding(1, 1);
  private static final Pattern FORM = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  public Sharding {
    if (n < 1 || k < 1 || k > n) {
      throw new IllegalArgumentException("a shard is K/N with 1 ≤ K ≤ N, e.g. 2/4");
    }
  }

  /** Parses {@code K/N}; throws IllegalArgumentException with a message for the user. */
  public static Sharding parse(String text) {
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a shard is K/N with 1 ≤ K ≤ N, e.g. 2/4 (got '" + text + "')");
    }
    return new Sharding(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether this shard checks the file at {@code relative} (its path below the named folder). */
  public boolean contains(Path relative) {
    if (n == 1) {
      return true;
    }
    String key = relative.normalize().toString().replace('\\', '/');
    return Long.remainderUnsigned(hash(key), n) == k - 1;
  }

  private static long hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}

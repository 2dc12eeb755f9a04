package deriv.check;

import deriv.kernel.Status;
import deriv.kernel.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verdicts this machine's kernel computed, kept in a folder ({@code .deriv-cache/} by default) under the
 * {@link ObligationKey} of their obligation, so that an unchanged step is not decided again.
 *
 * <p>Trust: an entry is used only if its HMAC, made with a key kept outside the repository ({@link CacheKey}),
 * verifies and it names the obligation asked for; anything else (corrupt, truncated, forged, copied from another
 * key) is ignored and decided afresh. Writes go to a temporary file renamed into place, so processes can share the
 * folder. Time-outs and crashes of the computer algebra are not stored: they depend on the moment, not the step.
 */
public final class VerdictCache implements Decider {
  private static final String MAGIC = "deriv-verdict-cache 1";
  private static final int MAC_BYTES = 32;
  private static final int MAX_ENTRY_BYTES = 1 << 20;

  private final Path dir;
  private final byte[] key;
  private final String build;
  private final Decider kernel;

  VerdictCache(Path dir, byte[] key, String build, Decider kernel) {
    this.dir = dir;
    this.key = key.clone();
    this.build = build;
    this.kernel = kernel;
  }

  /** A cache in {@code dir} in front of the kernel; throws IOException if there is no signing key. */
  public static VerdictCache open(Path dir, Map<String, String> env) throws IOException {
    return open(dir, env, Decider.KERNEL);
  }

  /** A cache in front of {@code kernel} (tests count the questions that get through). */
  public static VerdictCache open(Path dir, Map<String, String> env, Decider kernel) throws IOException {
    return new VerdictCache(dir, CacheKey.load(env), BuildId.current(), kernel);
  }

  @Override
  public Verdict decide(Obligation o) {
    String name = ObligationKey.of(o, build);
    if (name == null) {
      return kernel.decide(o);
    }
    Verdict cached = read(name);
    if (cached != null) {
      return cached;
    }
    Verdict v = kernel.decide(o);
    if (storable(v)) {
      write(name, v);
    }
    return v;
  }

  static boolean storable(Verdict v) {
    switch (v.status()) {
      case PROVED:
      case FAILED:
      case TESTED:
        return true;
      case UNKNOWN:
        return !v.message().startsWith("the computer algebra failed"); // a crash may not repeat
      default:
        return false; // TIMEOUT depends on the load; ASSUMED never comes from the kernel
    }
  }

  Path entry(String name) {
    return dir.resolve(name.substring(0, 2)).resolve(name);
  }

  // ---- entries: payload (magic, obligation key, verdict) followed by its HMAC ---------------------------------

  private Verdict read(String name) {
    try {
      Path f = entry(name);
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_ENTRY_BYTES) {
        return null;
      }
      byte[] all = Files.readAllBytes(f);
      if (all.length <= MAC_BYTES) {
        return null;
      }
      byte[] payload = Arrays.copyOf(all, all.length - MAC_BYTES);
      byte[] mac = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
      if (!MessageDigest.isEqual(mac, mac(payload))) {
        return null;
      }
      return parse(payload, name);
    } catch (IOException | RuntimeException e) {
      return null; // unreadable or malformed: decide again
    }
  }

  private static Verdict parse(byte[] payload, String name) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
    if (!MAGIC.equals(in.readUTF()) || !name.equals(in.readUTF())) {
      return null;
    }
    Status status = Status.valueOf(in.readUTF());
    String rule = in.readUTF();
    String message = string(in);
    String residual = in.readBoolean() ? string(in) : null;
    Map<String, String> counterexample = new LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      counterexample.put(string(in), string(in));
    }
    List<String> trace = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      trace.add(string(in));
    }
    if (in.available() != 0) {
      return null;
    }
    // Trusted because the MAC shows this machine's kernel produced it for exactly this obligation.
    return Verdict.of(status, rule, message, residual, counterexample, trace);
  }

  private void write(String name, Verdict v) {
    Path f = entry(name);
    Path tmp = null;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(MAGIC);
      out.writeUTF(name);
      out.writeUTF(v.status().name());
      out.writeUTF(v.rule());
      string(out, v.message());
      out.writeBoolean(v.residual() != null);
      if (v.residual() != null) {
        string(out, v.residual());
      }
      out.writeInt(v.counterexample().size());
      for (Map.Entry<String, String> e : v.counterexample().entrySet()) {
        string(out, e.getKey());
        string(out, e.getValue());
      }
      out.writeInt(v.trace().size());
      for (String t : v.trace()) {
        string(out, t);
      }
      out.flush();
      byte[] payload = bytes.toByteArray();
      bytes.write(mac(payload));
      Files.createDirectories(f.getParent());
      ignoreInGit();
      tmp = Files.createTempFile(f.getParent(), ".entry", ".tmp");
      Files.write(tmp, bytes.toByteArray());
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only costs time.
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  /** The folder is this machine's: keep it out of commits (and so out of pull requests). */
  private void ignoreInGit() throws IOException {
    Path ignore = dir.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      Files.writeString(ignore, "# deriv's verdict cache: local to this machine\n*\n");
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  /** Strings of any length (writeUTF stops at 64 KiB). */
  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad length");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}

package deriv.cache;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whole runs of {@code deriv check} kept under {@code .deriv-cache/run/}: a run whose command line, working folder,
 * build and input files (and the files they import) are all unchanged prints what it printed before, without parsing
 * anything or starting the computer algebra. Verdicts are deterministic (a work budget, not seconds), so the output
 * is a function of exactly those inputs.
 *
 * <p>Trust: like {@link VerdictCache}, every entry is signed with the machine's key (kept outside the repository);
 * an entry that does not verify, names another run or is malformed is ignored and the run is checked afresh.
 */
public final class RunCache {
  private static final String MAGIC = "deriv-run 1";
  private static final int MAX_ENTRY_BYTES = 8 << 20;
  private static final int MAC_BYTES = 32;

  /** A file read for an {@code import} while the run was checked, and the hash of what was read. */
  public record Import(String importingFile, String path, String sha256) {}

  /** What a run printed to standard output, its exit code, and the imports it read. */
  public record Stored(String output, int exitCode, List<Import> imports) {
    public Stored {
      imports = List.copyOf(imports);
    }
  }

  private final Path dir;
  private final byte[] key;
  private final String build;

  private RunCache(Path dir, byte[] key, String build) {
    this.dir = dir;
    this.key = key;
    this.build = build;
  }

  /** The run cache in {@code cacheDir}, or null when there is no usable key (the verdict cache then says why). */
  public static RunCache open(Path cacheDir, Map<String, String> env) {
    try {
      return new RunCache(cacheDir.resolve("run"), CacheKey.load(env), BuildId.current());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether a run may be kept: only when no file has an error and every verdict in it is one the verdict cache would
   * keep (not a stop by the wall clock, not a crash of the computer algebra: those depend on the moment, not on the
   * inputs).
   */
  public static boolean storable(List<deriv.check.FileResult> files) {
    for (deriv.check.FileResult f : files) {
      // an error may come from this JVM (a small stack, too little memory) or from an import checked with a verdict
      // that may not be kept: files with errors are cheap to check again, and are not kept
      if (f.hasErrors()) {
        return false;
      }
      for (deriv.check.DerivationResult d : f.derivations()) {
        for (deriv.check.StepResult s : d.steps()) {
          if (s.status() != deriv.kernel.Status.ASSUMED && !VerdictCache.storable(s.verdict())) {
            return false;
          }
        }
        if (d.goal() != null && !VerdictCache.storable(d.goal().verdict())) {
          return false;
        }
      }
    }
    return true;
  }

  /** The hex SHA-256 of a text, for describing inputs. */
  public static String hash(String text) {
    return HexFormat.of().formatHex(ObligationKey.sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The run described by {@code description} (command line, folder, inputs), if it was stored; else null. */
  public Stored lookup(String description) {
    String name = name(description);
    try {
      Path f = entry(name);
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_ENTRY_BYTES) {
        return null;
      }
      return open(Files.readAllBytes(f), name);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  public void store(String description, Stored run) {
    String name = name(description);
    Path f = entry(name);
    Path tmp = null;
    try {
      Files.createDirectories(f.getParent());
      tmp = Files.createTempFile(f.getParent(), ".entry", ".tmp");
      Files.write(tmp, seal(run, name));
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // a run that cannot be stored only costs time next time
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

  private String name(String description) {
    return hash(MAGIC + "\u0000" + build + "\u0000" + description);
  }

  private Path entry(String name) {
    return dir.resolve(name.substring(0, 2)).resolve(name);
  }

  private byte[] seal(Stored run, String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    string(out, MAGIC);
    string(out, name);
    out.writeInt(run.exitCode());
    string(out, run.output());
    out.writeInt(run.imports().size());
    for (Import i : run.imports()) {
      string(out, i.importingFile());
      string(out, i.path());
      string(out, i.sha256());
    }
    out.flush();
    bytes.write(mac(bytes.toByteArray()));
    return bytes.toByteArray();
  }

  private Stored open(byte[] sealed, String name) throws IOException {
    if (sealed.length <= MAC_BYTES) {
      return null;
    }
    byte[] body = java.util.Arrays.copyOf(sealed, sealed.length - MAC_BYTES);
    byte[] tag = java.util.Arrays.copyOfRange(sealed, sealed.length - MAC_BYTES, sealed.length);
    if (!MessageDigest.isEqual(tag, mac(body))) {
      return null;
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
    if (!string(in).equals(MAGIC) || !string(in).equals(name)) {
      return null;
    }
    int exit = in.readInt();
    String output = string(in);
    int n = in.readInt();
    if (n < 0 || n > 10_000) {
      return null;
    }
    List<Import> imports = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      imports.add(new Import(string(in), string(in), string(in)));
    }
    return new Stored(output, exit, imports);
  }

  /** Strings as length-prefixed UTF-8 (writeUTF stops at 64 KB; an output can be longer). */
  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ENTRY_BYTES) {
      throw new IOException("malformed entry");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private byte[] mac(byte[] body) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}

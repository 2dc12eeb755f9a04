package deriv.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import deriv.kernel.SealedVerdict;

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
    return deriv.check.Sha256.hex(text);
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
    try {
      VerdictCache.writeAtomically(entry(name), seal(run, name));
    } catch (IOException | RuntimeException e) {
      // a run that cannot be stored only costs time next time
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
    SealedVerdict.string(out, MAGIC);
    SealedVerdict.string(out, name);
    out.writeInt(run.exitCode());
    SealedVerdict.string(out, run.output());
    out.writeInt(run.imports().size());
    for (Import i : run.imports()) {
      SealedVerdict.string(out, i.importingFile());
      SealedVerdict.string(out, i.path());
      SealedVerdict.string(out, i.sha256());
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
    if (!SealedVerdict.string(in).equals(MAGIC) || !SealedVerdict.string(in).equals(name)) {
      return null;
    }
    int exit = in.readInt();
    String output = SealedVerdict.string(in);
    int n = in.readInt();
    if (n < 0 || n > 10_000) {
      return null;
    }
    List<Import> imports = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      imports.add(new Import(SealedVerdict.string(in), SealedVerdict.string(in), SealedVerdict.string(in)));
    }
    return new Stored(output, exit, imports);
  }

  private byte[] mac(byte[] body) {
    return SealedVerdict.mac(body, key);
  }

}

package deriv.cache;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.kernel.SealedVerdict;
import deriv.kernel.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Verdicts this machine's kernel computed, kept in a folder ({@code .deriv-cache/} by default) under the
 * {@link ObligationKey} of their obligation, so that an unchanged step is not decided again.
 *
 * <p>Trust: an entry is used only if the kernel's seal ({@link SealedVerdict}, an HMAC with a key kept outside the
 * repository, {@link CacheKey}) verifies and it names the obligation asked for; anything else (corrupt, truncated, forged, copied from another
 * key) is ignored and decided afresh. Writes go to a temporary file renamed into place, so processes can share the
 * folder. Time-outs and crashes of the computer algebra are not stored: they depend on the moment, not the step.
 */
public final class VerdictCache implements Decider {
  private static final int MAX_ENTRY_BYTES = 1 << 20;

  private final Path dir;
  private final Map<String, String> env;
  private final Decider kernel;
  private final Consumer<String> warn;
  /** Loaded on the first obligation: a run that never reaches the kernel never touches the key. */
  private byte[] key;
  private String build;
  private boolean opened;

  private VerdictCache(Path dir, Map<String, String> env, Decider kernel, Consumer<String> warn) {
    this.dir = dir;
    this.env = Map.copyOf(env);
    this.kernel = kernel;
    this.warn = warn;
  }

  /** A cache in {@code dir} in front of the kernel; {@code warn} hears once if it cannot be used. */
  public static VerdictCache open(Path dir, Map<String, String> env, Consumer<String> warn) {
    return new VerdictCache(dir, env, Decider.KERNEL, warn);
  }

  /** A cache in front of {@code kernel} (tests count the questions that get through). */
  public static VerdictCache inFrontOf(Decider kernel, Path dir, Map<String, String> env) {
    return new VerdictCache(dir, env, kernel, message -> { });
  }

  /** Loads the signing key and the build id once; false (after one warning) if there is no usable key. */
  private synchronized boolean ready() {
    if (!opened) {
      opened = true;
      try {
        key = CacheKey.load(env);
        build = BuildId.current();
      } catch (IOException | RuntimeException e) {
        key = null;
        warn.accept("not using the verdict cache: " + e.getMessage());
      }
    }
    return key != null;
  }

  @Override
  public Verdict decide(Obligation o) {
    if (!ready()) {
      return kernel.decide(o);
    }
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
      case TIMEOUT:
        return !deriv.kernel.Prover.stoppedByWallClock(v); // a used-up work budget is as repeatable as a proof
      case UNKNOWN:
        return !v.message().startsWith("the computer algebra failed"); // a crash may not repeat
      default:
        return false; // ASSUMED never comes from the kernel
    }
  }

  Path entry(String name) {
    return dir.resolve(name.substring(0, 2)).resolve(name);
  }

  // ---- entries: a verdict sealed by the kernel with this machine's key -------------------------------------

  private Verdict read(String name) {
    try {
      Path f = entry(name);
      if (!Files.isRegularFile(f) || Files.size(f) > MAX_ENTRY_BYTES) {
        return null;
      }
      return SealedVerdict.open(Files.readAllBytes(f), name, key);
    } catch (IOException | RuntimeException e) {
      return null; // unreadable or malformed: decide again
    }
  }

  private void write(String name, Verdict v) {
    try {
      writeAtomically(entry(name), SealedVerdict.seal(v, name, key));
      ignoreInGit();
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only costs time.
    }
  }

  /** Writes {@code bytes} to {@code f} through a temporary file renamed into place, so processes can share it. */
  static void writeAtomically(Path f, byte[] bytes) throws IOException {
    Files.createDirectories(f.getParent());
    Path tmp = Files.createTempFile(f.getParent(), ".entry", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The folder is this machine's: keep it out of commits (and so out of pull requests). */
  private void ignoreInGit() throws IOException {
    Path ignore = dir.resolve(".gitignore");
    if (!Files.exists(ignore)) {
      Files.writeString(ignore, "# deriv's verdict cache: local to this machine\n*\n");
    }
  }
}

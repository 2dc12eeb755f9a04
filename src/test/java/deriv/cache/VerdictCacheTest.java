package deriv.cache;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.check.StepResult;
import deriv.cache.VerdictCache;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.perf.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerdictCacheTest {
  private static final String TEXT = """
      derivation d
      let a, b : real
      let c : positive
      claim s1: (a + b)^2 = a^2 + 2*a*b + b^2 by algebra
      claim s2: (a + b)^2 = a^2 + b^2 by algebra
      claim s3: sqrt(c^2) = c by algebra
      goal sqrt(c^2) = c
      """;
  /** Three links and the goal. */
  private static final int KERNEL_STEPS = 4;

  @TempDir
  Path tmp;

  /** Counts the questions that reach the kernel. */
  private final AtomicInteger asked = new AtomicInteger();
  private final Decider counting = o -> {
    asked.incrementAndGet();
    return o.decide();
  };

  private Map<String, String> env(String home) {
    return Map.of("XDG_CACHE_HOME", tmp.resolve(home).toString());
  }

  private List<Status> statuses(Decider d, String text) {
    FileResult r = new Checker(Options.DEFAULT, SourceLoader.NONE, d).checkText("t.deriv", text);
    assertThat(r.diagnostics()).isEmpty();
    return Stream.concat(r.derivations().get(0).steps().stream().map(StepResult::status),
        Stream.of(r.derivations().get(0).goal().verdict().status())).toList();
  }

  @Test
  void anUnchangedFileIsAnsweredFromTheCache() throws IOException {
    Path dir = tmp.resolve("cache");
    List<Status> first = statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    assertThat(first).containsExactly(Status.PROVED, Status.FAILED, Status.PROVED, Status.PROVED);
    assertThat(asked.get()).isEqualTo(KERNEL_STEPS);
    List<Status> second = statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    assertThat(second).isEqualTo(first);
    assertThat(asked.get()).as("nothing asked again").isEqualTo(KERNEL_STEPS);
  }

  @Test
  void theKeyFileIsMadeOwnerOnlyOutsideTheCacheFolder() throws IOException {
    Path dir = tmp.resolve("cache");
    statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    Path key = tmp.resolve("home/deriv/key");
    assertThat(key).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(entries(dir)).isNotEmpty().noneMatch(p -> p.startsWith(key.getParent()));
  }

  @Test
  void aChangedContextIsNotAnsweredFromTheCache() throws IOException {
    Path dir = tmp.resolve("cache");
    statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    // Same step, but c is no longer positive: sqrt(c^2) = c is false now.
    String realC = TEXT.replace("let c : positive", "let c : real");
    List<Status> again = statuses(VerdictCache.inFrontOf(counting, dir, env("home")), realC);
    assertThat(again.get(2)).isEqualTo(Status.FAILED);
  }

  @Test
  void corruptedEntriesAreIgnored() throws IOException {
    Path dir = tmp.resolve("cache");
    statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    for (Path e : entries(dir)) {
      byte[] b = Files.readAllBytes(e);
      b[b.length / 2] ^= 1;
      Files.write(e, b);
    }
    asked.set(0);
    List<Status> again = statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    assertThat(again).containsExactly(Status.PROVED, Status.FAILED, Status.PROVED, Status.PROVED);
    assertThat(asked.get()).as("every corrupted entry decided again").isEqualTo(KERNEL_STEPS);
  }

  @Test
  void truncatedAndEmptyEntriesAreIgnored() throws IOException {
    Path dir = tmp.resolve("cache");
    statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    List<Path> all = entries(dir);
    for (int i = 0; i < all.size(); i++) {
      byte[] b = Files.readAllBytes(all.get(i));
      Files.write(all.get(i), java.util.Arrays.copyOf(b, i == 0 ? 0 : b.length - 1));
    }
    asked.set(0);
    statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    assertThat(asked.get()).isEqualTo(KERNEL_STEPS);
  }

  /** An entry signed with another key (a stranger's cache in a pull request) cannot turn a false step into PROVED. */
  @Test
  void aForgedProvedVerdictIsIgnored() throws IOException {
    Path dir = tmp.resolve("cache");
    Decider forger = o -> Verdict.proved("algebra", "forged", List.of());
    List<Status> forged = statuses(VerdictCache.inFrontOf(forger, dir, env("stranger")), TEXT);
    assertThat(forged.get(1)).as("the stranger's cache holds a PROVED false step").isEqualTo(Status.PROVED);
    List<Status> mine = statuses(VerdictCache.inFrontOf(counting, dir, env("home")), TEXT);
    assertThat(mine.get(1)).isEqualTo(Status.FAILED);
    assertThat(asked.get()).isEqualTo(KERNEL_STEPS);
  }

  @Test
  void wallClockStopsAreNotStoredButAUsedUpBudgetIs() throws IOException {
    Path dir = tmp.resolve("cache");
    Decider slow = o -> Verdict.of(Status.TIMEOUT, "algebra", "stopped by the wall-clock safety limit of 1 s", null,
        Map.of(), List.of());
    statuses(VerdictCache.inFrontOf(slow, dir, env("home")), TEXT);
    assertThat(entries(dir)).as("depends on the machine's load").isEmpty();
    Decider heavy = o -> Verdict.of(Status.TIMEOUT, "algebra", "work budget used up: the step needs more than 1 "
        + "work units (--budget)", null, Map.of(), List.of());
    statuses(VerdictCache.inFrontOf(heavy, dir, env("home")), TEXT);
    assertThat(entries(dir)).as("the same on every machine, like a proof").isNotEmpty();
  }

  @Test
  void noCacheWritesNothing() throws IOException {
    Path file = tmp.resolve("t.deriv");
    Files.writeString(file, TEXT);
    Path dir = tmp.resolve("never");
    Cli c = Cli.run("check", "--no-cache", "--cache-dir", dir.toString(), file.toString());
    assertThat(c.out()).contains("✓ proved");
    assertThat(dir).doesNotExist();
    Cli cached = Cli.run("check", "--cache-dir", dir.toString(), file.toString());
    assertThat(cached.out()).isEqualTo(c.out());
    assertThat(entries(dir)).as("the same run with the cache does write").isNotEmpty();
  }

  private static List<Path> entries(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }
}

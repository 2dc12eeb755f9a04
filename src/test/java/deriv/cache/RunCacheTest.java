package deriv.cache;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.cli.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: an unchanged run is answered from the run cache. An entry is used only for exactly the run it was made
 * for, signed with this machine's key; a changed file or import is checked afresh.
 */
class RunCacheTest {
  @TempDir
  Path tmp;

  private Map<String, String> env(String key) {
    return Map.of(CacheKey.ENV, key);
  }

  @Test
  void aStoredRunIsFoundOnlyUnderItsDescriptionAndKey() {
    RunCache cache = RunCache.open(tmp, env("first key, long enough"));
    RunCache.Stored run = new RunCache.Stored("a.deriv:3:1  ✓ proved …\n", 0,
        List.of(new RunCache.Import("a.deriv", "b.deriv", RunCache.hash("b"))));
    cache.store("run one", run);
    assertThat(cache.lookup("run one")).isEqualTo(run);
    assertThat(cache.lookup("run two")).isNull();
    // another key (a copied or forged entry) verifies nothing
    assertThat(RunCache.open(tmp, env("another key, long enough")).lookup("run one")).isNull();
  }

  @Test
  void aTamperedEntryIsIgnored() throws IOException {
    RunCache cache = RunCache.open(tmp, env("first key, long enough"));
    cache.store("run", new RunCache.Stored("1 steps: 0 proved, 0 tested, 0 assumed, 1 failed\n", 1, List.of()));
    Path entry;
    try (Stream<Path> files = Files.walk(tmp.resolve("run"))) {
      entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(entry);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("1 failed", "0 failed");
    Files.write(entry, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(cache.lookup("run")).isNull();
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(cache.lookup("run")).isNull();
  }

  /** Round 18: the options inside an @file are part of the run; so an edited @file is another run. */
  @Test
  void theOptionsOfAnArgumentFileArePartOfTheRun() throws IOException {
    Path f = TestSupport.write(tmp, "t.deriv", String.join("\n",
        "derivation t",
        "  let x : positive",
        "  claim g: exp(x)^(1/3) = exp(x/3)",
        "  goal exp(x)^(1/3) = exp(x/3)", ""));
    Path args = TestSupport.write(tmp, "args", f.toString());
    String cacheDir = tmp.resolve("cache").toString();
    assertThat(TestSupport.deriv("check", "--cache-dir", cacheDir, "@" + args).exit()).isZero(); // only tested
    Files.writeString(args, "--strict\n" + f);
    assertThat(TestSupport.deriv("check", "--cache-dir", cacheDir, "@" + args).exit()).isEqualTo(1);
  }

  /** Round 18: a file with an error (a small stack, too little memory, a failed import) is not kept. */
  @Test
  void aRunWithAnErrorIsNotKept() {
    deriv.check.FileResult bad = TestSupport.check("derivation d\n  let x : real\n  claim c: x = \n");
    assertThat(bad.hasErrors()).isTrue();
    assertThat(RunCache.storable(List.of(bad))).isFalse();
    assertThat(RunCache.storable(List.of(TestSupport.check(TestSupport.derivation("let x : real",
        "claim c: (x + 1)^2 = x^2 + 2*x + 1"))))).isTrue();
  }

  /** Round 18: the text output does not depend on the default locale (it was in a cached run's key neither). */
  @Test
  void theOutputIsTheSameInEveryLocale() throws IOException {
    Path f = TestSupport.write(tmp, "t.deriv", TestSupport.derivation("let x : real",
        "claim c: (x + 1)^2 = x^2 + 2*x + 1"));
    String plain = TestSupport.deriv("check", "--no-cache", f.toString()).out();
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(TestSupport.deriv("check", "--no-cache", f.toString()).out()).isEqualTo(plain);
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void aChangedImportIsCheckedAgain() throws IOException {
    Path b = TestSupport.write(tmp, "b.deriv", String.join("\n",
        "derivation b",
        "  let x : positive",
        "  claim sq: (x + 1)^2 = x^2 + 2*x + 1",
        "  goal (x + 1)^2 = x^2 + 2*x + 1", ""));
    Path a = TestSupport.write(tmp, "a.deriv", String.join("\n",
        "derivation a",
        "  let x : positive",
        "  import sq from \"b.deriv\"",
        "  claim c: (x + 1)^2 - 1 = x^2 + 2*x by sq",
        "  goal (x + 1)^2 - 1 = x^2 + 2*x", ""));
    String cacheDir = tmp.resolve("cache").toString();
    TestSupport.Run first = TestSupport.deriv("check", "--cache-dir", cacheDir, a.toString());
    TestSupport.Run again = TestSupport.deriv("check", "--cache-dir", cacheDir, a.toString());
    assertThat(first.exit()).isZero();
    assertThat(again).isEqualTo(first);
    assertThat(Files.isDirectory(tmp.resolve("cache").resolve("run"))).isTrue();
    // the imported claim now fails: a run from the cache would still say 0
    Files.writeString(b, Files.readString(b).replace("x^2 + 2*x + 1", "x^2 + 3*x + 1"));
    TestSupport.Run changed = TestSupport.deriv("check", "--cache-dir", cacheDir, a.toString());
    assertThat(changed.exit()).isNotZero();
    // an import that could not be read is part of the run as well: once it exists, the run is checked again
    Files.delete(b);
    assertThat(TestSupport.deriv("check", "--cache-dir", cacheDir, a.toString()).exit()).isEqualTo(2);
    Files.writeString(b, Files.readString(a).replace("derivation a", "derivation b").replace(
        "  import sq from \"b.deriv\"\n  claim c: (x + 1)^2 - 1 = x^2 + 2*x by sq",
        "  claim sq: (x + 1)^2 = x^2 + 2*x + 1").replace("(x + 1)^2 - 1 = x^2 + 2*x", "(x + 1)^2 = x^2 + 2*x + 1"));
    assertThat(TestSupport.deriv("check", "--cache-dir", cacheDir, a.toString())).isEqualTo(first);
  }
}

package deriv.cli;

import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import deriv.kernel.Apply;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Expansion;
import deriv.kernel.Head;
import deriv.kernel.Op;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: hostile input stays bounded. Generated (seeded) files built to be expensive — definition bombs, long
 * declaration lists, deep nesting, imports of special files, oversized files — each end with a clear message and an
 * exit code in {0, 1, 2}, and the next file of the same run is still checked. No wall clock is asserted: the bounds
 * are node counts, sizes and the work budget, which do not depend on the machine.
 */
class BoundedInputTest {
  private static final long SEED = 16;

  @TempDir Path dir;

  /** A file checked after the hostile one in the same run: it must still be proved. */
  private static final String NEXT = """
      derivation next "checked after the hostile file"
        let x : real
        claim fine: x + x = 2*x
        goal x + x = 2*x
      """;

  /** Runs {@code deriv check} on the hostile file and then {@link #NEXT}; asserts a bounded outcome. */
  private TestSupport.Run checkThenNext(Path hostile) {
    Path next = write(dir, "zz_next.deriv", NEXT);
    TestSupport.Run run = deriv("check", "--no-cache", hostile.toString(), next.toString());
    assertThat(run.exit()).as(run.all()).isIn(0, 1, 2);
    assertThat(run.all()).as("the next file is still checked").contains("zz_next.deriv:3:")
        .contains("✓ proved").contains("fine");
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("internal error")
        .doesNotContain("please report it");
    return run;
  }

  // ---- definition bombs ---------------------------------------------------------------------------------------

  /** g_k(t) := g_{k−1}(t) + g_{k−1}(t + c) [+ …]: each link multiplies the unfolded size by its width. */
  private static String chainBomb(Random r) {
    int links = 25 + r.nextInt(16);
    StringBuilder s = new StringBuilder("derivation bomb \"a definition bomb\"\n  let x : real\n");
    s.append("  def g0(t : R) := t + ").append(1 + r.nextInt(9)).append('\n');
    for (int k = 1; k <= links; k++) {
      int width = 2 + r.nextInt(2);
      s.append("  def g").append(k).append("(t : R) := ");
      for (int w = 0; w < width; w++) {
        s.append(w == 0 ? "" : " + ").append("g").append(k - 1).append("(t + ").append(w).append(")");
      }
      s.append('\n');
    }
    s.append("  claim c: g").append(links).append("(x) = x\n");
    return s.append("  claim after: x + x = 2*x\n  goal x + x = 2*x\n").toString();
  }

  @Test
  void definitionBombsStopWithExpandsBeyondAndTheRestIsChecked() {
    Random r = new Random(SEED);
    for (int i = 0; i < 3; i++) {
      Path bomb = write(dir, "bomb" + i + ".deriv", chainBomb(r));

      TestSupport.Run run = checkThenNext(bomb);

      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      assertThat(run.out()).as(run.all()).contains("? unknown").contains("expands beyond 200,000 nodes");
      // the step after the bomb in the same file is checked too
      assertThat(run.out()).containsPattern("bomb" + i + "\\.deriv:\\d+:\\d+ +✓ proved +algebra +after");
    }
  }

  @Test
  void explainShowsTheBombsStepWithoutUnfoldingIt() {
    String text = chainBomb(new Random(SEED));
    Path bomb = write(dir, "bomb.deriv", text);
    long line = text.lines().takeWhile(l -> !l.contains("claim c:")).count() + 1;

    TestSupport.Run run = deriv("explain", bomb + ":" + line);

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).contains("expands beyond 200,000 nodes").contains("g0(t) := t + ");
    assertThat(run.all()).doesNotContain("internal error");
  }

  @Test
  void aNestedCompositionBombStopsToo() {
    // f(f(…f(x)…)) with f(t) := t·t + t: every definition is small, the composition is 2^30 nodes
    Random r = new Random(SEED + 1);
    int depth = 25 + r.nextInt(10);
    String call = "f(".repeat(depth) + "x" + ")".repeat(depth);
    Path bomb = write(dir, "compose.deriv", """
        derivation compose "a composition bomb"
          let x : real
          def f(t : R) := t*t + t
          claim c: %s = x
          goal 1 = 1
        """.formatted(call));

    TestSupport.Run run = checkThenNext(bomb);

    assertThat(run.out()).as(run.all()).contains("expands beyond 200,000 nodes");
  }

  @Test
  void theUnfoldedSizeIsCountedWithoutUnfoldingAndBoundsTheRealOne() {
    // seeded random chains: small ones are unfolded for real and never exceed the count; 40 links are counted only
    Random r = new Random(SEED + 3);
    for (int trial = 0; trial < 20; trial++) {
      int links = trial < 19 ? 1 + r.nextInt(8) : 40;
      Var x = new Var(1, "x", Sort.SCALAR);
      Context ctx = Context.empty().with(x);
      Var previous = null;
      for (int k = 0; k <= links; k++) {
        Var g = new Var(100 + k, "g" + k, Sort.FUNCTION);
        Var t = new Var(1000 + k, "t", Sort.SCALAR);
        Term body = previous == null ? new Op(Head.PLUS, List.of(t, Terms.num(1 + r.nextInt(5))))
            : new Op(Head.PLUS, List.of(new Apply(previous, List.of(t)),
                new Apply(previous, List.of(new Op(Head.PLUS, List.of(t, Terms.num(k)))))));
        ctx = ctx.withDefinition(new Definition(g, List.of(t), body));
        previous = g;
      }
      Term call = new Apply(previous, List.of(x));
      Context defs = ctx;
      long counted = Expansion.size(call, defs);
      if (links < 40) {
        assertThat(nodes(Terms.unfold(call, ctx))).isLessThanOrEqualTo(counted);
      } else {
        assertThat(counted).isGreaterThan(1L << 40);
        assertThatThrownBy(() -> Terms.unfold(call, defs)).isInstanceOf(Expansion.TooLarge.class)
            .hasMessageContaining("expands beyond 200,000 nodes");
      }
    }
  }

  private static long nodes(Term t) {
    long n = 1;
    for (Term c : Terms.children(t)) {
      n += nodes(c);
    }
    return n;
  }

  @Test
  void aFileThatExhaustsTheHeapBecomesThatFilesError() {
    // the launcher's -Xmx1g is not reached by any file above; what happens when one does: an error for that file
    var result = SourceFiles.guarded("heavy.deriv", () -> {
      throw new OutOfMemoryError("Java heap space");
    });

    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
        .startsWith("deriv exceeded the memory limit while checking this file (heap limit ")
        .doesNotContain("Java heap space"));
  }

  // ---- the file's budget -------------------------------------------------------------------------------------

  @Test
  void aFileOfExpensiveStepsStopsAtItsBudgetAndTheNextFileIsChecked() {
    StringBuilder s = new StringBuilder("derivation many \"expensive claims\"\n  let x : real\n");
    s.append("  def g0(t : R) := t + 1\n");
    for (int i = 1; i <= 10; i++) {
      s.append("  def g").append(i).append("(t : R) := g").append(i - 1).append("(t) + g").append(i - 1)
          .append("(t + 1)\n");
    }
    Random r = new Random(SEED + 5);
    for (int k = 1; k <= 12; k++) {
      s.append("  claim c").append(k).append(": g10(x) = x + ").append(1 + r.nextInt(100)).append('\n');
    }
    Path f = write(dir, "expensive.deriv", s.append("  goal x = x\n").toString());
    Path next = write(dir, "zz_next.deriv", NEXT);

    for (String jobs : List.of("1", "2")) {
      TestSupport.Run run = deriv("check", "--no-cache", "-j", jobs, "--budget", "20", "--file-budget", "60",
          f.toString(), next.toString());

      assertThat(run.exit()).as(run.all()).isEqualTo(1);
      // three steps use up their 20 units, then the file's 60 are spent: the other nine are not decided
      assertThat(run.out().split("the step needs more than 20 work units", -1)).as(run.all()).hasSize(4);
      assertThat(run.out().split("file work budget used up", -1)).as(run.all()).hasSize(10);
      assertThat(run.out()).contains("60 of the file's 60 work units (--file-budget)")
          .containsPattern("zz_next\\.deriv:3:\\d+ +✓ proved");
    }
  }

  @Test
  void aBadFileBudgetIsAUsageError() {
    Path f = write(dir, "zz_next.deriv", NEXT);
    for (String bad : List.of("0", "-1", "99999999999999999999", "x")) {
      TestSupport.Run run = deriv("check", "--file-budget", bad, f.toString());
      assertThat(run.exit()).as(bad).isEqualTo(Main.EXIT_USAGE);
      assertThat(run.err()).as(bad).contains("--file-budget").doesNotContain("Exception");
    }
  }

  // ---- long declaration lists ---------------------------------------------------------------------------------

  @Test
  void fiveThousandLetsAndDefinitionsAreChecked() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      s.append("let y").append(i).append(" : real\n");
    }
    for (int i = 1; i <= 5000; i++) {
      s.append("def c").append(i).append(" := y").append(i).append(" + ").append(i).append('\n');
    }
    var result = TestSupport.check(TestSupport.derivation(s.toString(), "claim d: c5000 - y5000 = 5000"));

    assertThat(TestSupport.status(result, "d")).isEqualTo(Status.PROVED);
  }

  @Test
  void fiveThousandAssumptionsEndWithAVerdictAndTheNextFileIsChecked() {
    Random r = new Random(SEED + 2);
    StringBuilder s = new StringBuilder("derivation many \"many assumptions\"\n  let x : real\n");
    for (int i = 1; i <= 5000; i++) {
      s.append("  assume x > -").append(1 + r.nextInt(1_000_000)).append('\n');
    }
    s.append("  claim d: x + x = 2*x\n  goal x + x = 2*x\n");
    Path many = write(dir, "many.deriv", s.toString());

    TestSupport.Run run = checkThenNext(many);

    // decided, or stopped by the work budget with that reason: either way a verdict at the claim
    assertThat(run.out()).as(run.all()).containsPattern("many\\.deriv:5003:\\d+ +(✓ proved|⌛ timeout)");
  }

  @Test
  void contextBuildingSharesItsParts() {
    // 20,000 declarations: each with… appends to a shared log instead of copying the context
    Context c = Context.empty();
    List<Context> all = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      c = c.with(new Var(i, "v" + i, Sort.SCALAR));
      all.add(c);
    }
    assertThat(c.variables()).hasSize(20_000);
    assertThat(all.get(99).variables()).hasSize(100).doesNotContain(c.variables().get(100));
    // a branch from an older context does not disturb the newer ones
    Context branch = all.get(99).with(new Var(-1, "w", Sort.SCALAR));
    assertThat(branch.variables()).hasSize(101).endsWith(new Var(-1, "w", Sort.SCALAR));
    assertThat(all.get(100).variables().get(100)).isEqualTo(c.variables().get(100));
  }

  // ---- deep nesting -------------------------------------------------------------------------------------------

  @Test
  void tenThousandNestedParenthesesAreRefusedAtTheFirstTooDeep() {
    String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
    Path f = write(dir, "deep.deriv", """
        derivation deep "deep nesting"
          let x : real
          claim d: x = %s
          goal x = x
        """.formatted(deep));

    TestSupport.Run run = checkThenNext(f);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("deep.deriv:3:").contains("nested more than 200 deep");
  }

  @Test
  void controlCharactersFromAFileAreNeverPrintedRaw() {
    // an escape sequence would recolour or rewrite the reader's terminal; found by bench/fuzz.sh (NUL echoed)
    Random r = new Random(SEED + 4);
    StringBuilder junk = new StringBuilder("\u001b[31m");
    for (int i = 0; i < 20; i++) {
      int[] hostile = {0, 7, 8, 0x1b, 0x7f, 0x85, 0x9b, 0x202e, 0x2066, '\r'};
      junk.appendCodePoint(hostile[r.nextInt(hostile.length)]);
    }
    Path f = write(dir, "controls.deriv", NEXT.replace("claim fine: x + x = 2*x", "claim fine: x + x = 2*x " + junk));

    TestSupport.Run run = checkThenNext(f);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("controls.deriv:3:").contains("unexpected character '\u241b'");
    assertThat(run.all().replace("\n", ""))
        .doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f\\x7f\\x80-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
  }

  // ---- special files and sizes --------------------------------------------------------------------------------

  private static final String IMPORTER = """
      derivation main "imports"
        let a : real
        import other from "%s"
        claim c: a = a
        goal a = a
      """;

  @Test
  void aFifoImportIsRefusedAtTheImport() throws Exception {
    Path fifo = dir.resolve("pipe.deriv");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    Path main = write(dir, "main.deriv", IMPORTER.formatted("pipe.deriv"));

    TestSupport.Run run = checkThenNext(main);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("main.deriv:3:").contains("cannot read").contains("pipe.deriv: not a regular file");
  }

  @Test
  void aDevZeroImportIsRefusedAtTheImport() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
    Files.createSymbolicLink(dir.resolve("zero.deriv"), Path.of("/dev/zero"));
    Path main = write(dir, "main.deriv", IMPORTER.formatted("zero.deriv"));

    TestSupport.Run run = checkThenNext(main);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("main.deriv:3:").contains("cannot read").contains("zero.deriv: it leaves the folder");
  }

  @Test
  void aFolderImportIsRefused() throws Exception {
    Files.createDirectories(dir.resolve("sub/folder.deriv"));
    Path main = write(dir.resolve("sub"), "main.deriv", IMPORTER.formatted("folder.deriv"));

    TestSupport.Run run = checkThenNext(main);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("cannot read").contains("folder.deriv: not a regular file");
  }

  @Test
  void anOversizedFileIsRefusedUnread() throws Exception {
    Path big = dir.resolve("big.deriv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(TextFiles.MAX_BYTES + 1); // sparse: nothing is written, and nothing must be read
    }
    Path main = write(dir, "main.deriv", IMPORTER.formatted("big.deriv"));

    TestSupport.Run named = checkThenNext(big);
    TestSupport.Run imported = checkThenNext(main);

    assertThat(named.exit()).isEqualTo(2);
    assertThat(named.out()).contains("file is too large");
    assertThat(imported.out()).contains("main.deriv:3:").contains("file is too large");
  }

  private static boolean mkfifo(Path p) {
    try {
      Process mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      return mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}

package deriv.cli;

import static deriv.cli.JsonContractTest.contract;
import static deriv.cli.JsonContractTest.list;
import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A derivation file is untrusted: whatever it says, checking it reads no other file, opens no connection, prints
 * nothing of its own, and changes nothing for the next file. Symja's dangerous functions are names like any other.
 */
class SideEffectTest {
  private static final String[] DANGEROUS = {"URLFetch", "Import", "ReadString", "Print", "Run", "SystemDialogInput",
      "AddToClassPath", "Compile", "Pause", "Export", "Get", "Put"};

  @TempDir Path dir;

  @Test
  void undeclaredSymjaFunctionsAreNameErrors() {
    Path f = write(dir, "calls.deriv", """
        derivation d "t"
          let x : real
          claim a: URLFetch(x) = Import(x) + ReadString(x)
          claim b: Print(x) = x
          goal x = x
        """);
    TestSupport.Run run = silently(() -> deriv("check", "--format", "json", f.toString())).run;
    assertThat(run.exit()).isEqualTo(2);
    Map<String, Object> file = list(contract(run.out()).get("files")).get(0);
    assertThat(list(file.get("diagnostics"))).extracting(d -> d.get("code")).containsExactly(
        "unknown-function", "unknown-function", "unknown-function", "unknown-function");
  }

  /** Declared under Symja's names they are uninterpreted functions: proved, tested and failed as usual, silently. */
  @Test
  void declaredFunctionsWithSymjaNamesAreOrdinaryAndSilent() {
    StringBuilder text = new StringBuilder("derivation d \"t\"\n  let x : real\n");
    for (String name : DANGEROUS) {
      text.append("  let ").append(name).append(" : R -> R\n");
    }
    for (String name : DANGEROUS) {
      text.append("  claim ").append(name.toLowerCase()).append("_same: ").append(name).append("(x) + 1 = 1 + ")
          .append(name).append("(x)\n");
    }
    text.append("  claim differs: Print(x) = URLFetch(x)\n  goal 1 = 1\n");
    Path f = write(dir, "declared.deriv", text.toString());

    Captured c = silently(() -> deriv("check", f.toString()));
    assertThat(c.run.exit()).as(c.run.all()).isEqualTo(1);
    assertThat(c.run.out()).contains("✓ proved   algebra        print_same")
        .contains("✗ failed   algebra        differs").contains("counterexample:");
    assertThat(c.systemOut).as("nothing printed behind deriv's back").isEmpty();
    assertThat(c.systemErr).isEmpty();
  }

  @Test
  void checkingOpensNoConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread listener = listen(server, connections);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
      Path f = write(dir, "net.deriv", "derivation fetch \"URLFetch(\\\"" + url + "\\\")\"\n"
          + "  note \"URLFetch(\\\"" + url + "\\\") Import(\\\"" + url + "\\\")\"\n"
          + "  let port : positive, port > " + (server.getLocalPort() - 1) + ", port < " + (server.getLocalPort() + 1)
          + "\n"
          + "  let URLFetch, Import : R -> R\n"
          + "  claim a: URLFetch(port) = Import(port)\n"
          + "  claim b: URLFetch(port) - URLFetch(port) = 0\n"
          + "  goal 1 = 1\n");
      Path g = write(dir, "net2.deriv", "derivation fetch \"t\"\n"
          + "  import page from \"" + url + "\"\n  claim a: URLFetch(1) = 1\n  goal 1 = 1\n");
      assertThat(deriv("check", f.toString()).exit()).isEqualTo(1); // URLFetch(port) = Import(port) is not proved
      assertThat(deriv("check", g.toString()).exit()).isEqualTo(2); // no imports, and URLFetch is undeclared there
      deriv("check", "--format", "json", f.toString(), g.toString());
      listener.join(1_500);
      assertThat(connections.get()).as("connections to " + url).isZero();
    }
  }

  @Test
  void checkingReadsNoOtherFile() throws Exception {
    Path canary = write(dir, "canary.txt", "derivation leaked \"t\"\n  claim a: 1 = 2\n  goal 1 = 2\n");
    FileTime old = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
    String p = canary.toAbsolutePath().toString();
    Path f = write(dir, "reader.deriv", "derivation reader \"ReadString(\\\"" + p + "\\\")\"\n"
        + "  note \"Import(\\\"" + p + "\\\") Get[\\\"" + p + "\\\"] << " + p + "\"\n"
        + "  let ReadString, Import, Get : R -> R\n"
        + "  let canary : real\n"
        + "  claim a: ReadString(canary) = Import(canary) + 0*Get(canary)\n"
        + "  goal 1 = 1\n");
    Path g = write(dir, "importer.deriv", "derivation importer \"t\"\n  import a from \"" + p + "\"\n"
        + "  claim b: ReadString(canary) = 1\n  goal 1 = 1\n");

    Files.setLastModifiedTime(canary, old);
    Files.setAttribute(canary, "lastAccessTime", old);
    TestSupport.Run run = deriv("check", f.toString(), g.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("✗ failed   algebra        a").contains("an import names a .deriv file")
        .doesNotContain("leaked");
    assertThat(Files.getAttribute(canary, "lastAccessTime")).as("canary's access time").isEqualTo(old);

    // Control: reading the canary does change its access time here (else the check above proves nothing).
    Files.readAllBytes(canary);
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.getAttribute(canary, "lastAccessTime").equals(old),
        "this file system does not record access times");
  }

  /** A named pipe blocks whoever opens it: if checking tried to read it, this test would hang and time out. */
  @Test
  void aNamedPipeMentionedInTheFileIsNeverOpened() throws Exception {
    Path fifo = dir.resolve("canary.fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo available");
    Path f = write(dir, "fifo.deriv", "derivation fifo \"" + fifo + "\"\n  import x from \"" + fifo + "\"\n"
        + "  note \"" + fifo + "\"\n  claim a: 1 = 1\n  goal 1 = 1\n");
    TestSupport.Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> deriv("check", f.toString()));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("an import names a .deriv file");
  }

  /** Nothing a file says (postulates, definitions, names of built-ins) changes another file's verdicts. */
  @Test
  void filesDoNotInfluenceEachOther() {
    Path tamper = write(dir, "a_tamper.deriv", """
        derivation tamper "tries to make ln(x/y) = 0 and sqrt(x^2) = x everywhere"
          let x, y : positive
          let Log, Sqrt, Simplify, Refine : R -> R
          postulate lie : ln(x/y) = 0
          postulate lie2 : Log(x/y) = 0
          def Assuming(t) := 0
          claim used: ln(x/y) + 1 = 1 by lie
          claim c: Simplify(x) + Refine(x) + Sqrt(x) = Sqrt(x) + Refine(x) + Simplify(x)
          goal 1 = 1
        """);
    Path victim = write(dir, "b_victim.deriv", """
        derivation victim "plain real names"
          let x, y : real
          let Log : R -> R
          claim a: ln(x/y) = 0
          claim b: sqrt(x^2) = x
          claim c: Log(x/y) = 0
          claim d: ln(x/y) = ln(x) - ln(y)
          goal 1 = 1
        """);
    List<String> alone = verdicts(deriv("check", "--format", "json", victim.toString()), "b_victim");
    List<String> after = verdicts(deriv("check", "--format", "json", tamper.toString(), victim.toString()),
        "b_victim");
    List<String> tamperAlone = verdicts(deriv("check", "--format", "json", tamper.toString()), "a_tamper");
    List<String> tamperAfter = verdicts(deriv("check", "--format", "json", victim.toString(), tamper.toString()),
        "a_tamper");
    assertThat(alone).isEqualTo(after).doesNotContain("a=proved", "b=proved", "c=proved", "d=proved");
    assertThat(tamperAlone).isEqualTo(tamperAfter).contains("used=proved");
  }

  private static List<String> verdicts(TestSupport.Run run, String file) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> f : list(contract(run.out()).get("files"))) {
      if (((String) f.get("path")).contains(file)) {
        for (Map<String, Object> d : list(f.get("derivations"))) {
          list(d.get("steps")).forEach(s -> out.add(s.get("name") + "=" + s.get("status")));
        }
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private static Thread listen(ServerSocket server, AtomicInteger connections) throws IOException {
    server.setSoTimeout(200);
    Thread t = new Thread(() -> {
      long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!server.isClosed() && System.nanoTime() < end) {
        try (Socket s = server.accept()) {
          connections.incrementAndGet();
        } catch (SocketTimeoutException e) {
          // keep listening
        } catch (IOException e) {
          return;
        }
      }
    }, "loopback-listener");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private record Captured(TestSupport.Run run, String systemOut, String systemErr) {}

  /** Runs with System.out and System.err replaced, to see anything written around deriv's own streams. */
  private static synchronized Captured silently(Supplier<TestSupport.Run> work) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      TestSupport.Run run = work.get();
      return new Captured(run, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}

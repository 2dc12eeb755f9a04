package deriv.cli;

import static deriv.cli.TestSupport.deriv;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import deriv.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ascii}, and plain ASCII when standard output cannot print UTF-8 (issue 13: ✓ printed as "?"). */
class AsciiOutputTest {
  @TempDir Path dir;

  private static final String DEMO = """
      derivation demo "Demo"
      let a, b : real
      let β : positive
      claim c1: (a + b)^2 = a^2 + 2*a*b + b^2 by algebra
      claim c2: β*(a + b) = β*a + β*b by algebra
      goal β*(a + b) = β*a + β*b
      """;

  @Test
  void everyStatusHasItsOwnAsciiMark() {
    Map<Status, String> marks = new java.util.EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      marks.put(s, Ascii.spell(TextReport.mark(s)));
    }
    assertThat(marks).isEqualTo(Map.of(Status.PROVED, "+", Status.TESTED, "~", Status.ASSUMED, "*",
        Status.FAILED, "X", Status.TIMEOUT, "T", Status.UNKNOWN, "?"));
  }

  @Test
  void greekSubscriptsSuperscriptsAndOperatorsAreSpelledInAscii() {
    assertThat(Ascii.spell("β*k_B, Σ, ħ, x₁₂, kg·m⁻¹·s⁻², a − b ≤ c ≠ d, é"))
        .isEqualTo("beta*k_B, Sigma, hbar, x_12, kg*m^-1*s^-2, a - b <= c != d, e");
    assertThat(Ascii.spell("😀")).isEqualTo("<U+1F600>");
  }

  @Test
  void theEncodingStandardOutputWasGivenDecides() {
    assertThat(Ascii.utf8Printable(Map.of("native.encoding", "ANSI_X3.4-1968")::get)).isFalse();
    assertThat(Ascii.utf8Printable(Map.of("native.encoding", "UTF-8")::get)).isTrue();
    // Java 19+ says what standard output itself takes, which wins over the locale
    assertThat(Ascii.utf8Printable(Map.of("stdout.encoding", "US-ASCII", "native.encoding", "UTF-8")::get)).isFalse();
    assertThat(Ascii.utf8Printable(Map.<String, String>of()::get)).isTrue();
  }

  @Test
  void checkWithAsciiPrintsTheSameReportInAscii() {
    Path f = TestSupport.write(dir, "demo.deriv", DEMO);
    TestSupport.Run run = deriv("check", "--no-cache", "--ascii", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(f + ":4:21  + proved   algebra        c1\n"
        + f + ":5:21  + proved   algebra        c2\n"
        + f + ":6:1  + goal reached  reached: each side equals the corresponding side of beta*(a + b) = beta*a + beta*b; "
        + "rests on nothing but proofs\n"
        + "2 steps: 2 proved, 0 tested, 0 assumed, 0 failed, 0 timeout, 0 unknown; goals reached: 1/1\n");
  }

  @Test
  void underLangCTheOutputIsAsciiWithoutBeingAsked() throws Exception {
    Path f = TestSupport.write(dir, "demo.deriv", DEMO);
    String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(javaExe, "-cp", System.getProperty("java.class.path"),
        "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
        "deriv.cli.Main", "check", "--no-cache", f.toString())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    byte[] out = Files.readAllBytes(dir.resolve("out.txt"));
    String asked = deriv("check", "--no-cache", "--ascii", f.toString()).out();
    assertThat(new String(out, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(asked);
    assertThat(Arrays.asList(new String(out, java.nio.charset.StandardCharsets.ISO_8859_1).split("")))
        .allMatch(c -> c.charAt(0) < 128);
  }
}

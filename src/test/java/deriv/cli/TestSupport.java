package deriv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.StepResult;
import deriv.kernel.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the tests of the front end and the CLI: running deriv in-process, files, JSON, goldens. */
public final class TestSupport {
  /** Where the golden files live; regenerate them with {@code -Dderiv.updateGolden=true}. */
  public static final Path GOLDEN = Path.of("src/test/resources/cli/golden");

  private TestSupport() {}

  /** What one in-process run of {@code deriv} printed and returned. */
  public record Run(int exit, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  /**
   * What a reader must never see in deriv's output (issue 13): the computer algebra's renamed symbols
   * ({@code k_b$1}), a doubled minus ({@code --1*β}, {@code ρ(--y)}; an option such as {@code --budget} is fine),
   * the family domain {@code (R^3)^x}, and Java's own names (a package-qualified class, an exception's name).
   */
  private static final java.util.regex.Pattern UNREADABLE = java.util.regex.Pattern.compile(
      "[A-Za-z_]\\$\\d|--(?!(?:budget|file-budget|strict|no-cache|timeout|format|include-broken|at|ascii|cache-dir|pdf"
          + "|watch|derivation|output|help|version)\\b)|\\(R\\^3\\)\\^"
          + "|\\b(?:java|javax|org\\.matheclipse|org\\.apache|com\\.sun|deriv)\\.[a-z]+\\.|\\b[A-Z]\\w*(?:Exception|Error)\\b");

  /** Fails when {@code output} (a message, a report, JSON) shows any of {@link #UNREADABLE}. */
  public static void assertReadable(String what, String output) {
    java.util.regex.Matcher m = UNREADABLE.matcher(output);
    if (m.find()) {
      int from = Math.max(0, m.start() - 60);
      int to = Math.min(output.length(), m.end() + 60);
      throw new AssertionError(what + " shows '" + m.group() + "' to a reader: …" + output.substring(from, to) + "…");
    }
  }

  /** {@link #assertReadable} on the text and the JSON output of {@code result}. */
  public static void assertReadable(String what, FileResult result) {
    deriv.check.RunResult run = new deriv.check.RunResult(java.util.List.of(result), false);
    assertReadable(what + " (text)", deriv.report.TextReport.write(run));
    assertReadable(what + " (json)", deriv.report.JsonReport.write(run));
  }

  /** {@code deriv ARGS…} through {@link Main#run}, capturing both streams. */
  public static Run deriv(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, o, e);
    }
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code text} to {@code dir/name} and returns the path. */
  public static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks {@code text} in-process (no files, no CLI) within the given limits. */
  public static FileResult check(String text, deriv.kernel.Limits limits) {
    return new Checker(new Options(limits, false)).checkText("inline.deriv", text);
  }

  public static FileResult check(String text) {
    return check(text, deriv.kernel.Limits.DEFAULT);
  }

  /** The verdict of the step named {@code name} (a claim, or {@code claim.N} for a link of a chain). */
  public static Status status(FileResult r, String name) {
    return step(r, name).status();
  }

  public static StepResult step(FileResult r, String name) {
    assertThat(r.diagnostics()).as("diagnostics").isEmpty();
    return r.derivations().stream().flatMap(d -> d.steps().stream()).filter(s -> s.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no step " + name + " in " + r.derivations()));
  }

  /**
   * A one-derivation file: declarations, then claims, then a trivial goal (so only the claims matter). A literal
   * backslash-n in {@code declarations} separates lines (for CSV sources).
   */
  public static String derivation(String declarations, String... claims) {
    StringBuilder s = new StringBuilder("derivation t \"test\"\n");
    for (String line : declarations.replace("\\n", "\n").split("\n")) {
      s.append("  ").append(line).append('\n');
    }
    for (String c : claims) {
      s.append("  ").append(c).append('\n');
    }
    return s.append("  goal 1 = 1\n").toString();
  }

  /**
   * Skips the calling tests when {@code tool} is not installed, and says so on standard error, which Surefire prints
   * in the build's log (a bare assumption would only add to the "Skipped" count); in CI (variable {@code CI} set)
   * a missing tool fails instead, so that CI never passes without running them.
   *
   * @param tests what is skipped, for the notice ("the LaTeX compile tests")
   * @param install how to get the tool
   */
  public static void assumeInstalled(String tool, String tests, String install) {
    boolean available;
    try {
      Process p = new ProcessBuilder(tool, tool.equals("pdftotext") ? "-v" : "--version").redirectErrorStream(true)
          .start();
      p.getInputStream().readAllBytes();
      available = p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      available = false;
    }
    String notice = "NOTICE: " + tests + " are SKIPPED: " + tool + " is not installed (" + install + ")";
    if (!available && System.getenv("CI") != null) {
      org.junit.jupiter.api.Assertions.fail(notice.replace("are SKIPPED", "cannot run, and CI is set"));
    }
    if (!available) {
      System.err.println(notice);
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(available, notice);
  }

  /** The packages that give pdflatex (Debian/Ubuntu), for {@link #assumeInstalled}. */
  public static final String PDFLATEX_PACKAGES =
      "apt-get install texlive-latex-base texlive-latex-recommended lmodern";

  /** Compares {@code actual} with the golden file, or rewrites it when {@code -Dderiv.updateGolden=true}. */
  public static void assertGolden(String name, String actual) {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("deriv.updateGolden")) {
      write(GOLDEN, name, actual);
      return;
    }
    assertThat(Files.exists(file)).as("golden file %s exists (regenerate with -Dderiv.updateGolden=true)", file)
        .isTrue();
    assertThat(actual).as("output matches %s (regenerate with -Dderiv.updateGolden=true)", file)
        .isEqualTo(read(file));
  }

  // ---- a tiny JSON parser, enough to read deriv's own output ---------------------------------------------------

  /** Parses JSON text into maps (insertion order), lists, strings, BigDecimals, booleans and null. */
  public static Object parseJson(String text) {
    JsonParser p = new JsonParser(text);
    Object v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw p.error("trailing text");
    }
    return v;
  }

  private static final class JsonParser {
    private final String s;
    private int pos;

    JsonParser(String s) {
      this.s = s;
    }

    Object value() {
      skipSpace();
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{': return object();
        case '[': return array();
        case '"': return string();
        case 't': return literal("true", Boolean.TRUE);
        case 'f': return literal("false", Boolean.FALSE);
        case 'n': return literal("null", null);
        default: return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (peek() == '}') {
        pos++;
        return m;
      }
      while (true) {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        if (m.put(key, value()) != null) {
          throw error("duplicate key " + key);
        }
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    private List<Object> array() {
      List<Object> l = new ArrayList<>();
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return l;
      }
      while (true) {
        l.add(value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return l;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case 'n': out.append('\n'); break;
          case 't': out.append('\t'); break;
          case 'r': out.append('\r'); break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'u':
            out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            pos += 4;
            break;
          default: out.append(e);
        }
      }
    }

    private BigDecimal number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      if (start == pos) {
        throw error("unexpected character");
      }
      return new BigDecimal(s.substring(start, pos));
    }

    private Object literal(String word, Object v) {
      if (!s.startsWith(word, pos)) {
        throw error("expected " + word);
      }
      pos += word.length();
      return v;
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException("bad JSON at " + pos + ": " + what);
    }
  }
}

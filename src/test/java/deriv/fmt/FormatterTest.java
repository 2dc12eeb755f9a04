package deriv.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Formatter;
import deriv.syntax.Parsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** deriv fmt: idempotent, meaning-preserving, comments kept, the canonical layout. */
class FormatterTest {
  private static String format(String text) {
    Formatter.Result r = Formatter.format("t.deriv", text);
    assertThat(r.diagnostics()).isEmpty();
    return r.text();
  }

  /** Every property, on one input. */
  private static void assertWellFormatted(String text) {
    String once = format(text);
    assertThat(format(once)).as("formatting twice changes nothing").isEqualTo(once);
    Parsing.Result before = Parsing.parse("t.deriv", text);
    Parsing.Result after = Parsing.parse("t.deriv", once);
    assertThat(after.diagnostics()).isEmpty();
    assertThat(SpanFree.of(after.file().derivations())).as("same syntax tree, positions aside")
        .isEqualTo(SpanFree.of(before.file().derivations()));
    assertThat(comments(once)).as("every comment kept, in order").isEqualTo(comments(text));
  }

  private static List<String> comments(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|#[^\\n]*").matcher(text);
    while (m.find()) {
      if (m.group().startsWith("#")) {
        out.add(m.group().strip());
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyDerivFileInTheRepository() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("."))) {
      files = walk.filter(p -> p.toString().endsWith(".deriv") && !p.startsWith("./target"))
          .filter(p -> isUtf8(p) && Parsing.parse(p.toString(), read(p)).diagnostics().isEmpty()).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> assertWellFormatted(read(p))));
  }

  @TestFactory
  Stream<DynamicTest> generatedDerivations() {
    return Stream.iterate(1L, s -> s + 1).limit(200).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      String text = new Generated(seed).file();
      assertThat(Parsing.parse("g.deriv", text).diagnostics()).as(text).isEmpty();
      assertWellFormatted(text);
    }));
  }

  @Test
  void canonicalLayout() {
    String messy = """
        # header


        derivation   m  "Messy # not a comment"   # on the header
        let a,b : real,a!=0   # on let
          # before def
        def h(y, z: R^3) := y  *  2 + -a ^ -2
        claim c1 : a*b=b*a   by algebra # one line
        claim long:
              a + b   # after first
          # before a link
          = b + a by algebra
          ≈ (b+a)·1
          = |a| - -a + sum(j*0, j = 1..3) by algebra   # tail
        goal a + b = |a| - -a
        # closing
        """;
    assertThat(format(messy)).isEqualTo("""
        # header

        derivation m "Messy # not a comment"  # on the header
        let a, b : real, a != 0  # on let
        # before def
        def h(y, z : R^3) := y*2 + -a^-2
        claim c1: a*b = b*a by algebra  # one line
        claim long:
          a + b  # after first
            # before a link
            = b + a                        by algebra
            ≈ (b + a)*1
            = |a| - -a + sum(j*0, j=1..3)  by algebra  # tail
        goal a + b = |a| - -a
        # closing
        """);
    assertWellFormatted(messy);
  }

  @Test
  void definiteIntegralsKeepTheirInterval() {
    String messy = """
        derivation d
        let a : positive
        claim i : int( x in -1 .. a*2 , x^2 )=(8*a^3+1)/3 by ftc( x^3/3 )
        goal int(x in -1..a*2, x^2) = (8*a^3 + 1)/3
        """;
    assertThat(format(messy)).contains("claim i: int(x in -1..a*2, x^2) = (8*a^3 + 1)/3 by ftc(x^3/3)");
    assertWellFormatted(messy);
  }

  @Test
  void blankLinesBetweenStatementsAreKeptOnceAndDerivationsSeparated() {
    String text = "derivation a\nlet x : real\n\n\n\nclaim c: x = x\ngoal x = x\nderivation b\nlet y : real\n"
        + "claim d: y = y\ngoal y = y\n";
    assertThat(format(text)).isEqualTo("derivation a\nlet x : real\n\nclaim c: x = x\ngoal x = x\n\n"
        + "derivation b\nlet y : real\nclaim d: y = y\ngoal y = y\n");
  }

  @Test
  void aFileWithSyntaxErrorsIsNotFormatted() {
    Formatter.Result r = Formatter.format("bad.deriv", "derivation d\nclaim c: a*b = 2 a*b\ngoal a = b\n");
    assertThat(r.ok()).isFalse();
    assertThat(r.diagnostics()).isNotEmpty();
  }

  /** The rejection corpus holds deliberately invalid UTF-8: not a file to format. */
  private static boolean isUtf8(Path p) {
    try {
      Files.readString(p, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aLinkWiderThanTheLineIsBrokenBeforeTheTermsOfItsSum() {
    String term = "cccccccccc*dddddddddd*(aaaaaaaaaa + bbbbbbbbbb)";
    String text = "derivation t\nlet aaaaaaaaaa, bbbbbbbbbb, cccccccccc, dddddddddd : real\nclaim long:\n  aaaaaaaaaa\n"
        + "    = aaaaaaaaaa + " + term + " - " + term + " + 0*bbbbbbbbbb  by algebra\n"
        + "    = aaaaaaaaaa  by algebra\ngoal aaaaaaaaaa = aaaaaaaaaa\n";
    assertWellFormatted(text);
    String once = format(text);
    assertThat(once).contains("\n    = aaaaaaaaaa + " + term + "\n      - " + term + " + 0*bbbbbbbbbb  by algebra\n");
    // the by column follows the rows, not the one-line link: one column, within the line width
    assertThat(once.lines().filter(l -> l.endsWith("by algebra")).map(l -> l.indexOf("by algebra")).distinct())
        .hasSize(1).allMatch(c -> c < 100);
    assertThat(once.lines()).allMatch(l -> l.codePointCount(0, l.length()) <= 100);
  }
}

package deriv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deriv report --format html} and {@code deriv graph --format svg|dot} from the command line. */
class GraphAndHtmlCommandTest {
  private static final String EXAMPLE = "derivations/examples/completing_square.deriv";

  @TempDir
  Path dir;

  @Test
  void reportWritesOneSelfContainedHtmlPage() throws IOException {
    Path out = dir.resolve("sub/report.html");
    TestSupport.Run r = TestSupport.deriv("report", EXAMPLE, "--format", "html", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<math", "<svg", "<details>").doesNotContain("<script");
  }

  @Test
  void graphWritesSvgByDefaultAndDotOnRequest() throws IOException {
    TestSupport.Run svg = TestSupport.deriv("graph", EXAMPLE);
    assertThat(svg.exit()).as(svg.err()).isZero();
    assertThat(svg.out()).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", ">sq</text>");
    Path dot = dir.resolve("g.dot");
    TestSupport.Run r = TestSupport.deriv("graph", EXAMPLE, "--format", "dot", "-o", dot.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(dot, StandardCharsets.UTF_8)).startsWith("// Written by deriv")
        .contains("digraph", "\"sq\" -> \"goal\"");
  }

  @Test
  void graphDrawsTheNamedDerivation() {
    TestSupport.Run r = TestSupport.deriv("graph", "derivations/ideal_gas.deriv", "--derivation", "sackur_tetrode",
        "--format", "dot");
    assertThat(r.exit()).as(r.err()).isZero();
    // The built-in approximation the entropy rests on is a node, cited by both claims, on the goal's path.
    assertThat(r.out()).contains("\"stirling\" [label=\"stirling\\napproximation A\"", "\"stirling\" -> \"entropy\"",
        "\"stirling\" -> \"log_partition\"").doesNotContain("\"pressure\"");
    TestSupport.Run none = TestSupport.deriv("graph", "derivations/ideal_gas.deriv", "--derivation", "nope");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no derivation named 'nope'", "ideal_gas");
  }

  @Test
  void graphOfAMissingFileIsAUsageError() {
    TestSupport.Run r = TestSupport.deriv("graph", dir.resolve("none.deriv").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isNotBlank();
  }
}

package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.diagnose.Hint;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The HTML report: golden files, validity by the Nu Html Checker (vnu, the W3C's validator), no script, no
 * network, and no way for a hostile derivation to put markup into the page or the graph.
 */
class HtmlReportTest {
  /** Title, note, messages, residual, counterexample and hint: every place user or kernel text reaches the page. */
  static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> \"><img src=y "
      + "onload=alert(3)> ]]> <![CDATA[ x ]]> &amp; & <!-- c --> <svg onload=alert(4)> javascript:alert(5) '";

  @Test
  void passingDerivationMatchesGolden() {
    Golden.assertMatches("completing_square.html", new HtmlReport().write(Samples.passing()));
  }

  @Test
  void failingDerivationMatchesGolden() {
    Golden.assertMatches("boltzmann.html", new HtmlReport().write(Samples.failing()));
  }

  @Test
  void brokenFileMatchesGolden() {
    Golden.assertMatches("broken.html", new HtmlReport().write(Samples.broken()));
  }

  @Test
  void everyReportIsValidHtml() throws Exception {
    assertValid("passing", new HtmlReport().write(Samples.passing()));
    assertValid("failing", new HtmlReport().write(Samples.failing()));
    assertValid("broken", new HtmlReport().write(Samples.broken()));
    assertValid("hostile", new HtmlReport().write(hostile()));
    // The real checker's reports, as RealDerivationReportsTest keeps them.
    for (String name : List.of("nernst.html", "nernst-as-posted.html")) {
      assertValid(name, Files.readString(Golden.DIRECTORY.resolve(name), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theMathIsMathMlAndThePageNeedsNoScriptAndNoNetwork() {
    String html = new HtmlReport().write(Samples.failing());
    assertThat(html).contains("<math", "<mfrac>", "<msup>", "<munderover>", "<details>", "<svg");
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<link", "<iframe", "<object", "<embed",
        "src=", "url(http", "@import", "\\(", "$$");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
  }

  @Test
  void aHostileDerivationCannotInjectMarkupIntoThePage() {
    String html = new HtmlReport().write(hostile());
    assertNoInjectedMarkup(html);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img", "]]&gt;",
        "&amp;amp; &amp;");
  }

  @Test
  void aHostileDerivationCannotInjectMarkupIntoTheGraph() throws Exception {
    FileResult file = hostile();
    String svg = DerivationGraphs.svg(file);
    assertNoInjectedMarkup(svg);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertThat(e.getTagName()).isNotIn("script", "img", "foreignObject", "iframe");
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        assertThat(e.getAttributes().item(a).getNodeName().toLowerCase(Locale.ROOT)).doesNotStartWith("on");
      }
    }
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains(HOSTILE);
    String dot = DerivationGraphs.dot(file);
    assertThat(dot).contains(GraphDot.quote(HOSTILE)).doesNotContain("\"" + HOSTILE);
  }

  /** Every tag in the output is one the report wrote: none is a script, an image or carries an event handler. */
  static void assertNoInjectedMarkup(String out) {
    assertThat(out.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<![cdata[", "]]>", "<!-- c");
    Matcher tag = Pattern.compile("<[^<>]*>").matcher(out);
    while (tag.find()) {
      assertThat(tag.group()).as("a tag").doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
          .doesNotContainPattern("(?i)javascript:");
    }
    assertThat(out.replaceAll("&(amp|lt|gt|quot|#39|#x?[0-9a-fA-F]+);", "")).doesNotContain("&");
  }

  /** The hostile text as title and notes (the grammar's strings) and in every message the checker writes. */
  static FileResult hostile() {
    String quoted = "\"" + HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String source = "derivation hostile " + quoted + "\n"
        + "note " + quoted + "\n"
        + "let a : real\n"
        + "def b := a\n"
        + "approx near: a ≈ b\n"
        + "claim same: a = b by def = b by near\n"
        + "note " + quoted + "\n"
        + "goal a = b\n";
    FileResult parsed = Samples.parsed("derivations/hostile.deriv", source);
    DerivationResult d = parsed.derivations().get(0);
    List<StepResult> steps = new ArrayList<>();
    for (StepResult s : d.steps()) {
      if (s.kind() == StepResult.Kind.LINK) {
        Verdict v = Verdict.of(Status.FAILED, "algebra", HOSTILE, HOSTILE, Map.of("a", HOSTILE), List.of(HOSTILE));
        s = new StepResult(s.name(), s.kind(), s.span(), v, s.statement(), s.link(),
            List.of(new Hint("missing-term", HOSTILE)), List.of(HOSTILE));
      }
      steps.add(s);
    }
    return new FileResult(parsed.path(), parsed.source(), List.of(new DerivationResult(d.derivation(), steps,
        d.goal())), parsed.diagnostics());
  }

  /** The Nu Html Checker, in-process: no message of type error (warnings, such as "consider lang", are allowed). */
  static void assertValid(String name, String html) throws IOException, org.xml.sax.SAXException {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    String messages = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    List<String> errors = messages.lines().filter(l -> l.contains("error")).toList();
    assertThat(errors).as("vnu errors in %s:%n%s", name, messages).isEmpty();
  }
}

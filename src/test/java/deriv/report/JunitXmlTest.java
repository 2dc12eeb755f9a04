package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JunitXmlTest {
  @Test
  void passingRunMatchesGolden() {
    Golden.assertMatches("passing.junit.xml", new JunitXml().write(Samples.run(false, Samples.passing())));
  }

  @Test
  void failingRunMatchesGolden() {
    Golden.assertMatches("failing.junit.xml",
        new JunitXml().write(Samples.run(false, Samples.broken(), Samples.failing(), Samples.passing())));
  }

  @Test
  void strictRunFailsTestedSteps() {
    String xml = new JunitXml().write(Samples.run(true, Samples.failing()));
    assertThat(xml).contains("type=\"deriv/tested\"");
  }

  /** Today's Surefire schema, and the stricter one before 3.3 (failure type required, stricter time). */
  @ParameterizedTest
  @ValueSource(strings = {"surefire-test-report.xsd", "surefire-test-report-legacy.xsd"})
  void validAgainstSurefireSchema(String xsd) throws Exception {
    URL schema = getClass().getResource("/report/schema/" + xsd);
    assertThat(schema).isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    var validator = factory.newSchema(schema).newValidator();
    for (String xml : new String[] {
        new JunitXml().write(Samples.run(false, Samples.passing())),
        new JunitXml().write(Samples.run(true, Samples.broken(), Samples.failing(), Samples.passing())),
        new JunitXml().write(Samples.run(false, Hostile.file()))}) {
      validator.validate(new StreamSource(new StringReader(xml)));
    }
  }

  /** Issue 13: a step's time is the time measured deciding it, in seconds; the suite's is their sum. */
  @Test
  void aStepsTimeIsItsMeasuredDecidingTime() {
    deriv.check.FileResult passing = Samples.passing();
    java.util.List<deriv.check.DerivationResult> timed = passing.derivations().stream()
        .map(d -> new deriv.check.DerivationResult(d.derivation(),
            d.steps().stream().map(s -> s.withMillis(1234)).toList(), d.goal()))
        .toList();
    String xml = new JunitXml().write(Samples.run(false, new deriv.check.FileResult(passing.path(), passing.source(),
        timed, passing.diagnostics())));
    assertThat(xml).contains("<testsuite name=\"deriv\" time=\"4.936\" tests=\"5\"")
        .contains("<testcase name=\"completing_square.vertex_form.1\" classname=\"derivations/completing_square"
            + ".deriv\" time=\"1.234\"/>")
        .contains("<testcase name=\"completing_square.goal\" classname=\"derivations/completing_square.deriv\" "
            + "time=\"0.000\"/>");
  }
}

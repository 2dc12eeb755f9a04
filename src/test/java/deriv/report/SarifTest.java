package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifTest {
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
      .getSchema(Samples.resource("schema/sarif-schema-2.1.0.json"), InputFormat.JSON);

  @Test
  void passingRunMatchesGolden() {
    Golden.assertMatches("passing.sarif", new Sarif().write(Samples.run(false, Samples.passing())));
  }

  @Test
  void failingRunMatchesGolden() {
    Golden.assertMatches("failing.sarif",
        new Sarif("https://example.org/deriv", "0.1.0").write(Samples.run(false, Samples.broken(), Samples.failing())));
  }

  @Test
  void validAgainstSarifSchema() {
    for (String json : new String[] {
        new Sarif().write(Samples.run(false, Samples.passing())),
        new Sarif("https://example.org/deriv", "0.1.0").write(
            Samples.run(true, Samples.broken(), Samples.failing(), Hostile.file()))}) {
      Set<ValidationMessage> errors = SCHEMA.validate(json, InputFormat.JSON);
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void schemaValidationIsNotVacuous() {
    Set<ValidationMessage> errors = SCHEMA.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}",
        InputFormat.JSON);
    assertThat(errors).isNotEmpty();
  }

  @Test
  void fingerprintsAreStableAndDistinct() {
    String a = new Sarif().write(Samples.run(false, Samples.failing()));
    String b = new Sarif().write(Samples.run(false, Samples.failing()));
    assertThat(a).isEqualTo(b);
    long fingerprints = a.lines().filter(l -> l.contains("derivFinding/v1")).distinct().count();
    long results = a.lines().filter(l -> l.contains("\"ruleIndex\"")).count();
    assertThat(fingerprints).isEqualTo(results);
  }

  @Test
  void pathsBecomeUriReferences() {
    assertThat(Sarif.uri("derivations\\my file#1.deriv")).isEqualTo("derivations/my%20file%231.deriv");
  }
}

package deriv.cli;

import static deriv.cli.TestSupport.GOLDEN;
import static deriv.cli.TestSupport.assertGolden;
import static deriv.cli.TestSupport.deriv;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact text and JSON output of {@code deriv check} for a passing and a failing file. After an intended change of
 * the output, regenerate with {@code mvn test -Dtest=GoldenTest -Dderiv.updateGolden=true} and review the diff.
 */
class GoldenTest {
  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({"pass, text, 0", "pass, json, 0", "fail, text, 1", "fail, json, 1"})
  void outputMatchesGolden(String file, String format, int exit) {
    String path = GOLDEN.resolve(file + ".deriv").toString();
    TestSupport.Run run = deriv("check", "--format", format, path);

    assertThat(run.exit()).as(run.all()).isEqualTo(exit);
    assertThat(run.err()).isEmpty();
    assertGolden(file + "." + (format.equals("text") ? "txt" : "json"), run.out());
  }
}

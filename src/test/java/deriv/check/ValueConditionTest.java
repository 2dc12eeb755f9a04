package deriv.check;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.cli.TestSupport;
import deriv.kernel.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a condition that is an equation gives a variable declared in the same {@code let} its value
 * ({@code let z_0 : real [m], z_0 = 0}). It is a definition from there on, checked against the declaration (a value
 * the declaration refutes is failed); anything else written as an equation condition is an error that says why.
 */
class ValueConditionTest {
  private static FileResult check(String... lines) {
    return TestSupport.check(String.join("\n", lines) + "\n");
  }

  @Test
  void aValueIsUnfoldedWhereverTheVariableAppears() {
    FileResult r = check("derivation d",
        "  let z_0 : real [m], z_0 = 0",
        "  let n : R [m] -> R [1/m^3]",
        "  let k : natural [1]",
        "  let j : natural [1], j = 2*k",
        "  def n0 := n(0)",
        "  claim same: n(z_0) = n0 by algebra",
        "  claim half: j/2 = k by algebra",
        "  goal j/2 = k");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(TestSupport.status(r, "z_0")).isEqualTo(Status.ASSUMED);
    assertThat(TestSupport.status(r, "same")).isEqualTo(Status.PROVED);
    assertThat(TestSupport.status(r, "half")).isEqualTo(Status.PROVED);
  }

  @Test
  void aValueTheDeclarationRefutesIsFailed() {
    FileResult r = check("derivation d",
        "  let z : positive, z = 0",
        "  claim c: z^2 = 0 by algebra",
        "  goal z^2 = 0");
    assertThat(TestSupport.status(r, "z")).isEqualTo(Status.FAILED);
    assertThat(new RunResult(java.util.List.of(r), false).exitCode()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "let x, y : real, x + y = 1; gives a number declared there its value",
      "let x : real\\n  let y : real, x = 1; gives a number declared there its value",
      "let x : real\\n  assume x = 0; an `assume` cannot be an equation",
      "let n : integer, n = 1/2; is an integer, so its value must be written with integers",
      "let z : real, z = z + 1; cannot be given a value that contains it",
      "let f : R -> R, f = 1; gives a number declared there its value"})
  void otherEquationsAreErrorsThatSayWhy(String declarations, String why) {
    FileResult r = check("derivation d", "  " + declarations.replace("\\n", "\n"), "  claim c: 1 = 1",
        "  goal 1 = 1");
    assertThat(r.diagnostics()).as(declarations).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("equation-condition");
      assertThat(d.message()).contains(why);
    });
  }
}

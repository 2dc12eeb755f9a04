package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: deriv eval checks a value against its symbol's declaration, takes expressions as values, names the
 * symbols the result needs, and shows a compound unit with a named unit (Pa/K).
 */
class EvalValuesTest {
  @TempDir Path dir;

  private static final String FILE = """
      derivation charges "Charges"
      let z : integer [1]
      let q : negative [C]
      let T : positive [K]
      def Q := z*q/T
      goal Q = z*q/T

      derivation pressure "Pressure per kelvin"
      let p : positive [Pa]
      let T : positive [K]
      def s := p/T
      goal s = p/T

      derivation rate "Rate"
      let ω : positive [1/s]
      let t : positive [s]
      def φ := ω*t
      goal φ = ω*t
      """;

  private Cli eval(String derivation, String... values) throws IOException {
    Path f = dir.resolve("values.deriv");
    Files.writeString(f, FILE);
    String[] args = new String[4 + 2 * values.length];
    args[0] = "eval";
    args[1] = f.toString();
    args[2] = "--derivation";
    args[3] = derivation;
    for (int i = 0; i < values.length; i++) {
      args[4 + 2 * i] = "--at";
      args[5 + 2 * i] = values[i];
    }
    return Cli.run(args);
  }

  @Test
  void aFractionForAnIntegerIsAUsageErrorNamingTheDeclaration() throws IOException {
    Cli r = eval("charges", "z=0.5", "q=-e", "T=300K");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("deriv: --at z=0.5: z is declared a whole number (integer or natural), and 0.5 is "
        + "not one\n");
  }

  @Test
  void aValueAgainstItsSymbolsConditionIsAUsageErrorNamingTheCondition() throws IOException {
    Cli positiveCharge = eval("charges", "z=2", "q=e", "T=300K");
    assertThat(positiveCharge.exitCode()).isEqualTo(2);
    assertThat(positiveCharge.err()).isEqualTo("deriv: --at q=e: q is declared with the condition q < 0, which this "
        + "value does not satisfy\n");
    Cli negativeTemperature = eval("charges", "z=2", "q=-e", "T=-5K");
    assertThat(negativeTemperature.exitCode()).isEqualTo(2);
    assertThat(negativeTemperature.err()).isEqualTo("deriv: --at T=-5 K: T is declared with the condition T > 0, "
        + "which this value does not satisfy\n");
  }

  @Test
  void valuesMayBeExpressionsOfNumbersUnitsAndConstants() throws IOException {
    Cli r = eval("charges", "z=2", "q=-2*e", "T=(300 + 10)*K");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        Q = -2.067 zC/K
        where
          z = 2
          q = -2*e = -320.4 zC
          T = (300 + 10)*K = 310 K
        """);
    Cli rate = eval("rate", "ω=1e13/s", "t=2ps");
    assertThat(rate.exitCode()).as(rate.err()).isZero();
    assertThat(rate.out()).isEqualTo("""
        φ = 20
        where
          ω = 1e13/s = 10 THz
          t = 2 ps = 2 ps
        """);
  }

  @Test
  void aResultInACompoundUnitIsShownWithTheNamedUnit() throws IOException {
    Cli r = eval("pressure", "p=101325Pa", "T=273.15K");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("s = 371 Pa/K\n");
  }

  @Test
  void aMissingValueNamesTheDefinedSymbolTheResultNeeds() {
    Cli r = Cli.run("eval", Cli.resource("nernst_defined.deriv"), "--at", "T=310.15K", "--at", "n_1=140mM",
        "--at", "q=e");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("deriv: no value for n_2 [m⁻³]; give it with --at NAME=VALUE, e.g. "
        + "--at T=310.15K\n");
  }
}

package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvalTest {
  /** k_B·T/e·ln(n_1/n_2) in mV, from the exact SI values, independently of deriv's code. */
  private static double nernstMillivolts(double kelvin, double ratio) {
    BigDecimal kB = new BigDecimal("1.380649e-23");
    BigDecimal e = new BigDecimal("1.602176634e-19");
    double thermal = kB.multiply(BigDecimal.valueOf(kelvin)).divide(e, MathContext.DECIMAL128).doubleValue();
    return thermal * Math.log(ratio) * 1000;
  }

  private static double millivolts(String out) {
    Matcher m = Pattern.compile("ΔV = (-?[0-9.]+) mV").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void nernstPotentialMatchesTheExactConstantsToOneHundredthOfAMillivolt() {
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=310.15K", "--at", "n_1=140mM",
        "--at", "n_2=5mM", "--at", "q=e");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(millivolts(r.out())).isCloseTo(nernstMillivolts(310.15, 140.0 / 5), within(0.01));
    assertThat(r.out()).contains("n_1 = 140 mM = 8.431e25 m⁻³").contains("N_A");
  }

  @Test
  void aDefinedSymbolGivenAValueIsNotUnfolded() {
    // As in derivations/nernst.deriv: n_1 := n(x_1) is a definition, and its value is given.
    Cli r = Cli.run("eval", Cli.resource("nernst_defined.deriv"), "--at", "T=310.15K", "--at", "n_1=140mM",
        "--at", "n_2=5mM", "--at", "q=e");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(millivolts(r.out())).isCloseTo(nernstMillivolts(310.15, 28), within(0.01));
  }

  @Test
  void celsiusAndMillimolesPerLitreAreConverted() {
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=37degC", "--at", "n_1=140mmol/L",
        "--at", "n_2=5mM", "--at", "q=1.602176634e-19C", "--digits", "6");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(millivolts(r.out())).isCloseTo(nernstMillivolts(310.15, 28), within(0.001));
    assertThat(r.out()).contains("T = 37 degC = 310.15 K");
  }

  @Test
  void hbarIsALetterAndTheReducedPlanckConstantRoundedNotExact() {
    Cli r = Cli.run("eval", Cli.resource("oscillator_hbar.deriv"), "--at", "ω=1e13Hz", "--digits", "6");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // ħω/2 with ħ = 6.62607015e-34 J·s / (2π), computed here independently of deriv
    double expected = 6.62607015e-34 / (2 * Math.PI) * 1e13 / 2 / 1e-24;
    Matcher m = Pattern.compile("E_0 = ([0-9.]+) yJ").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(expected, within(0.001));
    assertThat(r.out()).contains("ħ = hbar = 1.054571818e-34 J*s (h/(2π), rounded)");
    assertThat(PhysicalConstant.named("ℏ")).isEqualTo(PhysicalConstant.REDUCED_PLANCK);
    assertThat(PhysicalConstant.REDUCED_PLANCK.exact()).isFalse();
    assertThat(PhysicalConstant.PLANCK.exact()).isTrue();
  }

  @Test
  void aMissingValueIsAnErrorListingWhatIsMissing() {
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=310.15K");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no value for").contains("q").contains("n_1").contains("n_2")
        .doesNotContain("k_B");
  }

  @Test
  void aValueOfTheWrongDimensionNamesBoth() {
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=310.15m", "--at", "n_1=140mM",
        "--at", "n_2=5mM", "--at", "q=e");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the value is m, but T is K");
  }

  @Test
  void givenValuesOverrideAFilesConstant() {
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=310.15K", "--at", "n_1=140mM",
        "--at", "n_2=5mM", "--at", "q=e", "--at", "k_B=2.761298e-23J/K");
    assertThat(millivolts(r.out())).isCloseTo(2 * nernstMillivolts(310.15, 28), within(0.02));
  }

  @Test
  void aFileWithADimensionErrorIsNotEvaluated() {
    Cli r = Cli.run("eval", Cli.resource("nernst_slip.deriv"), "--at", "T=310.15K");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("dimension mismatch");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUndeclaredNameOrAnUnknownUnitIsAUsageError() {
    assertThat(Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "X=1").err()).contains("no symbol 'X'");
    Cli r = Cli.run("eval", Cli.resource("nernst.deriv"), "--at", "T=3parsec");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown unit 'parsec'");
  }
}

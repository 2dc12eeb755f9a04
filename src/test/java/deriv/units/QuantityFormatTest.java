package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityFormatTest {
  private static final Dimension VOLT = UnitSymbols.lookup("V").dimension();

  @Test
  void picksThePrefixThatPutsTheNumberBetweenOneAndAThousand() {
    assertThat(QuantityFormat.format(0.0890584, VOLT, 4)).isEqualTo("89.06 mV");
    assertThat(QuantityFormat.format(-0.0890584, VOLT, 4)).isEqualTo("-89.06 mV");
    assertThat(QuantityFormat.format(1234.5, VOLT, 4)).isEqualTo("1.235 kV");
    assertThat(QuantityFormat.format(0.9999999, VOLT, 4)).isEqualTo("1 V");
    assertThat(QuantityFormat.format(310.15, Dimension.base("K"), 4)).isEqualTo("310.2 K");
    assertThat(QuantityFormat.format(2e-6, Dimension.base("m"), 3)).isEqualTo("2 µm");
    assertThat(QuantityFormat.format(0, VOLT, 4)).isEqualTo("0 V");
  }

  @Test
  void massTakesItsPrefixOnTheGram() {
    assertThat(QuantityFormat.format(0.005, Dimension.base("kg"), 4)).isEqualTo("5 g");
  }

  @Test
  void unnamedAndDimensionlessValues() {
    Dimension density = Dimension.base("m").pow(Rational.of(-3));
    assertThat(QuantityFormat.format(8.4310e25, density, 4)).isEqualTo("8.431e25 m⁻³");
    assertThat(QuantityFormat.format(28, Dimension.NONE, 4)).isEqualTo("28");
  }
}

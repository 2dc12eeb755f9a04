package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Parsing;
import org.junit.jupiter.api.Test;

class UnitExpressionsTest {
  private static UnitExpressions.Result unit(String text) {
    return UnitExpressions.parse(Parsing.expression(text).orElseThrow());
  }

  @Test
  void compoundUnitsReduceToSiBaseDimensions() {
    assertThat(unit("J/K").unit().dimension().toString()).isEqualTo("kg·m²·s⁻²·K⁻¹");
    assertThat(unit("kg*m^2/(s^2*K)").unit().dimension()).isEqualTo(unit("J/K").unit().dimension());
    assertThat(unit("1/m^3").unit().dimension()).isEqualTo(unit("m^-3").unit().dimension());
    assertThat(unit("1").unit().dimension().isNone()).isTrue();
    assertThat(unit("J·s").unit().dimension()).isEqualTo(unit("kg*m^2/s").unit().dimension());
  }

  @Test
  void prefixesAndAliasesCarryExactFactors() {
    assertThat(unit("mV").unit().factor()).isEqualTo(Rational.of(1, 1000));
    assertThat(unit("mM").unit().factor()).isEqualTo(Rational.ONE);
    assertThat(unit("mM").unit().dimension()).isEqualTo(unit("mol/m^3").unit().dimension());
    assertThat(unit("mmol/L").unit()).isEqualTo(unit("mM").unit());
    assertThat(unit("μm").unit().factor()).isEqualTo(Rational.of(1, 1_000_000));
  }

  @Test
  void celsiusIsAffineAndOnlyAlone() {
    assertThat(unit("degC").unit().toSi(Rational.of(37))).isEqualTo(Rational.of(31015, 100));
    assertThat(unit("(degC)").ok()).isTrue();
  }

  @Test
  void nonUnitsAreRefusedWithAReason() {
    assertThat(unit("furlong").error()).contains("unknown unit 'furlong'");
    assertThat(unit("m^x").error()).contains("whole number");
    assertThat(unit("m^99").error()).contains("whole number");
    assertThat(unit("m + s").error()).contains("product or quotient");
    assertThat(unit("-1/m").ok()).isFalse();
  }
}

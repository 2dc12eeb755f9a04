package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GivenValueTest {
  @Test
  void valuesInTheNotationsOfTheDocs() {
    assertThat(GivenValue.parse("310.15K").si()).isEqualTo(Rational.of(new BigDecimal("310.15")));
    assertThat(GivenValue.parse("37degC").si()).isEqualTo(Rational.of(new BigDecimal("310.15")));
    assertThat(GivenValue.parse("140mM").si()).isEqualTo(Rational.of(140));
    assertThat(GivenValue.parse("5mmol/L").si()).isEqualTo(Rational.of(5));
    assertThat(GivenValue.parse("1.602176634e-19C").si())
        .isEqualTo(PhysicalConstant.ELEMENTARY_CHARGE.siValue());
    assertThat(GivenValue.parse("2").dimension().isNone()).isTrue();
  }

  @Test
  void aConstantByNameIsExact() {
    GivenValue e = GivenValue.parse("e");
    assertThat(e.constant()).isEqualTo(PhysicalConstant.ELEMENTARY_CHARGE);
    assertThat(e.si()).isEqualTo(Rational.of(new BigDecimal("1.602176634e-19")));
    assertThat(PhysicalConstant.named("R").siValue())
        .isEqualTo(Rational.of(new BigDecimal("6.02214076e23")).times(Rational.of(new BigDecimal("1.380649e-23"))));
  }

  @Test
  void nonValuesAreRefused() {
    assertThatThrownBy(() -> GivenValue.parse("abc")).hasMessageContaining("is not a value");
    assertThatThrownBy(() -> GivenValue.parse("1e999999999K")).hasMessageContaining("is not a value");
    assertThatThrownBy(() -> GivenValue.parse("3 m +")).hasMessageContaining("is not a unit");
  }
}

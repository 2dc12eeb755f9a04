package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dimension error is a check failure: exit 1, with its position and both dimensions, in text and JSON. */
class CheckWithUnitsTest {
  @Test
  void consistentFilePasses() {
    Cli r = Cli.run("check", Cli.resource("nernst.deriv"));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
  }

  @Test
  void dimensionSlipExitsOneAtItsPositionWithBothDimensions() {
    String file = Cli.resource("nernst_slip.deriv");
    Cli r = Cli.run("check", file);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":11:11: error: dimension mismatch: the left side is kg·m²·s⁻³·A⁻¹ (V), "
        + "but this is kg·m²·s⁻¹·A");
  }

  @Test
  void jsonReportsTheDimensionDiagnosticAndExitCodeOne() {
    Cli r = Cli.run("check", "--format", "json", Cli.resource("nernst_slip.deriv"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("\"code\": \"dimension\"").contains("\"line\": 11").contains("\"exitCode\": 1");
  }
}

package deriv.units;

import static deriv.units.UnitFiles.diagnostics;
import static deriv.units.UnitFiles.dimensionErrors;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exponents linear in a count N (docs/units.md): families of N particles, products over them and powers to N. Each
 * rule is shown both ways: the consistent statement passes, a wrong exponent is reported with both dimensions.
 */
class SymbolicExponentsTest {
  private static final String PARTICLES = """
      let N : natural [1]
      let x[1..N] : R^3 [m]
      let p[1..N] : R^3 [kg*m/s]
      let a : positive [m]
      let L : positive [m]
      let β : positive [1/J]
      let m : positive [kg]
      """;
  /** Lines of PARTICLES plus the derivation line: the first statement after it is on this line. */
  private static final int NEXT = 9;

  @Test
  void theMeasureOfAFamilyOfR3IsMToTheThreeN() {
    assertThat(diagnostics(PARTICLES + "postulate v: int(x, 1) = L^(3*N)")).isEmpty();
    List<Diagnostic> d = dimensionErrors(PARTICLES + "postulate v: int(x, 1) = L^N");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).span().line()).isEqualTo(NEXT);
    assertThat(d.get(0).message()).contains("m^(3N)").contains("m^(N)");
  }

  @Test
  void phaseSpaceOfTwoFamiliesAddsTheirExponents() {
    assertThat(diagnostics(PARTICLES + "postulate v: int(x, p, 1) = (L*m*(1/(β*m))^(1/2))^(3*N)")).isEmpty();
    List<Diagnostic> d = dimensionErrors(PARTICLES + "postulate v: int(x, p, 1) = L^(3*N)");
    assertThat(d.get(0).message()).contains("kg^(3N)·m^(6N)·s^(-3N)").contains("m^(3N)");
  }

  @Test
  void aProductOverTheParticlesRaisesToTheCount() {
    assertThat(diagnostics(PARTICLES + "postulate v: prod(j=1..N, |x[j]|) = a^N\n"
        + "postulate w: prod(j=1..N, j != 1, a) = a^(N - 1)\npostulate u: prod(j=2..N, a)*a = a^N")).isEmpty();
    List<Diagnostic> d = dimensionErrors(PARTICLES + "postulate v: prod(j=1..N, j != 1, a) = a^N");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("m^(-1 + N)").contains("m^(N)");
  }

  @Test
  void z1ToTheNHasTheDimensionOfZ() {
    String defs = "def Z_1 := int(r in R^3 [m], u in R^3 [kg*m/s], exp(-β*|u|^2/(2*m)))\n"
        + "def Z := int(x, p, exp(-β*sum(j=1..N, |p[j]|^2/(2*m))))\n";
    assertThat(diagnostics(PARTICLES + defs + "postulate f: Z = Z_1^N\npostulate g: Z = prod(j=1..N, Z_1)"))
        .isEmpty();
    List<Diagnostic> d = dimensionErrors(PARTICLES + defs + "postulate f: Z = Z_1^(N + 1)");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).span().line()).isEqualTo(NEXT + 2);
    assertThat(d.get(0).message()).contains("kg^(3N)·m^(6N)·s^(-3N)").contains("kg^(3 + 3N)");
  }

  @Test
  void aPowerToARealOrAProductOfCountsIsReportedWhereItIs() {
    String decl = PARTICLES + "let y : real [1]\nlet M : natural [1]\n";
    List<Diagnostic> real = dimensionErrors(decl + "postulate v: a^y = a");
    assertThat(real).hasSize(1);
    assertThat(real.get(0).span().column()).isEqualTo(14);
    assertThat(dimensionErrors(decl + "postulate v: (a^N)^M = a")).extracting(Diagnostic::message)
        .anyMatch(msg -> msg.contains("not a product of counts"));
    // A summation index is bound inside the expression: it is not a count.
    assertThat(dimensionErrors(decl + "postulate v: sum(j=1..N, a^j) = a")).extracting(Diagnostic::message)
        .anyMatch(msg -> msg.contains("count such as N"));
  }

  @Test
  void countsAreComparedAsLinearForms() {
    assertThat(diagnostics(PARTICLES + "postulate v: a^(2*N - N + 1) = a*prod(j=1..N, a)")).isEmpty();
    assertThat(dimensionErrors(PARTICLES + "postulate v: a^(2*N) = a^N")).hasSize(1);
  }
}

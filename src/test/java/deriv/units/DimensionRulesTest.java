package deriv.units;

import static deriv.units.UnitFiles.diagnostics;
import static deriv.units.UnitFiles.dimensionErrors;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of docs/units.md: the consistent form passes, the slip is reported where it is. */
class DimensionRulesTest {
  private static final String NERNST = """
      let k_B : positive [J/K] = boltzmann
      let T : positive [K]
      let q : real [C], q != 0
      let n_1, n_2 : positive [1/m^3]
      let V_1, V_2 : real [V]
      def ΔV := V_2 - V_1
      postulate p: n_1/n_2 = exp(q*ΔV/(k_B*T))
      claim c: ln(n_1/n_2) = q*ΔV/(k_B*T) from p by log
      """;

  @Test
  void consistentNernstHasNoDiagnostics() {
    assertThat(diagnostics(NERNST + "goal ΔV = k_B*T/q*ln(n_1/n_2)")).isEmpty();
  }

  @Test
  void goalWithProductInsteadOfQuotientNamesPositionAndBothDimensions() {
    List<Diagnostic> d = dimensionErrors(NERNST + "goal ΔV = k_B*T*q*ln(n_1/n_2)");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).code()).isEqualTo("dimension");
    assertThat(d.get(0).span().line()).isEqualTo(10);
    assertThat(d.get(0).span().column()).isEqualTo(11);
    assertThat(d.get(0).message()).contains("kg·m²·s⁻³·A⁻¹ (V)").contains("kg·m²·s⁻¹·A");
  }

  @Test
  void logarithmOfDimensionfulArgumentIsReportedAtTheArgument() {
    List<Diagnostic> d = dimensionErrors(NERNST + "goal ΔV = k_B*T/q*ln(n_1)");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).span().column()).isEqualTo(22);
    assertThat(d.get(0).message()).contains("argument of ln").contains("m⁻³");
  }

  @Test
  void exponentialAndTrigonometricArgumentsMustBeDimensionless() {
    String decl = "let x : real [m]\nlet k : positive [1/m]\n";
    assertThat(diagnostics(decl + "postulate p: exp(k*x) = sin(k*x) + cos(k*x) + tan(k*x)")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: exp(x) = sin(k) + 1");
    assertThat(d).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("argument of exp") && m.contains(" m"))
        .anyMatch(m -> m.contains("argument of sin") && m.contains("m⁻¹"));
  }

  @Test
  void termsOfASumMustHaveOneDimension() {
    String decl = "let x, y : real [m]\nlet t : positive [s]\n";
    assertThat(diagnostics(decl + "postulate p: x + y = y - x")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: x + t = y");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("sum").contains("m and s");
    assertThat(d.get(0).span().column()).isEqualTo(14);
  }

  @Test
  void rationalPowersOfDimensionfulBasesAreFineRealOnesAreNot() {
    String decl = "let A : positive [m^2]\nlet L : positive [m]\nlet n : integer [1]\nlet z : positive [1]\n"
        + "let y : real [1]\n";
    assertThat(diagnostics(decl + "postulate p: sqrt(A) = L\npostulate r: A^(1/2) = L^(3/3)\npostulate s: z^y = 1"))
        .isEmpty();
    assertThat(dimensionErrors(decl + "postulate p: sqrt(A) = A")).hasSize(1);
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: L^y = L");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("constant rational power").contains("count");
    assertThat(d.get(0).span().column()).isEqualTo(14);
  }

  @Test
  void anIntegralMultipliesByItsMeasure() {
    String decl = "let n : R^3 [m] -> R [1/m^3]\nlet N : positive [1]\nlet x : R^3 [m]\nlet t : real [s]\n";
    assertThat(diagnostics(decl + "postulate p: int(y in R^3 [m], n(y)) = N\n"
        + "postulate r: int(s in R [s], n(x)) = t*n(x)")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: int(y in R^3 [m], n(y)) = n(x)");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("the left side is dimensionless").contains("m⁻³");
  }

  @Test
  void deltaHasTheInverseDimensionOfItsArgumentCubedForAPointOfR3() {
    String decl = "let x : R^3 [m]\nlet t_0 : real [s]\n";
    assertThat(diagnostics(decl + "postulate p: int(y in R^3 [m], delta(y - x)) = 1\n"
        + "postulate r: int(t in R [s], δ(t - t_0)) = 1")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: int(y in R^3 [m], delta(|y - x|)) = 1");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("m²");
  }

  @Test
  void sumsOverParticlesKeepTheTermsDimensionProductsNeedACount() {
    String decl = "let N : natural [1]\nlet x[1..N] : R^3 [m]\nlet a : positive [m]\nlet w : positive [1]\n"
        + "let y : integer [1]\n";
    assertThat(diagnostics(decl + "postulate p: sum(j=1..N, |x[j]|) = N*a\n"
        + "postulate r: prod(j=1..3, a) = a^3\npostulate s: prod(j=1..N, w) = w^N\n"
        + "postulate u: prod(j=1..3, j != 2, a) = a^2\npostulate v: prod(j=1..y, w) = w")).isEmpty();
    // a value outside the range leaves nothing out: three factors (it was counted as two)
    assertThat(diagnostics(decl + "postulate o: prod(j=1..3, j != 7, a) = a^3")).isEmpty();
    assertThat(dimensionErrors(decl + "postulate o: prod(j=1..3, j != 7, a) = a^2")).hasSize(1);
    assertThat(dimensionErrors(decl + "postulate p: sum(j=1..N, |x[j]|) = N")).hasSize(1);
    // a real bound is no count at all: the resolver refuses it (sums and products run over the integers)
    deriv.syntax.Parsing.Result parsed = deriv.syntax.Parsing.parse("t.deriv",
        "derivation t\n" + decl + "let r : real [1]\npostulate p: prod(j=1..r, a) = a\n");
    List<Diagnostic> d = deriv.resolve.Resolver.resolve(parsed.file().derivations().get(0)).diagnostics();
    assertThat(d).extracting(Diagnostic::message).anyMatch(m -> m.contains("run over the integers"));
  }

  @Test
  void aDefinitionsNameGetsTheDimensionOfItsBody() {
    String decl = "let m : positive [kg]\nlet c : positive [m/s]\nlet E_0 : positive [J]\ndef E := m*c^2\n";
    assertThat(diagnostics(decl + "postulate p: E = E_0")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "def p := m*c\npostulate r: E = p");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("kg·m²·s⁻² (J)").contains("kg·m·s⁻¹");
  }

  @Test
  void aDefinitionWithADimensionErrorIsReportedOnceNotAsMissingAUnit() {
    String decl = "let x : real [m]\nlet t : positive [s]\ndef s := x + t\n";
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: s = x\npostulate r: s*s = t");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).span().line()).isEqualTo(4);
  }

  @Test
  void everyLinkOfAChainHasTheClaimsDimension() {
    String decl = "let x, y : real [m]\nlet t : positive [s]\n";
    List<Diagnostic> d = dimensionErrors(decl + "claim c:\n  x + y\n    = y + x by algebra\n    = t by algebra");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).span().line()).isEqualTo(7);
  }

  @Test
  void functionArgumentsMustHaveTheDeclaredUnits() {
    String decl = "let V : R^3 [m] -> R [V]\nlet x : R^3 [m]\nlet t : real [s]\nlet U : real [V]\n";
    assertThat(diagnostics(decl + "postulate p: V(x) = U")).isEmpty();
    List<Diagnostic> d = dimensionErrors(decl + "postulate p: V(t*x) = U");
    assertThat(d.get(0).message()).contains("argument 1 of V");
  }

  @Test
  void conditionsCompareLikeDimensionsAndZeroFitsAny() {
    String decl = "let T, T_0 : positive [K]\nlet q : real [C], q != 0\n";
    assertThat(diagnostics(decl + "assume T > T_0, T >= 0")).isEmpty();
    assertThat(dimensionErrors(decl + "assume T > q")).hasSize(1);
  }

  @Test
  void aConstantMustHaveTheDeclaredDimension() {
    List<Diagnostic> d = dimensionErrors("let k_B : positive [J] = boltzmann\nlet E : real [J]\npostulate p: E = k_B");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("boltzmann").contains("K⁻¹");
  }

  @Test
  void aSymbolWithoutUnitInAFileWithUnitsIsAFileError() {
    List<Diagnostic> d = diagnostics("let x : real [m]\nlet y : real\npostulate p: x = y + y");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).code()).isEqualTo("missing-unit");
    assertThat(Units.isCheckFailure(d.get(0))).isFalse();
    assertThat(d.get(0).span().column()).isEqualTo(18);
  }

  @Test
  void anUnknownUnitOrConstantIsAFileError() {
    assertThat(diagnostics("let x : real [furlong]\npostulate p: x = x"))
        .extracting(Diagnostic::code).containsExactly("unit");
    assertThat(diagnostics("let x : real [m] = planck_length\npostulate p: x = x"))
        .extracting(Diagnostic::code).containsExactly("unit");
  }

  @Test
  void aFileWithoutUnitsIsNotChecked() {
    assertThat(diagnostics("let x, t : real\npostulate p: x + t = exp(x)")).isEmpty();
  }
}

package deriv.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own derivations: all declare units, all are consistent, and the Nernst file evaluates. */
class RealDerivationsTest {
  private static final Path NERNST = Path.of("derivations/nernst.deriv");
  private static final String GOAL = "goal ΔV ≈ k_B*T/q*ln(n_1/n_2)";

  @Test
  void everyDerivationDeclaresUnitsAndHasNoUnitDiagnostic() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("derivations"))) {
      files = walk.filter(p -> p.toString().endsWith(".deriv") && !p.toString().contains("broken")).toList();
    }
    assertThat(files).contains(NERNST).hasSizeGreaterThan(8);
    for (Path f : files) {
      Parsing.Result parsed = Parsing.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      assertThat(parsed.diagnostics()).as(f + " parses").isEmpty();
      assertThat(Units.declaresUnits(parsed.file())).as(f + " declares units").isTrue();
      assertThat(Units.check(parsed.file())).as(f + " is dimensionally consistent").isEmpty();
    }
  }

  @Test
  void theRealNernstFileEvaluatesToTheExactConstantsValue() {
    Cli r = Cli.run("eval", NERNST.toString(), "--at", "T=310.15K", "--at", "n_1=140mM", "--at", "n_2=5mM",
        "--at", "q=e");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // k_B·T/e·ln(140/5), from the SI's exact values, not from deriv's tables.
    BigDecimal kB = new BigDecimal("1.380649e-23");
    BigDecimal e = new BigDecimal("1.602176634e-19");
    double volts = kB.multiply(new BigDecimal("310.15")).divide(e, MathContext.DECIMAL128).doubleValue()
        * Math.log(140.0 / 5.0);
    Matcher m = Pattern.compile("ΔV = (-?[0-9.]+) mV").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Double.parseDouble(m.group(1))).isCloseTo(volts * 1000, within(0.01));
  }

  @Test
  void aSlipInTheRealNernstFileExitsOneAtTheGoalWithBothDimensions(@TempDir Path dir) throws IOException {
    String text = Files.readString(NERNST, StandardCharsets.UTF_8);
    assertThat(text).contains(GOAL);
    Path slip = dir.resolve("nernst_slip.deriv");
    Files.writeString(slip, text.replace(GOAL, "goal ΔV ≈ k_B*T*q*ln(n_1/n_2)"), StandardCharsets.UTF_8);
    int line = (int) text.substring(0, text.indexOf(GOAL)).chars().filter(c -> c == '\n').count() + 1;

    Cli r = Cli.run("check", "--no-cache", slip.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(slip + ":" + line + ":11: error: dimension mismatch: the left side is "
        + "kg·m²·s⁻³·A⁻¹ (V), but this is kg·m²·s⁻¹·A");
    assertThat(r.out().lines().filter(l -> l.contains("error: dimension"))).hasSize(1);
  }

  @Test
  void theRealNernstFileMeasuresPhaseSpaceWithSymbolicExponents() throws IOException {
    // Z = ∫dx dp e^(−βH) over N particles: (J·s)^(3N); a wrong power of Z_1 is caught against it.
    String text = Files.readString(NERNST, StandardCharsets.UTF_8).replace("= Z_1^N ", "= Z_1^(N+1) ");
    List<Diagnostic> d = Units.check(Parsing.parse("n.deriv", text).file());
    assertThat(d).hasSize(1);
    assertThat(d.get(0).message()).contains("kg^(3N)·m^(6N)·s^(-3N)").contains("kg^(3 + 3N)");
  }
}

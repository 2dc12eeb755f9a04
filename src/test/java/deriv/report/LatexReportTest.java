package deriv.report;

import org.junit.jupiter.api.Test;

class LatexReportTest {
  @Test
  void passingDerivationMatchesGolden() {
    Golden.assertMatches("completing_square.tex", new LatexReport().write(Samples.passing()));
  }

  @Test
  void failingDerivationMatchesGolden() {
    Golden.assertMatches("boltzmann.tex", new LatexReport().write(Samples.failing()));
  }

  @Test
  void brokenFileMatchesGolden() {
    Golden.assertMatches("broken.tex", new LatexReport().write(Samples.broken()));
  }
}

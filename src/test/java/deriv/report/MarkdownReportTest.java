package deriv.report;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void passingDerivationMatchesGolden() {
    Golden.assertMatches("completing_square.md", new MarkdownReport().write(Samples.passing()));
  }

  @Test
  void failingDerivationMatchesGolden() {
    Golden.assertMatches("boltzmann.md", new MarkdownReport().write(Samples.failing()));
  }

  @Test
  void brokenFileMatchesGolden() {
    Golden.assertMatches("broken.md", new MarkdownReport().write(Samples.broken()));
  }
}

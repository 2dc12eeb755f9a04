package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {
  @Test
  void passingRunPrintsNothing() {
    assertThat(new GithubAnnotations().write(Samples.run(false, Samples.passing()))).isEmpty();
    Golden.assertMatches("passing.github.txt", new GithubAnnotations().write(Samples.run(false, Samples.passing())));
  }

  @Test
  void failingRunMatchesGolden() {
    Golden.assertMatches("failing.github.txt",
        new GithubAnnotations().write(Samples.run(false, Samples.broken(), Samples.failing())));
  }

  @Test
  void escapesAsTheToolkitDoes() {
    assertThat(GithubAnnotations.message("100% a\r\nb: c, d")).isEqualTo("100%25 a%0D%0Ab: c, d");
    assertThat(GithubAnnotations.property("100% a\r\nb: c, d")).isEqualTo("100%25 a%0D%0Ab%3A c%2C d");
  }

  @Test
  void everyAnnotationIsOneLine() {
    String out = new GithubAnnotations().write(Samples.run(true, Samples.failing(), Hostile.file()));
    assertThat(out.lines()).allMatch(l -> l.matches("::(error|warning) file=[^,:]+,line=\\d+,endLine=\\d+,col=\\d+,"
        + "endColumn=\\d+,title=[^,:]+::.*"));
  }
}

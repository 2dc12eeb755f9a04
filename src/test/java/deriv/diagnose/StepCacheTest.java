package deriv.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.check.StepCache;
import deriv.check.StepResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Watch mode's incremental part: an edit re-decides only the steps whose obligation changed. */
class StepCacheTest {
  private static final Options OPTIONS = new Options(deriv.kernel.Limits.DEFAULT, false);
  private static final String V1 = """
      derivation w "watched"
      let a, b : real
      claim c:
        (a + b)^2
          = (a + b)*(a + b)      by algebra
          = a^2 + 2*a*b + b^2    by algebra
      claim d: a*b = b*a
      goal a*b = b*a
      """;

  private final StepCache cache = new StepCache(deriv.cache.ObligationKey::describe);

  private FileResult check(String text) {
    return new Checker(OPTIONS, SourceLoader.NONE, cache).checkText("w.deriv", text);
  }

  private static List<String> verdicts(FileResult r) {
    return r.derivations().get(0).steps().stream().map(s -> s.name() + " " + s.status().label()).toList();
  }

  @Test
  void unchangedStepsAreReusedAndChangedOnesDecided() {
    FileResult first = check(V1);
    assertThat(cache.misses()).isEqualTo(3);
    assertThat(cache.hits()).isZero();

    // one link edited (and made wrong), a comment and a blank line added, the rest moved down: c.2 is new, and so
    // is d, whose facts (c, now not established) changed; c.1 is reused
    String v2 = V1.replace("= a^2 + 2*a*b + b^2    by algebra", "= a^2 + a*b + b^2  by algebra  # oops")
        .replace("claim d:", "\nclaim d:");
    FileResult second = check(v2);
    assertThat(cache.misses()).isEqualTo(5);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(verdicts(second)).containsExactly("c.1 proved", "c.2 failed", "d proved");
    assertThat(second.derivations().get(0).steps().get(1).hints()).extracting(Hint::kind)
        .containsExactly("missing-term");

    // only layout changed: every outcome is reused, at its current position
    FileResult third = check(V1.replace("claim d:", "\nclaim d:"));
    assertThat(cache.misses()).isEqualTo(5);
    assertThat(cache.hits()).isEqualTo(4);
    StepResult reused = third.derivations().get(0).steps().get(2);
    assertThat(reused.span().line()).as("reused outcome, current position").isEqualTo(8);
    assertThat(reused.verdict()).isSameAs(first.derivations().get(0).steps().get(2).verdict());
  }

  @Test
  void aChangedDeclarationChangesTheContextSoStepsAreDecidedAgain() {
    check(V1);
    check(V1.replace("let a, b : real", "let a, b : positive"));
    assertThat(cache.misses()).isEqualTo(6);
    assertThat(cache.hits()).isZero();
  }

  @Test
  void withoutACacheNothingIsRemembered() {
    Checker plain = new Checker(OPTIONS);
    plain.checkText("w.deriv", V1);
    assertThat(cache.misses() + cache.hits()).isZero();
  }
}

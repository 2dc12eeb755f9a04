package deriv.check;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import deriv.kernel.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13: the kernel's "for every value of" beside a point is printed as a phrase, never as "of=int(…)". */
class CounterexampleTest {
  private static Map<String, String> point() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("N", "2");
    m.put("q", "-4");
    m.put("for every value of", "int(r in R^3, exp(-V(r)))");
    return m;
  }

  @Test
  void aPhraseIsFollowedByItsValueAndANameByEquals() {
    assertThat(Counterexample.describe(point())).isEqualTo("N = 2, q = -4, for every value of int(r in R^3, exp(-V(r)))");
  }

  @Test
  void aPointTheKernelQuotedWholeIsRewrittenInTheMessageAndTrace() {
    Map<String, String> p = point();
    Verdict v = Verdict.of(Status.FAILED, "algebra", "false: at " + p + " lhs − rhs is not 0", "r", p,
        List.of("numeric refutation: " + p)).usingFact("law");
    Verdict readable = Counterexample.readable(v);
    assertThat(readable.message()).isEqualTo(
        "false: at {N=2, q=-4, for every value of int(r in R^3, exp(-V(r)))} lhs − rhs is not 0");
    assertThat(readable.trace()).containsExactly(
        "numeric refutation: {N=2, q=-4, for every value of int(r in R^3, exp(-V(r)))}");
    assertThat(readable.counterexample()).isEqualTo(p);
    assertThat(readable.usedFacts()).containsExactly("law");
    assertThat(readable.status()).isEqualTo(Status.FAILED);
  }

  @Test
  void aPointOfNamesOnlyIsLeftAsTheKernelWroteIt() {
    Verdict v = Verdict.of(Status.FAILED, "algebra", "false: the sides differ at {a=1}", null, Map.of("a", "1"),
        List.of());
    assertThat(Counterexample.readable(v)).isSameAs(v);
  }
}

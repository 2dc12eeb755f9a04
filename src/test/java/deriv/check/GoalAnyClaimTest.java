package deriv.check;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.cli.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issues 11 and 13: a goal is reached by an established claim that is the goal as written, even when it is not the
 * last claim (a check of the solution may come after the derivation). An unestablished claim, or a postulate, never
 * reaches it.
 */
class GoalAnyClaimTest {
  private static GoalResult goal(String... lines) {
    FileResult r = TestSupport.check(String.join("\n", lines) + "\n");
    assertThat(r.diagnostics()).isEmpty();
    return r.derivations().get(0).goal();
  }

  @Test
  void anEarlierEstablishedClaimReachesTheGoal() {
    GoalResult g = goal("derivation d",
        "  let x : positive",
        "  postulate p: x^2 = 4",
        "  claim root: x = 2 from p by solve(x)",
        "  claim after: (x + 1)^2 = x^2 + 2*x + 1",
        "  goal x = 2");
    // solve needs a linear premise: x^2 = 4 is not, so the goal must not be reached through 'root' either
    assertThat(g.reached()).isFalse();
    GoalResult h = goal("derivation d",
        "  let x : positive",
        "  postulate p: 2*x = 4",
        "  claim root: x = 2 from p by solve(x)",
        "  claim after: (x + 1)^2 = x^2 + 2*x + 1",
        "  goal 2 = x");
    assertThat(h.reached()).isTrue();
    assertThat(h.verdict().message()).contains("x = 2");
    assertThat(h.restsOn()).extracting(deriv.kernel.Evidence::name).containsExactly("p");
  }

  @Test
  void anUnestablishedClaimOrAPostulateDoesNot() {
    GoalResult g = goal("derivation d",
        "  let x : positive",
        "  claim wrong: (x + 1)^2 = x^2 + 1",
        "  claim after: (x + 1)^2 = x^2 + 2*x + 1",
        "  goal (x + 1)^2 = x^2 + 1");
    assertThat(g.reached()).isFalse();
    GoalResult p = goal("derivation d",
        "  let x : positive",
        "  postulate p: x = 2",
        "  claim after: (x + 1)^2 = x^2 + 2*x + 1",
        "  goal x = 2");
    assertThat(p.reached()).isFalse();
  }
}

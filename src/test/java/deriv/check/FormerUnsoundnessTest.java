package deriv.check;

import static deriv.cli.TestSupport.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Derivations of false equations that an earlier version accepted (every step proved, goal reached, exit 0): a
 * branch error of Symja under real assumptions, facts instantiated where they are undefined or with non-real values,
 * and postulates read as laws for every value of their symbols. Each must now be rejected.
 */
class FormerUnsoundnessTest {
  /** The run must not pass: some step not proved/assumed, or the goal not reached. */
  private static void rejected(String text) {
    FileResult r = check(text);
    assertThat(r.diagnostics()).isEmpty();
    boolean passes = r.derivations().stream().allMatch(d -> d.goal() != null && d.goal().reached()
        && d.steps().stream().allMatch(s -> Options.DEFAULT.acceptable(s.status())));
    assertThat(passes).as("a false goal is accepted").isFalse();
  }

  @Test
  void squareRootOfAProductOfReals() {
    rejected("""
        derivation minus_one "1 = -1"
          let x, y : real
          claim s: sqrt(x*y) = sqrt(x)*sqrt(y)
          claim w: 1 = -1 from s[x := -1, y := -1]
          goal 1 = -1
        """);
    rejected("""
        derivation t "t"
          let x, y : real
          claim s: sqrt(x*y) = sqrt(x)*sqrt(y)
          goal 1 = 1
        """);
  }

  @Test
  void instantiationAtAPoleOneEqualsZero() {
    rejected("""
        derivation zero "1 = 0"
          let x : real
          claim a: x/x = 1
          claim z: 0*x = 0
          claim bad: 1 = 0/0 by a
            = 0 by z
          goal 1 = 0
        """);
    rejected("""
        derivation zero "0/0 = 1"
          let x : real
          claim a: x/x = 1
          claim c: 0/0 = 1 from a[x := 0]
          goal 0/0 = 1
        """);
  }

  @Test
  void instantiationWithANonRealValue() {
    rejected("""
        derivation imag "-1 = 1"
          let x : real
          claim r: sqrt(x^2) = |x|
          claim bad: sqrt(-1) = sqrt(sqrt(-1)^2)
            = |sqrt(-1)| by r
            = 1
          claim worse: -1 = sqrt(-1)^2
            = 1^2 by bad
            = 1
          goal -1 = 1
        """);
  }

  @Test
  void postulateRelatingTwoQuantities() {
    rejected("""
        derivation conv "Fahrenheit"
          let C, Fa : real
          postulate conv : Fa = 9/5*C + 32
          claim at1: 32 = 9/5*1 + 32 from conv[C := 1, Fa := 32]
          goal 0 = 9/5
        """);
  }
}

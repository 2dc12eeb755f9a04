package deriv.kernel.rules;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/** True statements about definite integrals that the rules must prove, written as a textbook writes them. */
class DefiniteIntegralTest {
  private static FileResult run(String declarations, String claims, String goal) {
    String text = "derivation t \"definite\"\n" + declarations.lines().map(l -> "  " + l + "\n")
        .reduce("", String::concat) + claims.lines().map(l -> "  " + l + "\n").reduce("", String::concat)
        + "  goal " + goal + "\n";
    return check(text);
  }

  private static void proved(FileResult r, String... names) {
    for (String name : names) {
      assertThat(step(r, name).status()).as(name + ": " + step(r, name).verdict().message())
          .isEqualTo(Status.PROVED);
    }
    assertThat(r.derivations().get(0).goal().reached()).isTrue();
  }

  @Test
  void aPolynomial() {
    proved(run("", "claim c: int(x in 0..1, x^2) = 1/3 by ftc(x^3/3)", "int(x in 0..1, x^2) = 1/3"), "c");
    proved(run("", "claim c: ∫(x in 0..1, x^2) = 1/3 by ftc(x^3/3)", "∫(x in 0..1, x^2) = 1/3"), "c");
  }

  @Test
  void aPoleOutsideTheIntervalIsNoObstacle() {
    // x + 1 ≠ 0 on [-3, -2]: linear in x and negative at both ends
    proved(run("", "claim c: int(x in -3..-2, 1/(x + 1)) = ln(1) - ln(2) by ftc(ln(-(x + 1)))",
        "int(x in -3..-2, 1/(x + 1)) = ln(1) - ln(2)"), "c");
  }

  @Test
  void clausiusClapeyronIntegrated() {
    proved(run("let T_1, T_2, L, R : positive\nassume T_1 <= T_2",
        "claim c: int(T in T_1..T_2, L/(R*T^2)) = L/R*(1/T_1 - 1/T_2) by ftc(-L/(R*T))",
        "int(T in T_1..T_2, L/(R*T^2)) = L/R*(1/T_1 - 1/T_2)"), "c");
  }

  @Test
  void anExponentialProfile() {
    proved(run("let k, L : positive",
        "claim c: int(x in 0..L, exp(-k*x)) = (1 - exp(-k*L))/k by ftc(-exp(-k*x)/k)",
        "int(x in 0..L, exp(-k*x)) = (1 - exp(-k*L))/k"), "c");
  }

  @Test
  void overTheCosinesOfASphere() {
    proved(run("let a : positive",
        "claim c: int(c in -1..1, exp(a*c)) = (exp(a) - exp(-a))/a by ftc(exp(a*c)/a)",
        "int(c in -1..1, exp(a*c)) = (exp(a) - exp(-a))/a"), "c");
  }

  @Test
  void aChainFromTheIntegralToItsValue() {
    proved(run("let b : positive",
        "claim c: int(x in 0..b, 2*x + 1)\n  = b^2 + b - 0 by ftc(x^2 + x)\n  = b*(b + 1) by algebra",
        "int(x in 0..b, 2*x + 1) = b*(b + 1)"), "c.1", "c.2");
  }

  @Test
  void twoIntegralsInOneLinkWithTwoAntiderivatives() {
    proved(run("", "claim s: int(x in 0..1, 3*x^2 + 2*x) = 3*int(x in 0..1, x^2) + 2*int(x in 0..1, x) by linearity\n"
        + "  = 3*(1/3) + 2*(1/2) by ftc(x^3/3, x^2/2)\n  = 2", "int(x in 0..1, 3*x^2 + 2*x) = 2"), "s.1", "s.2", "s.3");
  }

  @Test
  void aSubstitutionEitherWayRound() {
    proved(run("", "claim c: int(t in 0..1, 2*t*exp(t^2)) = int(u in 0..1, exp(u)) by substitution(t^2)",
        "int(t in 0..1, 2*t*exp(t^2)) = int(u in 0..1, exp(u))"), "c");
    proved(run("", "claim c: int(u in 0..1, exp(u)) = int(t in 0..1, 2*t*exp(t^2)) by substitution(t^2)",
        "int(u in 0..1, exp(u)) = int(t in 0..1, 2*t*exp(t^2))"), "c");
    // a decreasing substitution: u = 1 - t maps [0, 1] onto [1, 0]
    proved(run("", "claim c: int(t in 0..1, -(1 - t)^2) = int(u in 1..0, u^2) by substitution(1 - t)",
        "int(t in 0..1, -(1 - t)^2) = int(u in 1..0, u^2)"), "c");
  }

  @Test
  void integrationByParts() {
    proved(run("", "claim c: int(x in 0..1, x*exp(x)) = (1*exp(1) - 0*exp(0)) - int(x in 0..1, exp(x)) "
        + "by parts(x, exp(x))", "int(x in 0..1, x*exp(x)) = exp(1) - int(x in 0..1, exp(x))"), "c");
  }

  @Test
  void linearityAndRenaming() {
    proved(run("let b : positive",
        "claim c: int(t in 0..b, 3*t^2 + 2*t) = 3*int(t in 0..b, t^2) + 2*int(s in 0..b, s) by linearity",
        "int(t in 0..b, 3*t^2 + 2*t) = 3*int(t in 0..b, t^2) + 2*int(s in 0..b, s)"), "c");
    proved(run("let b : positive", "claim c: int(t in 0..b, t^2) = int(s in 0..b, s^2)",
        "int(t in 0..b, t^2) = int(s in 0..b, s^2)"), "c");
  }
}

package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A refutable postulate fails, for the reason the kernel found; a consistent one is assumed. Each refutation below
 * was an attack that was assumed (and then gave a false goal); each consistent postulate guards against refuting
 * too much (a false *failed* is a defect too).
 */
class RefutationTest {
  private static final String DECLARATIONS = """
      derivation r
        let n, m : integer
        let x, y, a, b : real
      """;

  private static void refuted(String postulate, String why) {
    FileResult r = check(DECLARATIONS + "  postulate p: " + postulate + "\n  goal 1 = 1\n");
    assertThat(step(r, "p").status()).as(postulate).isEqualTo(Status.FAILED);
    assertThat(step(r, "p").verdict().message()).as(postulate).startsWith("refuted postulate").contains(why);
  }

  private static void assumed(String statements) {
    FileResult r = check(DECLARATIONS + statements + "  goal 1 = 1\n");
    r.derivations().get(0).steps().forEach(s -> assertThat(s.status()).as(s.name()).isEqualTo(Status.ASSUMED));
  }

  @Test
  void integerPolynomialsWithoutIntegerSolutions() {
    refuted("2*n = 3", "no solution in integers n");
    refuted("n^2 = 2", "none modulo 3");
    refuted("n^2 + n = 2*m + 1", "none modulo 2");
    refuted("n/2 + m/3 = 1/7", "no solution in integers n, m");
  }

  @Test
  void signsSeenThroughSquaresAndSines() {
    refuted("x^2 + 2*x*y + y^2 = -1", "lhs − rhs > 0");
    refuted("sin(x) = 2", "lhs − rhs < 0");
    refuted("3*cos(x) - sin(x)/2 = 4", "lhs − rhs < 0");
  }

  @Test
  void lawsWhoseInstancesContradict() {
    FileResult zero = check(DECLARATIONS + "  postulate L(u): u*a = 1\n  goal 1 = 1\n");
    assertThat(step(zero, "L").verdict().message()).contains("its instance at parameters 0 is false");
    FileResult system = check(DECLARATIONS + "  postulate L(u): u^2 = a*u\n  goal 1 = 1\n");
    assertThat(step(system, "L").status()).isEqualTo(Status.FAILED);
    assertThat(step(system, "L").verdict().message()).contains("instances at parameters 0, 1, 2 and 3 cannot all hold");
  }

  @Test
  void postulatesThatContradictEarlierOnes() {
    FileResult r = check(DECLARATIONS + "  postulate a1: x = 1\n  postulate a2: x = 2\n  goal 1 = 1\n");
    assertThat(step(r, "a1").status()).isEqualTo(Status.ASSUMED);
    assertThat(step(r, "a2").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "a2").verdict().message()).contains("with the earlier postulate x = 1");
  }

  @Test
  void consistentPostulatesStayAssumed() {
    assumed("""
          postulate p1: n^2 + m^2 = 25
          postulate p2: n^3 = 27
          postulate p3: n*m = 6
          postulate p4: x^2 - 2*x*y + y^2 = 0
          postulate p5: x^2 + 1 = 2
          postulate L1(u): u*a = u*b
          postulate L2(u): u^2 + a*u = u^2 + b*u
          postulate p6: 3*cos(x) = 3
          postulate p7: n/2 + m/3 = 1/6
          postulate p8: sin(x) - 1 = 0
        """);
  }
}

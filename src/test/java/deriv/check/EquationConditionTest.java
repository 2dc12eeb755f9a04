package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/** Conditions that are equations give a declared variable its value; true claims about it are proved. */
class EquationConditionTest {
  private static void proved(String text, String claim) {
    FileResult r = check(text);
    assertThat(r.diagnostics()).as("diagnostics").isEmpty();
    assertThat(step(r, claim).status()).as(step(r, claim).verdict().message()).isEqualTo(Status.PROVED);
    assertThat(r.derivations().get(0).goal().reached()).isTrue();
  }

  @Test
  void zeroInMetres() {
    proved("""
        derivation d
          let L : positive [m]
          let z_0 : real [m], z_0 = 0
          claim e: exp(z_0/L) = 1
          goal exp(z_0/L) = 1
        """, "e");
  }

  @Test
  void anIntegerThatIsTwiceAnIntegerIsEven() {
    proved("""
        derivation d
          let k : integer
          let n : integer, n = 2*k
          claim e: (-1)^n = 1
          goal (-1)^n = 1
        """, "e");
  }

  @Test
  void aPositiveValueDivides() {
    proved("""
        derivation d
          let a : positive
          let m : positive, m = 2*a
          claim e: m/a = 2
          goal m/a = 2
        """, "e");
  }

  @Test
  void assumeGivesAValueLater() {
    proved("""
        derivation d
          let a, b : positive
          assume a = b^2
          claim e: sqrt(a) = b
          goal sqrt(a) = b
        """, "e");
  }
}

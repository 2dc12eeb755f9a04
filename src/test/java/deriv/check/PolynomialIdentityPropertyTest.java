package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random polynomial identities — a power of a sum against its multinomial expansion — are proved; the same with one
 * coefficient changed by ±1 is failed. Seeded, so a failure replays.
 */
class PolynomialIdentityPropertyTest {
  private static final String[] VARS = {"a", "b", "c"};

  @Test
  void expansionsAreProvedAndPerturbedExpansionsFail() {
    Random random = new Random(7L);
    for (int k = 0; k < 16; k++) {
      int vars = 2 + random.nextInt(2);
      int n = 2 + random.nextInt(vars == 2 ? 7 : 4);
      int[] weights = new int[vars];
      for (int i = 0; i < vars; i++) {
        weights[i] = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(3));
      }
      List<Term> terms = expansion(weights, n);
      String power = power(weights, n);
      int changed = random.nextInt(terms.size());
      String exact = sum(terms, -1, 0);
      String perturbed = sum(terms, changed, random.nextBoolean() ? 1 : -1);

      var result = check(derivation("let a, b, c : real",
          "claim exact: " + power + " = " + exact, "claim perturbed: " + power + " = " + perturbed));
      assertThat(status(result, "exact")).as(power + " = " + exact).isEqualTo(Status.PROVED);
      assertThat(status(result, "perturbed")).as(power + " = " + perturbed).isEqualTo(Status.FAILED);
    }
  }

  /** A monomial coefficient * a^i * b^j * c^k. */
  private record Term(BigInteger coefficient, int[] exponents) {}

  /** (w0*a + w1*b + …)^n, multiplied out term by term. */
  private static List<Term> expansion(int[] weights, int n) {
    List<Term> out = new ArrayList<>();
    collect(weights, n, 0, new int[weights.length], out);
    return out;
  }

  private static void collect(int[] w, int left, int var, int[] exps, List<Term> out) {
    if (var == w.length - 1) {
      exps[var] = left;
      BigInteger coefficient = multinomial(exps);
      for (int i = 0; i < w.length; i++) {
        coefficient = coefficient.multiply(BigInteger.valueOf(w[i]).pow(exps[i]));
      }
      out.add(new Term(coefficient, exps.clone()));
      return;
    }
    for (int e = left; e >= 0; e--) {
      exps[var] = e;
      collect(w, left - e, var + 1, exps, out);
    }
  }

  private static BigInteger multinomial(int[] exps) {
    int n = 0;
    BigInteger denominator = BigInteger.ONE;
    for (int e : exps) {
      n += e;
      denominator = denominator.multiply(factorial(e));
    }
    return factorial(n).divide(denominator);
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  private static String power(int[] w, int n) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < w.length; i++) {
      s.append(i == 0 ? "" : " + ").append('(').append(w[i]).append(")*").append(VARS[i]);
    }
    return s.append(")^").append(n).toString();
  }

  /** The sum of the terms, with the coefficient of term {@code changed} shifted by {@code delta}. */
  private static String sum(List<Term> terms, int changed, int delta) {
    StringBuilder s = new StringBuilder();
    for (int t = 0; t < terms.size(); t++) {
      BigInteger c = terms.get(t).coefficient().add(BigInteger.valueOf(t == changed ? delta : 0));
      s.append(t == 0 ? "" : " + ").append('(').append(c).append(')');
      int[] e = terms.get(t).exponents();
      for (int i = 0; i < e.length; i++) {
        if (e[i] > 0) {
          s.append('*').append(VARS[i]).append('^').append(e[i]);
        }
      }
    }
    return s.toString();
  }
}

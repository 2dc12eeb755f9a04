package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {
  private final Var x = scalar("x");
  private final Var y = scalar("y");
  private final Var j = integer("j");
  private final Var n = integer("N");

  @Test
  void showUsesTheSurfaceSyntax() {
    Var kB = scalar("k_B");
    Var t = scalar("T");
    Var q = scalar("q");
    Var n1 = scalar("n_1");
    Var n2 = scalar("n_2");
    assertThat(show(times(kB, t, pow(q, num(-1)), log(div(n1, n2))))).isEqualTo("k_B*T/q*ln(n_1/n_2)");
    assertThat(show(minus(x, times(num(2), y)))).isEqualTo("x - 2*y");
    assertThat(show(sq(plus(x, y)))).isEqualTo("(x + y)^2");
    assertThat(show(pow(x, num(-2)))).isEqualTo("1/x^2");
    assertThat(show(sum(j, num(1), n, new Index(family("x"), j)))).isEqualTo("sum(j=1..N, x[j])");
    Var yv = vector("y");
    assertThat(show(integral(yv, norm(yv)))).isEqualTo("int(y in R^3, |y|)");
    assertThat(show(delta(minus(x, y)))).isEqualTo("δ(x - y)");
    // a definite integral as a textbook writes it: bounds of more than one character in braces
    assertThat(show(new DefiniteIntegral(x, num(0), num(1), sq(x)))).isEqualTo("∫_0^1 x^2 dx");
    assertThat(show(new DefiniteIntegral(x, neg(y), y, plus(x, num(1))))).isEqualTo("∫_{-y}^y (x + 1) dx");
    assertThat(show(sq(new DefiniteIntegral(x, num(0), y, x)))).isEqualTo("(∫_0^y x dx)^2");
    assertThat(show(neg(x))).isEqualTo("-x");
    assertThat(show(times(x, plus(x, num(1))))).isEqualTo("x*(x + 1)");
  }

  @Test
  void freeVariablesSkipBoundOnes() {
    Term s = sum(j, num(1), n, times(x, j));
    assertThat(freeVars(s)).containsExactly(n, x);
    assertThat(occurs(j, s)).isFalse();
    assertThat(occurs(x, s)).isTrue();
  }

  @Test
  void substitutionDoesNotCapture() {
    Term s = sum(j, num(1), n, times(x, j));
    Term r = substitute(s, Map.of(x, j)); // x := j must not become the bound j
    assertThat(r).isInstanceOf(BigOp.class);
    BigOp b = (BigOp) r;
    assertThat(b.index()).isNotEqualTo(j);
    assertThat(freeVars(r)).contains(j);
    // the bound index is not substituted
    assertThat(substitute(s, Map.of(j, num(5)))).isEqualTo(s);
  }

  @Test
  void alphaEquivalenceIgnoresBoundNamesOnly() {
    Var k = integer("k");
    assertThat(alphaEquivalent(sum(j, num(1), n, times(x, j)), sum(k, num(1), n, times(x, k)))).isTrue();
    assertThat(alphaEquivalent(sum(j, num(1), n, times(x, j)), sum(k, num(1), n, times(y, k)))).isFalse();
    assertThat(alphaEquivalent(sum(j, num(1), n, times(x, j)), sum(k, num(1), n, times(x, j)))).isFalse();
  }

  @Test
  void unfoldReplacesConstantsAndBetaReducesFunctions() {
    Var c = scalar("c");
    Var f = function("f");
    Var u = scalar("u");
    Context ctx = Context.empty()
        .withDefinition(new Definition(c, List.of(), plus(x, num(1))))
        .withDefinition(new Definition(f, List.of(u), times(u, c)));
    assertThat(unfold(apply(f, y), ctx)).isEqualTo(times(y, plus(x, num(1))));
  }

  @Test
  void cyclicDefinitionsAreRejected() {
    Var c = scalar("c");
    Context ctx = Context.empty().withDefinition(new Definition(c, List.of(), plus(c, num(1))));
    assertThatThrownBy(() -> unfold(c, ctx)).isInstanceOf(IllegalStateException.class);
  }
}

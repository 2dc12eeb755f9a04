package deriv.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.resolve.Resolved;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same file gives the same output in every run: the order of a hash set of terms (the order facts and conditions
 * are tried, an instance's bindings named) must not depend on the run. An enum's hash is its identity, different in
 * every JVM, so the terms that hold one hash it by ordinal; and Map.copyOf's iteration order is salted per run, so a
 * fact's bindings keep the order they were written in (`boltzmann_ratio[y_2 := h_2, y_1 := h_1]` once came out).
 */
class StableHashTest {
  private static final Var X = new Var(7, "x", Sort.SCALAR);

  @Test
  void termsHashTheSameInEveryRun() {
    // constants: an identity hash in any component would make these differ between runs
    assertThat(X.hashCode()).isEqualTo(10_447);
    Term sinX = new Op(Head.SIN, List.of(X));
    assertThat(sinX.hashCode()).isEqualTo(10_695);
    assertThat(new Condition(Condition.Relation.GREATER, X, Num.ZERO).hashCode())
        .isEqualTo((31 * 2 + X.hashCode()) * 31 + Num.ZERO.hashCode());
    assertThat(new BigOp(BigOp.Kind.SUM, X, Num.ZERO, Num.ONE, null, X).hashCode())
        .isEqualTo(java.util.Objects.hash(0, X, Num.ZERO, Num.ONE, null, X));
    assertThat(new Context.Codomain(X, Condition.Relation.GREATER).hashCode()).isEqualTo(31 * X.hashCode() + 2);
    assertThat(new Family(X, Num.ZERO, Num.ONE, Sort.SCALAR).hashCode())
        .isEqualTo(java.util.Objects.hash(X, Num.ZERO, Num.ONE, Sort.SCALAR.ordinal()));
  }

  @Test
  void aFactsBindingsKeepTheirWrittenOrder() {
    Map<Var, Term> written = new LinkedHashMap<>();
    for (int i = 12; i > 0; i--) {
      written.put(new Var(i, "y_" + i, Sort.SCALAR), Num.of(i));
    }
    Resolved.FactUse use = new Resolved.FactUse("law", written, Span.NONE);
    assertThat(new ArrayList<>(use.bindings().keySet())).containsExactlyElementsOf(written.keySet());
  }
}

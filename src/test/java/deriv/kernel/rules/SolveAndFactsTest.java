package deriv.kernel.rules;

import static deriv.kernel.Terms.*;
import static deriv.kernel.rules.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Condition;
import deriv.kernel.Condition.Relation;
import deriv.kernel.Context;
import deriv.kernel.Fact;
import deriv.kernel.Kernel;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolveAndFactsTest {
  private final Fixture f = new Fixture();

  @Test
  void solvesForAnAtomicTermHiddenInADefinition() {
    Var v2 = var("V_2", Sort.SCALAR);
    Var q = var("q", Sort.SCALAR);
    Context ctx = define(f.ctx.with(q).withCondition(new Condition(Relation.NOT_EQUAL, q, num(0))), v2,
        f.v(f.w));
    // premise: c = q*(V(y) − V_2); so V_2 = V(y) − c/q
    Fact premise = new Fact("h", f.c, times(q, minus(f.v(f.y), v2)), true);
    Term solution = minus(f.v(f.y), div(f.c, q));
    assertThat(derived(v2, solution, "solve", List.of(v2), ctx, premise)).isEqualTo(Status.PROVED);
    assertThat(derived(v2, plus(f.v(f.y), div(f.c, q)), "solve", List.of(v2), ctx, premise))
        .isNotEqualTo(Status.PROVED);
  }

  @Test
  void coefficientMustBeProvedNonzero() {
    Var q = var("q", Sort.SCALAR); // real, maybe 0
    Fact premise = new Fact("h", f.c, times(q, f.v(f.w)), true);
    assertThat(derived(f.v(f.w), div(f.c, q), "solve", List.of(f.v(f.w)), f.ctx.with(q), premise))
        .isNotEqualTo(Status.PROVED);
  }

  @Test
  void nonAtomicTermIsRefused() {
    Fact premise = new Fact("h", f.c, plus(f.a, f.b), true);
    assertThat(derived(plus(f.a, f.b), f.c, "solve", List.of(plus(f.a, f.b)), f.ctx, premise))
        .isNotEqualTo(Status.PROVED);
  }

  @Test
  void factAboutAConditionedIndexAppliesInsideASumOverThatRange() {
    Var j = var("j", Sort.INTEGER);
    Context ctx = f.ctx.with(j).withCondition(new Condition(Relation.GREATER_EQUAL, j, num(1)))
        .withCondition(new Condition(Relation.LESS_EQUAL, j, f.n));
    Var w = var("W", Sort.FUNCTION);
    Fact meanField = new Fact("mean", apply(w, member(f.x, j)), f.v(member(f.x, j)), true);
    Var i = var("i", Sort.INTEGER);
    Term lhs = sum(i, num(1), f.n, apply(w, member(f.x, i)));
    Term rhs = sum(i, num(1), f.n, f.v(member(f.x, i)));
    assertThat(link(lhs, rhs, "mean", ctx.with(w), meanField)).isEqualTo(Status.PROVED);
    Term wider = sum(i, num(0), f.n, apply(w, member(f.x, i)));
    Term widerRhs = sum(i, num(0), f.n, f.v(member(f.x, i)));
    assertThat(link(wider, widerRhs, "mean", ctx.with(w), meanField)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void factAboutAConditionedVariableIsNotUsedUnderAnIntegralOverIt() {
    Var s = var("s", Sort.SCALAR);
    Context ctx = f.ctx.with(s).withCondition(Fixture.positive(s));
    Fact h = new Fact("h", abs(s), s, true); // true for the declared s > 0 only
    Term lhs = integral(List.of(s), times(abs(s), exp(neg(pow(s, num(2))))));
    Term rhs = integral(List.of(s), times(s, exp(neg(pow(s, num(2))))));
    assertThat(link(lhs, rhs, "h", ctx, h)).isNotEqualTo(Status.PROVED);
  }

  @Test
  void anIntegerVariableTakesOnlyIntegerValues() {
    Var k = var("k", Sort.INTEGER);
    Fact h = new Fact("h", k, k, true);
    assertThat(Kernel.instantiate(h, Map.of(k, num(1, 2)), f.ctx.with(k)).established()).isFalse();
    assertThat(Kernel.instantiate(h, Map.of(k, num(3)), f.ctx.with(k)).established()).isTrue();
  }
}

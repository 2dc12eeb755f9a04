package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Condition.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sums, products, integrals: Symja's Sum/Product, opaque atoms and their merging. */
class BinderTest {
  private final Var n = integer("N");
  private final Var c = scalar("c");
  private final Var b = scalar("b");
  private final Context ctx = reals(n, c, b).withCondition(ge(n, num(1)));

  @Test
  void closedFormsAreTheKernelRulesNotSymjas() {
    // algebra alone sees the sum as an opaque atom: at most tested
    Var j = integer("j");
    assertThat(decide(sum(j, num(1), n, c), times(c, n), ctx).status()).isEqualTo(Status.TESTED);
    assertThat(link(sum(j, num(1), n, c), times(c, n), ctx).status()).isEqualTo(Status.PROVED);
    assertThat(link(sum(j, num(1), n, c), times(c, plus(n, num(1))), ctx).status()).isEqualTo(Status.FAILED);
    assertThat(link(prod(j, num(1), n, c), pow(c, n), ctx).status()).isEqualTo(Status.PROVED);
  }

  @Test
  void closedFormsNeedANonNegativeRangeLength() {
    // for N = -2 the sum is empty (0) but c*N = -2c: without N >= 0 the closed form must not be used
    Var j = integer("j");
    Context unbounded = reals(n, c);
    Verdict v = link(sum(j, num(1), n, c), times(c, n), unbounded);
    assertThat(v.status()).isNotEqualTo(Status.PROVED);
    assertThat(v.message()).contains("the range is empty");
    assertThat(link(sum(j, num(1), n, c), times(c, n), reals(n, c).withCondition(ge(n, num(0)))).status())
        .isEqualTo(Status.PROVED);
  }

  private static Verdict link(Term lhs, Term rhs, Context ctx) {
    return Kernel.checkLink(lhs, rhs, null, List.of(), List.of(), ctx, deriv.kernel.Limits.DEFAULT);
  }

  @Test
  void sumLeavingOneOutIsTestedNotProved() {
    Var j = integer("j");
    Var i = integer("i");
    Context withI = ctx.with(i, ge(i, num(1)), new Condition(Relation.LESS_EQUAL, i, n));
    Term s = new BigOp(BigOp.Kind.SUM, j, num(1), n, i, c);
    Verdict right = decide(s, times(c, minus(n, num(1))), withI);
    assertThat(right.status()).isEqualTo(Status.TESTED);
    Verdict wrong = decide(s, times(c, n), withI);
    assertThat(wrong.status()).isEqualTo(Status.FAILED);
  }

  @Test
  void productsWithProvablyEqualBodiesAreMerged() {
    Var a = family("a");
    Var cc = family("c");
    Var j = integer("j");
    Var k = integer("k");
    Term lhs = prod(j, num(1), n, times(exp(neg(times(b, new Index(a, j)))), exp(neg(times(b, new Index(cc, j))))));
    Term rhs = prod(k, num(1), n, exp(neg(times(b, plus(new Index(a, k), new Index(cc, k))))));
    Verdict v = decide(lhs, rhs, ctx);
    assertThat(v.status()).isEqualTo(Status.PROVED);
    assertThat(v.trace()).anyMatch(l -> l.startsWith("provably equal binders merged"));
    // a different body is not merged
    Term other = prod(k, num(1), n, exp(neg(times(b, plus(new Index(a, k), times(num(2), new Index(cc, k)))))));
    assertThat(decide(lhs, other, ctx).status()).isNotEqualTo(Status.PROVED);
  }

  @Test
  void integralsEqualUpToBoundNamesAreTheSameAtom() {
    Var f = function("f");
    Var y = vector("y");
    Var z = vector("z");
    assertThat(decide(integral(y, apply(f, y)), integral(z, apply(f, z)), ctx).status()).isEqualTo(Status.PROVED);
    Verdict different = decide(integral(y, apply(f, y)), integral(z, times(num(2), apply(f, z))), ctx);
    assertThat(different.status()).isEqualTo(Status.UNKNOWN); // integrals are never evaluated
    // but linear combinations of one atom are algebra
    Term i = integral(y, apply(f, y));
    assertThat(decide(plus(i, i), times(num(2), integral(z, apply(f, z))), ctx).status())
        .isEqualTo(Status.PROVED);
  }

  @Test
  void integralsWithProvablyEqualBodiesAreMerged() {
    Var x = scalar("x");
    Var y = scalar("y");
    Term lhs = integral(x, times(exp(neg(sq(x))), exp(neg(times(b, x)))));
    Term rhs = integral(y, exp(neg(plus(sq(y), times(b, y)))));
    assertThat(decide(lhs, rhs, ctx).status()).isEqualTo(Status.PROVED);
  }

  @Test
  void anAtomDependsOnTheVariablesFreeInIt() {
    // were the integral a constant symbol, d/dx of it would be 0 and the sum would be N times one term
    Var x = scalar("x");
    Var y = scalar("y");
    Var j = integer("j");
    Term gauss = integral(y, exp(neg(times(x, sq(y)))));
    Context cx = ctx.with(x).withCondition(positive(x));
    assertThat(decide(op(Head.DIFF, gauss, x), num(0), cx).status()).isNotEqualTo(Status.PROVED);
    Term inner = integral(y, exp(neg(times(j, sq(y)))));
    Term once = integral(y, exp(neg(sq(y))));
    assertThat(decide(sum(j, num(1), n, inner), times(n, once), ctx).status()).isNotEqualTo(Status.PROVED);
  }

  @Test
  void deltasAndNormsAreOpaqueButNormsAreNonNegative() {
    Var p = vector("p");
    Term np = norm(p);
    assertThat(decide(sqrt(sq(np)), np, ctx.with(p)).status()).isEqualTo(Status.PROVED);
    assertThat(Signs.isNonNegative(np, ctx)).isTrue();
    Term d = delta(p);
    assertThat(decide(plus(d, d), times(num(2), d), ctx.with(p)).status()).isEqualTo(Status.PROVED);
    assertThat(decide(d, num(0), ctx.with(p)).status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void integralVariablesCanBeSeveral() {
    Var f = function("f");
    Var y1 = vector("y1");
    Var y2 = vector("y2");
    Var z1 = vector("z1");
    Var z2 = vector("z2");
    Term lhs = new Integral(List.of(y1, y2), apply(f, y1, y2));
    Term same = new Integral(List.of(z1, z2), apply(f, z1, z2));
    Term swapped = new Integral(List.of(z1, z2), apply(f, z2, z1));
    assertThat(decide(lhs, same, ctx).status()).isEqualTo(Status.PROVED);
    assertThat(decide(lhs, swapped, ctx).status()).isNotEqualTo(Status.PROVED);
  }
}

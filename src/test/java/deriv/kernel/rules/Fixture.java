package deriv.kernel.rules;

import static deriv.kernel.Terms.num;

import deriv.kernel.BigOp;
import deriv.kernel.Condition;
import deriv.kernel.Condition.Relation;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Fact;
import deriv.kernel.Family;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Kernel;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small model for rule tests: N ≥ 1 particles with positions x[1..N] and momenta p[1..N] in R³, positive a, b, a
 * real c of unknown sign, a potential V, points y, w, and builders for the terms the rules work on.
 */
final class Fixture {
  private static final AtomicInteger IDS = new AtomicInteger(50_000);
  static final deriv.kernel.Limits LIMIT = deriv.kernel.Limits.DEFAULT;

  final Var n = var("N", Sort.INTEGER);
  final Var a = var("a", Sort.SCALAR);
  final Var b = var("b", Sort.SCALAR);
  final Var c = var("c", Sort.SCALAR);
  final Var x = var("x", Sort.FAMILY);
  final Var p = var("p", Sort.FAMILY);
  final Var v = var("V", Sort.FUNCTION);
  final Var y = var("y", Sort.VECTOR);
  final Var w = var("w", Sort.VECTOR);
  final Context ctx;

  Fixture() {
    ctx = Context.empty().with(n).with(a).with(b).with(c).with(v).with(y).with(w)
        .withCondition(new Condition(Relation.GREATER_EQUAL, n, num(1)))
        .withCondition(positive(a)).withCondition(positive(b))
        .withFamily(new Family(x, num(1), n, Sort.VECTOR)).withFamily(new Family(p, num(1), n, Sort.VECTOR));
  }

  static Var var(String name, Sort sort) {
    return new Var(IDS.incrementAndGet(), name, sort);
  }

  static Condition positive(Term t) {
    return new Condition(Relation.GREATER, t, num(0));
  }

  static Term sum(Var j, Term lo, Term hi, Term body) {
    return new BigOp(BigOp.Kind.SUM, j, lo, hi, null, body);
  }

  static Term prod(Var j, Term lo, Term hi, Term body) {
    return new BigOp(BigOp.Kind.PRODUCT, j, lo, hi, null, body);
  }

  static Term prodExcept(Var j, Term lo, Term hi, Term except, Term body) {
    return new BigOp(BigOp.Kind.PRODUCT, j, lo, hi, except, body);
  }

  static Term integral(List<Var> vars, Term body) {
    return new Integral(vars, body);
  }

  static Term norm2(Term vector) {
    return Terms.pow(Terms.op(Head.NORM, vector), num(2));
  }

  static Term delta(Term t) {
    return Terms.op(Head.DELTA, t);
  }

  static Term pi() {
    return Terms.op(Head.PI);
  }

  static Term member(Var family, Term index) {
    return new Index(family, index);
  }

  Term v(Term point) {
    return Terms.apply(v, point);
  }

  /** The context with a definition added. */
  static Context define(Context ctx, Var name, Term body) {
    return ctx.withDefinition(new Definition(name, List.of(), body));
  }

  /** What the rule does at the root of {@code t} (null: not applicable). */
  static Rewrite rewrite(Rule rule, Term t, Context ctx) {
    Rewrite[] out = new Rewrite[1];
    Prover.run(LIMIT, pr -> {
      out[0] = rule.rewrite(t, ctx, pr);
      return Verdict.assumed("test", "probe");
    });
    return out[0];
  }

  /** The kernel's verdict on the link {@code lhs = rhs} justified by {@code rule}. */
  static Status link(Term lhs, Term rhs, String rule, Context ctx, Fact... facts) {
    return Kernel.checkLink(lhs, rhs, rule, List.of(), List.of(facts), ctx, LIMIT).status();
  }

  static Status derived(Term lhs, Term rhs, String rule, List<Term> args, Context ctx, Fact... premises) {
    return Kernel.checkDerived(lhs, rhs, rule, args, List.of(premises), ctx, LIMIT).status();
  }
}

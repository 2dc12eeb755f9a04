package deriv.kernel;

import static deriv.kernel.Terms.num;

import deriv.kernel.Condition.Relation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Terse term builders for tests. */
final class K {
  private static final AtomicInteger IDS = new AtomicInteger(1000);

  private K() {}

  static Var scalar(String name) {
    return new Var(IDS.incrementAndGet(), name, Sort.SCALAR);
  }

  static Var integer(String name) {
    return new Var(IDS.incrementAndGet(), name, Sort.INTEGER);
  }

  static Var vector(String name) {
    return new Var(IDS.incrementAndGet(), name, Sort.VECTOR);
  }

  static Var function(String name) {
    return new Var(IDS.incrementAndGet(), name, Sort.FUNCTION);
  }

  static Var family(String name) {
    return new Var(IDS.incrementAndGet(), name, Sort.FAMILY);
  }

  static Context reals(Var... vs) {
    Context c = Context.empty();
    for (Var v : vs) {
      c = c.with(v);
    }
    return c;
  }

  static Condition gt(Term a, Term b) {
    return new Condition(Relation.GREATER, a, b);
  }

  static Condition ge(Term a, Term b) {
    return new Condition(Relation.GREATER_EQUAL, a, b);
  }

  static Condition ne(Term a, Term b) {
    return new Condition(Relation.NOT_EQUAL, a, b);
  }

  static Condition positive(Term a) {
    return gt(a, num(0));
  }

  static Term sq(Term a) {
    return Terms.pow(a, num(2));
  }

  static Term sum(Var j, Term lo, Term hi, Term body) {
    return new BigOp(BigOp.Kind.SUM, j, lo, hi, null, body);
  }

  static Term prod(Var j, Term lo, Term hi, Term body) {
    return new BigOp(BigOp.Kind.PRODUCT, j, lo, hi, null, body);
  }

  static Term integral(Var y, Term body) {
    return new Integral(List.of(y), body);
  }

  static Term norm(Term v) {
    return Terms.op(Head.NORM, v);
  }

  static Term delta(Term v) {
    return Terms.op(Head.DELTA, v);
  }

  static Verdict decide(Term lhs, Term rhs, Context ctx) {
    return Prover.run(deriv.kernel.Limits.DEFAULT, p -> Algebra.decide(lhs, rhs, ctx, p));
  }
}

package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.BigOp;
import deriv.kernel.Condition;
import deriv.kernel.Condition.Relation;
import deriv.kernel.Context;
import deriv.kernel.Family;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.ArrayList;
import java.util.List;

/** Facts about the index ranges of sums, products and families, each proved or reported as not shown. */
final class Ranges {
  private Ranges() {}

  /** Equal as written or provably equal. */
  static boolean same(Term a, Term b, Context ctx, Prover p) {
    return Terms.alphaEquivalent(a, b) || Algebra.provablyEqual(a, b, ctx, p);
  }

  /** The range lo..hi of {@code b} (without a left-out value) is exactly the family's declared range. */
  static boolean coversFamily(BigOp b, Family f, Context ctx, Prover p) {
    return !b.hasExcept() && same(b.lo(), f.lo(), ctx, p) && same(b.hi(), f.hi(), ctx, p);
  }

  /** {@code k} is an integer with lo ≤ k ≤ hi, proved under the context. */
  static boolean inRange(Term k, Term lo, Term hi, Context ctx, Prover p) {
    return Dependence.isInteger(k) && proves(new Condition(Relation.LESS_EQUAL, lo, k), ctx, p)
        && proves(new Condition(Relation.LESS_EQUAL, k, hi), ctx, p);
  }

  /**
   * The number of index values of {@code b}, when it is proved: hi − lo + 1 if lo ≤ hi + 1 (a range may be empty,
   * never "negative"), and hi − lo if the left-out value lies in lo..hi. Null when not proved.
   */
  static Term count(BigOp b, Context ctx, Prover p) {
    if (!Dependence.isInteger(b.lo()) && !isIntegerValued(b.lo(), ctx)
        || !Dependence.isInteger(b.hi()) && !isIntegerValued(b.hi(), ctx)) {
      return null;
    }
    if (b.hasExcept()) {
      return inRange(b.except(), b.lo(), b.hi(), ctx, p) ? plainCount(b.hi(), b.lo(), true) : null;
    }
    return notNegative(b.lo(), b.hi(), ctx, p) ? plainCount(b.hi(), b.lo(), false) : null;
  }

  /**
   * lo ≤ hi + 1 is proved: the range lo..hi has hi − lo + 1 ≥ 0 values (it may be empty, but is not "negative", where
   * closed forms such as n·c and c^n go wrong). By the sign analysis of hi − lo + 1, or by Symja under the context.
   */
  static boolean notNegative(Term lo, Term hi, Context ctx, Prover p) {
    Term slack = Terms.plus(hi, Terms.neg(lo), Num.ONE);
    return deriv.kernel.Signs.isNonNegative(slack, ctx)
        || proves(new Condition(Relation.LESS_EQUAL, lo, Terms.plus(hi, Num.ONE)), ctx, p)
        || proves(new Condition(Relation.GREATER_EQUAL, slack, Num.ZERO), ctx, p);
  }

  /** hi + 1 − lo (− 1), written plainly when lo is 1: N rather than N + 1 − 1. */
  private static Term plainCount(Term hi, Term lo, boolean except) {
    if (lo.equals(Num.ONE)) {
      return except ? Terms.plus(hi, Num.MINUS_ONE) : hi;
    }
    List<Term> parts = new ArrayList<>(List.of(hi, Num.ONE, Terms.neg(lo)));
    if (except) {
      parts.add(Num.MINUS_ONE);
    }
    return Terms.plus(parts);
  }

  private static boolean isIntegerValued(Term t, Context ctx) {
    return Dependence.isInteger(Terms.unfold(t, ctx));
  }

  /** A condition stated in the context (as written) or proved by Symja under it. */
  static boolean proves(Condition c, Context ctx, Prover p) {
    Condition flipped = new Condition(c.relation().flipped(), c.right(), c.left());
    for (Condition known : ctx.conditions()) {
      if (same(known, c) || same(known, flipped)) {
        return true;
      }
    }
    return p.symja().provesCondition(c, ctx);
  }

  private static boolean same(Condition a, Condition b) {
    return a.relation() == b.relation() && Terms.alphaEquivalent(a.left(), b.left())
        && Terms.alphaEquivalent(a.right(), b.right());
  }


  static String show(BigOp b) {
    return Terms.show(b.lo()) + ".." + Terms.show(b.hi()) + (b.hasExcept() ? " except " + Terms.show(b.except())
        : "");
  }
}

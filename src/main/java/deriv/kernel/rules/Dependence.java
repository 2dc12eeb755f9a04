package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Signs;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.Collection;
import java.util.Set;

/**
 * What a term depends on. Defined constants are macros over the declared variables ({@code P := exp(-β*H)/Z}
 * depends on the families x and p although the symbol P shows neither), so dependence is always judged on the
 * unfolded term.
 */
final class Dependence {
  private Dependence() {}

  /** True when none of {@code vars} occurs free in {@code t} with every definition unfolded. */
  static boolean freeOf(Term t, Collection<Var> vars, Context ctx) {
    Set<Var> free = Terms.freeVars(Terms.unfold(t, ctx));
    return vars.stream().noneMatch(free::contains);
  }

  static boolean freeOf(Term t, Var v, Context ctx) {
    return freeOf(t, Set.of(v), ctx);
  }

  /** Nonzero as written or with definitions unfolded (a definition is an equation, so both readings agree). */
  static boolean isNonZero(Term t, Context ctx, Prover p) {
    return Signs.isNonZero(flat(t), ctx, p) || Signs.isNonZero(flat(Terms.unfold(t, ctx)), ctx, p);
  }

  /** Positive as written or with definitions unfolded. */
  static boolean isPositive(Term t, Context ctx, Prover p) {
    return Signs.isPositive(flat(t), ctx, p) || Signs.isPositive(flat(Terms.unfold(t, ctx)), ctx, p);
  }

  /** Non-negative with definitions unfolded. */
  static boolean isNonNegative(Term t, Context ctx, Prover p) {
    return Signs.isNonNegative(flat(Terms.unfold(t, ctx)), ctx, p);
  }

  /**
   * Nested sums and products flattened ({@code (a*b)*c} to {@code a*b*c}): the same value, and a shallower term for
   * the sign analysis, which gives up beyond a fixed depth.
   */
  static Term flat(Term t) {
    Term inner = Terms.mapChildren(t, Dependence::flat);
    if (inner instanceof Op o && o.head() == Head.TIMES) {
      return Terms.times(Factors.of(o));
    }
    if (inner instanceof Op o && o.head() == Head.PLUS) {
      return Terms.plus(Factors.summands(o));
    }
    return inner;
  }

  /** True when {@code t} certainly denotes an integer: integer literals, integer variables, sums and products. */
  static boolean isInteger(Term t) {
    return Terms.isIntegerValued(t);
  }

  /** True when some subterm is a Dirac delta. */
  static boolean hasDelta(Term t) {
    return Terms.contains(t, s -> Terms.isOp(s, Head.DELTA));
  }

  /**
   * {@code t} with every occurrence of {@code target} (up to bound names) replaced by {@code by}. Binders that bind a
   * free variable of the target are not entered: an occurrence there means something else. Reading the result as a
   * function of {@code by}, putting {@code by := target} back gives {@code t}, which is what makes abstraction sound.
   */
  static Term replace(Term t, Term target, Term by) {
    if (Terms.alphaEquivalent(t, target)) {
      return by;
    }
    Set<Var> targetVars = Terms.freeVars(target);
    if (Terms.boundHere(t).stream().anyMatch(targetVars::contains)) {
      return t;
    }
    if (!Terms.boundHere(t).isEmpty()) {
      Set<Var> byVars = Terms.freeVars(by);
      if (Terms.boundHere(t).stream().anyMatch(byVars::contains)) {
        return t; // would capture: leave it (the caller's freeness check then fails)
      }
    }
    return Terms.mapChildren(t, c -> replace(c, target, by));
  }

  /** A fresh variable of the given sort, named for messages. */
  static Var fresh(String name, Sort sort) {
    return Terms.fresh(new Var(0, name, sort));
  }

  /** {@code x[j]} for the family x and the index j. */
  static Term member(Var family, Term index) {
    return new Index(family, index);
  }
}

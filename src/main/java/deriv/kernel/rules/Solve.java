package deriv.kernel.rules;

import deriv.kernel.Apply;
import deriv.kernel.Context;
import deriv.kernel.EquationRule;
import deriv.kernel.Head;
import deriv.kernel.Op;
import deriv.kernel.Fact;
import deriv.kernel.Index;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Solving a linear equation: from {@code a = b}, where {@code a − b = c·x + r} with {@code c} free of x and proved
 * nonzero, {@code x = −r/c}; then any equation that holds at x = −r/c follows. x is the rule's argument
 * ({@code by solve(x)}): a variable, or an atomic term such as {@code V(x_2)} or a defined constant whose unfolding
 * is atomic ({@code V_2 := V(x_2)}).
 *
 * <p>Why this is sound for a term x: the definitions that hide x are unfolded first (every name whose full unfolding
 * contains x; the others cannot expose it), then every occurrence of x is replaced by a fresh real s (never inside a
 * binder that binds a variable of x). The premise's difference D is D'(x) for the function D'(s) so obtained,
 * whatever else D' contains — this holds for any set of replaced occurrences, so a missed occurrence could only make
 * the rule fail, never make it prove something false. If D'(s) = c·s + r is proved as an identity
 * in s, with c and r free of s, and c ≠ 0, then D = 0 gives x = −r/c. The claim's difference C is likewise C'(x); if
 * C'(−r/c) = 0 is proved, then C = C'(x) = 0. Nothing assumes x is independent of the other symbols: each step is an
 * identity in s, applied at one value of s.
 */
final class Solve implements EquationRule {
  @Override
  public String name() {
    return "solve";
  }

  @Override
  public String theorem() {
    return "a = b, a − b = c·x + r, c ≠ 0, c and r free of x ⊢ x = −r/c (x a variable or an atomic term)";
  }

  @Override
  public Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p) {
    if (premises.size() != 1) {
      return Premises.wrongCount(name(), 1, premises);
    }
    Term x = args.size() == 1 ? Terms.unfold(args.get(0), ctx) : null;
    if (!isAtomic(x, ctx)) {
      return Premises.notShown(name(), "name what to solve for: `by solve(x)`, a variable or an atomic term "
          + "like V(x_2)", List.of());
    }
    String shown = Terms.show(args.get(0));
    Fact f = premises.get(0);
    Var s = Dependence.fresh("s", Sort.SCALAR);
    Context withS = ctx.with(s);
    Term difference = abstracted(Terms.minus(f.lhs(), f.rhs()), x, s, ctx);
    Term r = Terms.substitute(difference, Map.of(s, Num.ZERO));
    Term read = coefficient(difference, s);
    Term c = read != null ? Dependence.flat(read)
        : Terms.minus(Terms.substitute(difference, Map.of(s, Num.ONE)), r);
    Term linear = Terms.plus(Terms.times(c, s), r);
    if (!Unfolding.provablyEqual(difference, linear, withS, p)) {
      return Premises.notShown(name(), f.name() + " is not linear in " + shown, List.of());
    }
    if (!Dependence.isNonZero(c, ctx, p)) {
      return Premises.notShown(name(), "the coefficient " + Terms.show(c) + " of " + shown
          + " is not proved nonzero", List.of());
    }
    Term solution = Terms.div(Terms.neg(r), c);
    List<String> trace = List.of("premise " + f.name() + ": linear in " + shown + " with coefficient "
        + Terms.show(c) + " ≠ 0 (proved)", "solution: " + shown + " = " + Terms.show(solution));
    // The premise forces x = solution; the claim follows if it holds there, whatever else it says about x.
    Term claim = abstracted(Terms.minus(lhs, rhs), x, s, ctx);
    Term atSolution = Terms.substitute(claim, Map.of(s, solution));
    if (Unfolding.provablyEqual(atSolution, Num.ZERO, ctx, p)) {
      return Verdict.proved(name(), "solved " + f.name() + " for " + shown, trace);
    }
    String simplest = p.symja().residual(solution);
    // At x = solution the premise holds whatever the other values are: where the claim is false there, it is false.
    // Not where a postulate ties a symbol down: with r: x = 6, a point at x = 9/2 is no counterexample.
    // Nor through a premise that is not established: a refused instance says nothing at a point.
    boolean free = f.established() && ctx.conditions().stream().noneMatch(cond ->
        !Terms.replaceSubterm(cond.left(), x, s).equals(cond.left())
        || !Terms.replaceSubterm(cond.right(), x, s).equals(cond.right()))
        && deriv.kernel.Algebra.pointsMaySpeak(lhs, rhs, List.of(f), true, ctx);
    Verdict there = free ? deriv.kernel.Algebra.decide(atSolution, Num.ZERO, ctx, p) : null;
    if (there != null && there.status() == Status.FAILED) {
      return Verdict.of(Status.FAILED, name(), "solving " + f.name() + " gives " + shown + " = " + simplest
          + ", and there the claim is false: " + there.message(), there.residual(), there.counterexample(), trace);
    }
    return Premises.notShown(name(), "the equation does not say " + shown + " = " + simplest,
        trace);
  }

  /** A real variable, a member of a scalar family or a value of an undefined function: one symbol to algebra. */
  private static boolean isAtomic(Term x, Context ctx) {
    if (x instanceof Var v) {
      return v.sort() == Sort.SCALAR || v.sort() == Sort.INTEGER;
    }
    if (x instanceof Index i) {
      return ctx.family(i.family()).filter(f -> f.element() == Sort.SCALAR).isPresent();
    }
    return x instanceof Apply;
  }

  /** {@code t} with the definitions that hide x unfolded, then x replaced by s. */
  private static Term abstracted(Term t, Term x, Var s, Context ctx) {
    Term unfolded = unfoldHiding(t, x, ctx);
    return x instanceof Var v ? Terms.substitute(unfolded, Map.of(v, s)) : Dependence.replace(unfolded, x, s);
  }

  /**
   * {@code t} with every defined name unfolded whose full unfolding contains x; the others are kept (unfolding them
   * could not expose x, and they keep the algebra small).
   */
  private static Term unfoldHiding(Term t, Term x, Context ctx) {
    if (t instanceof Var v && ctx.definition(v).filter(d -> d.params().isEmpty()).isPresent()
        && mentions(Terms.unfold(v, ctx), x)) {
      return unfoldHiding(ctx.definition(v).get().body(), x, ctx);
    }
    Term inner = Terms.mapChildren(t, c -> unfoldHiding(c, x, ctx));
    if (inner instanceof Apply a && ctx.definition(a.function()).isPresent() && mentions(Terms.unfold(a, ctx), x)) {
      Term once = Unfolding.unfoldOnly(a, java.util.Set.of(a.function()), ctx);
      return once.equals(a) ? a : unfoldHiding(once, x, ctx);
    }
    return inner;
  }

  private static boolean mentions(Term t, Term x) {
    Var probe = Dependence.fresh("probe", Sort.SCALAR);
    return x instanceof Var v ? Terms.occurs(v, t) : !Dependence.replace(t, x, probe).equals(t);
  }

  /**
   * The coefficient of s read off the term's structure (sums, and products with one factor containing s), or null.
   * Only a candidate: the caller proves difference = c·s + r, so a wrong reading cannot prove anything.
   */
  private static Term coefficient(Term t, Var s) {
    if (t.equals(s)) {
      return Num.ONE;
    }
    if (!Terms.occurs(s, t)) {
      return Num.ZERO;
    }
    if (t instanceof Op o && o.head() == Head.PLUS) {
      List<Term> parts = new ArrayList<>();
      for (Term a : o.args()) {
        Term c = coefficient(a, s);
        if (c == null) {
          return null;
        }
        if (!c.equals(Num.ZERO)) {
          parts.add(c);
        }
      }
      return Terms.plus(parts);
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      List<Term> with = o.args().stream().filter(a -> Terms.occurs(s, a)).toList();
      if (with.size() != 1) {
        return null;
      }
      Term inner = coefficient(with.get(0), s);
      if (inner == null) {
        return null;
      }
      List<Term> parts = new ArrayList<>(o.args().stream().filter(a -> !Terms.occurs(s, a)).toList());
      parts.add(inner);
      return Terms.times(parts);
    }
    return null;
  }
}

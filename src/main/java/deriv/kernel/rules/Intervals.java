package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.Apply;
import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.List;
import java.util.Map;


/**
 * The side conditions shared by the rules on definite integrals: ordered bounds, and continuity on the interval.
 *
 * <p>Continuity: deriv's built-in functions (+, ·, powers, exp, ln, √, |·|, trigonometric functions, x!) are
 * continuous wherever they are defined, so an expression built from them is continuous on the interval when every
 * definedness condition that involves the variable is proved there; a declared function is smooth (the convention
 * of docs/rules.md), so continuous wherever its arguments are. A family member, a delta, a norm or a nested binder
 * that depends on the variable is refused: its continuity is not known.
 */
final class Intervals {
  private Intervals() {}

  /**
   * A rule argument written for a definite integral, as an expression in its variable x: the argument's one free
   * real variable that is not declared (the binder's variable the front end resolved it to) becomes x. Whatever is
   * chosen, the rules check everything of the result, so a wrong choice can only make them refuse.
   */
  static Term inVariable(Term arg, Var x, Context ctx) {
    List<Var> candidates = Terms.freeVars(arg).stream()
        .filter(v -> v.sort() == Sort.SCALAR && !v.equals(x) && !ctx.variables().contains(v)).toList();
    Var named = candidates.stream().filter(v -> v.name().equals(x.name())).findFirst()
        .orElse(candidates.size() == 1 ? candidates.get(0) : null);
    return named == null ? arg : Terms.substitute(arg, Map.of(named, (Term) x));
  }

  /** Null when lo ≤ hi is proved (and the bounds do not mention the variable); else why not. */
  static String unordered(DefiniteIntegral d, Context ctx, Prover p) {
    if (d.improper()) {
      return Terms.show(d) + " is improper (a bound is infinite): only ftc, gaussian, even and flip take improper "
          + "integrals";
    }
    if (Terms.occurs(d.var(), d.lo()) || Terms.occurs(d.var(), d.hi())) {
      return "the bounds of " + Terms.show(d) + " mention its variable " + d.var().name();
    }
    if (Algebra.provesOrdered(d.lo(), d.hi(), ctx, p)
        || Algebra.provesOrdered(Terms.unfold(d.lo(), ctx), Terms.unfold(d.hi(), ctx), ctx, p)) {
      return null;
    }
    return "the bounds of " + Terms.show(d) + " are not shown ordered: " + Terms.show(d.lo()) + " ≤ "
        + Terms.show(d.hi()) + " not proved";
  }

  /**
   * Null when {@code t} is continuous on the interval of x that {@code on} states; else why it is not shown.
   * {@code what} names t in the message ("the integrand").
   */
  static String discontinuity(String what, Term t, Var x, Term lo, Term hi, Context on, Prover p) {
    Term opaque = opaqueIn(Terms.unfold(t, on), x);
    String interval = show(lo, hi);
    if (opaque != null) {
      return what + " " + Terms.show(t) + " involves " + Terms.show(opaque) + ", whose continuity on " + interval
          + " deriv does not know";
    }
    String condition = Algebra.undefinedOn(t, x, lo, hi, on, p);
    return condition == null ? null : what + " " + Terms.show(t) + " is not shown defined on " + interval + ": "
        + condition + " not proved";
  }

  /** The interval as a textbook writes it: [a, b], [a, ∞), (-∞, b], (-∞, ∞). */
  static String show(Term lo, Term hi) {
    return (DefiniteIntegral.isMinusInfinity(lo) ? "(" : "[") + Terms.show(lo) + ", " + Terms.show(hi)
        + (DefiniteIntegral.isPlusInfinity(hi) ? ")" : "]");
  }

  /** The first subterm of t that depends on x and whose continuity is not known, or null. */
  private static Term opaqueIn(Term t, Var x) {
    if (!Terms.occurs(x, t)) {
      return null;
    }
    // A declared function is smooth (docs/rules.md, Conventions): continuous wherever its arguments are.
    if (t instanceof Index || t instanceof BigOp || t instanceof Integral
        || t instanceof DefiniteIntegral || Terms.isOp(t, Head.DELTA) || Terms.isOp(t, Head.NORM)) {
      return t;
    }
    for (Term c : Terms.children(t)) {
      Term inner = opaqueIn(c, x);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /** {@code d/dx t}, for the computer algebra to evaluate. */
  static Term derivative(Term t, Var x) {
    return new Op(Head.DIFF, List.of(t, x));
  }

  /**
   * Whether a rule's comparison (dF/dx against f and an integrand against its expected form on the interval, a bound
   * against g(a)) is proved; a quick look at points first, since the rules are tried at every integral of a link,
   * both ways round, and most of those comparisons fail.
   */
  static boolean provedEqualOn(Term a, Term b, Context on, Prover p) {
    return !Algebra.differsGenerically(a, b, on, p) && Algebra.provablyEqual(a, b, on, p);
  }

  /** t with x := value (definitions that mention x unfolded first). */
  static Term at(Term t, Var x, Term value, Context ctx) {
    return Terms.substitute(t, Map.of(x, value), ctx);
  }

  /** The definite integrals in the terms, outermost first, each once. */
  static List<DefiniteIntegral> in(List<Term> terms) {
    java.util.List<DefiniteIntegral> out = new java.util.ArrayList<>();
    for (Term t : terms) {
      collect(t, out);
    }
    return out;
  }

  private static void collect(Term t, List<DefiniteIntegral> out) {
    if (t instanceof DefiniteIntegral d && out.stream().noneMatch(o -> Terms.alphaEquivalent(o, d))) {
      out.add(d);
    }
    Terms.children(t).forEach(c -> collect(c, out));
  }

}

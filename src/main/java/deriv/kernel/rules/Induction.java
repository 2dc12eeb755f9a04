package deriv.kernel.rules;

import deriv.kernel.Algebra;
import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Prover;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import deriv.kernel.symja.ZeroCheck;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A closed form of a sum or product, proved by induction on its upper bound. For a link in which the sum
 * {@code S(n) = Σ_{j=lo..n+c} f(j)} occurs (n an integer variable, c an integer literal, lo and f free of n), the
 * closed form G is read off the link (the link is linear in S), F(k) := G[n := k − c], and the kernel proves, as
 * binder-free algebra for a fresh integer k:
 *
 * <ul>
 *   <li>base: F(lo − 1) = 0 (the empty sum), for a product F(lo − 1) = 1;
 *   <li>step: F(k) − F(k − 1) = f(k), for a product F(k) = F(k − 1)·f(k);
 *   <li>the range is not "negative": lo ≤ n + c + 1 under the context (for n + c &lt; lo − 1 the sum is empty, 0,
 *       while the closed form need not be);
 *   <li>and the link itself with S replaced by G.
 * </ul>
 *
 * <p>Then S(n) = F(n + c) by induction from n + c = lo − 1 upwards, and the link holds.
 */
public final class Induction {
  public static final String NAME = "induction";
  public static final String THEOREM = "Σ_{j=lo..n+c} f(j) = G(n) when G(n)|_{n+c=lo−1} = 0 and "
      + "G|_{n+c=k} − G|_{n+c=k−1} = f(k) for every integer k (Π: = 1 and G_k = G_{k−1}·f(k)); "
      + "n integer, c an integer literal, lo and f free of n, lo ≤ n+c+1";

  private Induction() {}

  /**
   * The link {@code a = b} by the closed form of one sum or product occurring in it; null when no sum or product of
   * that shape occurs. A verdict that is not PROVED says which obligation was not shown.
   */
  public static Verdict prove(Term a, Term b, Context ctx, Prover p) {
    String undefined = Algebra.definednessProblem(a, b, ctx, p);
    if (undefined != null) {
      // a closed form with a pole in the range (n*(n-2)/(n-2)) is not the sum there
      return Verdict.of(Status.UNKNOWN, NAME, "not proved: " + undefined, null, java.util.Map.of(),
          List.of("definedness: " + undefined));
    }
    Verdict v = proveAsWritten(a, b, ctx, p);
    if (v != null && v.isProved()) {
      return v;
    }
    Term ua = Terms.unfold(a, ctx);
    Term ub = Terms.unfold(b, ctx);
    if (ua.equals(a) && ub.equals(b)) {
      return v;
    }
    Verdict u = proveAsWritten(ua, ub, ctx, p);
    return u != null && (u.isProved() || v == null) ? u : v;
  }

  private static Verdict proveAsWritten(Term a, Term b, Context ctx, Prover p) {
    List<BigOp> candidates = new ArrayList<>();
    collect(a, candidates);
    collect(b, candidates);
    Verdict first = null;
    for (BigOp s : candidates) {
      Shape shape = shape(s, ctx);
      if (shape == null) {
        continue;
      }
      Verdict v = closedForm(a, b, s, shape, ctx, p);
      if (v.isProved()) {
        return v;
      }
      first = first == null ? v : first;
    }
    return first;
  }

  /** The outermost sums and products of {@code t}, one per class up to bound names. */
  private static void collect(Term t, List<BigOp> out) {
    if (t instanceof BigOp b) {
      if (out.stream().noneMatch(o -> Terms.alphaEquivalent(o, b))) {
        out.add(b);
      }
      return;
    }
    if (t instanceof Integral) {
      return; // a sum inside an integral may depend on the integration variables
    }
    Terms.children(t).forEach(c -> collect(c, out));
  }

  /** The upper bound n + c of a sum the rule applies to. */
  private record Shape(Var n, Num c) {}

  private static Shape shape(BigOp s, Context ctx) {
    if (s.hasExcept()) {
      return null;
    }
    Var n = null;
    BigInteger c = BigInteger.ZERO;
    List<Term> parts = s.hi() instanceof Op o && o.head() == Head.PLUS ? o.args() : List.of(s.hi());
    for (Term part : parts) {
      Num k = integerConstant(part);
      if (k != null) {
        c = c.add(k.numerator());
      } else if (part instanceof Var v && v.sort() == Sort.INTEGER && n == null
          && Terms.unfold(v, ctx).equals(v)) {
        n = v;
      } else {
        return null;
      }
    }
    if (n == null || !Dependence.freeOf(s.lo(), n, ctx) || !Dependence.freeOf(s.body(), n, ctx)) {
      return null;
    }
    return new Shape(n, Num.of(c, BigInteger.ONE));
  }

  /** An integer literal, possibly written as a product of literals (−1·3). */
  private static Num integerConstant(Term t) {
    if (t instanceof Num n) {
      return n.isInteger() ? n : null;
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      BigInteger product = BigInteger.ONE;
      for (Term f : o.args()) {
        Num n = integerConstant(f);
        if (n == null) {
          return null;
        }
        product = product.multiply(n.numerator());
      }
      return Num.of(product, BigInteger.ONE);
    }
    return null;
  }

  private static Verdict closedForm(Term a, Term b, BigOp s, Shape shape, Context ctx, Prover p) {
    boolean sum = s.kind() == BigOp.Kind.SUM;
    String what = (sum ? "sum " : "product ") + Terms.show(s);
    List<String> trace = new ArrayList<>(List.of(NAME + ": " + THEOREM, "on " + what));
    Term g = closedFormOf(a, b, s, ctx, p, trace);
    if (g == null) {
      return unknown("the link does not determine a closed form of the " + what, null, trace);
    }
    Term gUnfolded = Terms.unfold(g, ctx);
    Var k = Dependence.fresh("k", Sort.INTEGER);
    Term lo = s.lo();
    Term base = atUpperBound(gUnfolded, shape, Terms.plus(lo, Num.MINUS_ONE));
    Term fk = Terms.substitute(s.body(), Map.of(s.index(), k));
    Term now = atUpperBound(gUnfolded, shape, k);
    Term before = atUpperBound(gUnfolded, shape, Terms.plus(k, Num.MINUS_ONE));
    Term empty = sum ? Num.ZERO : Num.ONE;
    String baseText = "F(" + Terms.show(Terms.plus(lo, Num.MINUS_ONE)) + ") = " + Terms.show(base) + " = "
        + empty;
    if (!Algebra.provablyEqual(base, empty, ctx, p)) {
      return unknown("the base case " + baseText + " is not proved", residual(base, empty, ctx, p), trace);
    }
    trace.add("base: " + baseText);
    Term stepRight = sum ? Terms.plus(before, fk) : Terms.times(before, fk);
    String stepText = "step: F(k) = " + Terms.show(now) + " equals F(k − 1) " + (sum ? "+" : "·") + " f(k) = "
        + Terms.show(stepRight) + " for every integer k";
    if (!Algebra.provablyEqual(now, stepRight, ctx, p)) {
      String r = residual(now, stepRight, ctx, p);
      return unknown("the induction step is not proved: F(k) − (F(k − 1) " + (sum ? "+" : "·") + " f(k)) = " + r
          + ", not 0", r, trace);
    }
    trace.add(stepText);
    Term hi = s.hi();
    if (!Ranges.notNegative(lo, hi, ctx, p)) {
      return unknown(Terms.show(hi) + " >= " + Terms.show(lo) + " − 1 is not proved; for " + Terms.show(hi) + " < "
          + Terms.show(lo) + " − 1 the range is empty (the " + (sum ? "sum is 0" : "product is 1")
          + ") and the closed form need not hold", null, trace);
    }
    trace.add("side condition: " + Terms.show(lo) + " ≤ " + Terms.show(hi) + " + 1");
    trace.add("so " + Terms.show(s) + " = " + Terms.show(g));
    return Verdict.proved(NAME, "by induction on " + shape.n().name(), trace);
  }

  /**
   * G with S = G making the link true: the other side when S is a whole side, otherwise read off the link as linear
   * in S with a nonzero constant coefficient and checked by algebra (a[S := G] = b[S := G]).
   */
  private static Term closedFormOf(Term a, Term b, BigOp s, Context ctx, Prover p, List<String> trace) {
    if (Terms.alphaEquivalent(a, s)) {
      return b;
    }
    if (Terms.alphaEquivalent(b, s)) {
      return a;
    }
    Var x = Dependence.fresh("S", Sort.SCALAR);
    Term d = Terms.minus(Dependence.replace(a, s, x), Dependence.replace(b, s, x));
    if (!Terms.occurs(x, d)) {
      return null;
    }
    Term d0 = Terms.substitute(d, Map.of(x, Num.ZERO));
    Term d1 = Terms.substitute(d, Map.of(x, Num.ONE));
    Term slope = Terms.minus(d1, d0);
    if (!p.symja().isDefiniteNonzeroNumber(slope)) {
      return null; // only a nonzero constant coefficient: dividing by a symbol could divide by 0
    }
    Term g = Terms.div(Terms.neg(d0), slope);
    Term ga = Dependence.replace(a, s, g);
    Term gb = Dependence.replace(b, s, g);
    if (!Algebra.provablyEqual(ga, gb, ctx, p)) {
      return null;
    }
    trace.add("the link with the " + (s.kind() == BigOp.Kind.SUM ? "sum" : "product") + " replaced by "
        + Terms.show(g) + " holds by algebra");
    return g;
  }

  /** G with n := value − c, i.e. the closed form where the upper bound n + c equals {@code value}. */
  private static Term atUpperBound(Term g, Shape shape, Term value) {
    Term n = shape.c().signum() == 0 ? value : Terms.plus(value, Terms.neg(shape.c()));
    return Terms.substitute(g, Map.of(shape.n(), n));
  }

  private static String residual(Term l, Term r, Context ctx, Prover p) {
    ZeroCheck z = p.symja().simplifiesToZero(Terms.minus(l, r), ctx);
    return z.residual() == null ? "0" : z.residual();
  }

  private static Verdict unknown(String message, String residual, List<String> trace) {
    return Verdict.of(Status.UNKNOWN, NAME, "induction: " + message, residual, Map.of(), trace);
  }
}

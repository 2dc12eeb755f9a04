package deriv.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Sound pre-normalisation of log, root and power laws, applied only where {@link Signs} proves the side condition:
 * {@code ln(a*b) = ln a + ln b} and {@code (a*b)^c = a^c*b^c} for positive a, b; {@code ln(a^c) = c*ln a} and
 * {@code (a^b)^c = a^(b*c)} for positive a and real exponents; {@code ln(exp x) = x} for real x;
 * {@code sqrt(a^2) = |a|} for real a (= a when a ≥ 0); {@code sqrt(a*b) = sqrt a*sqrt b} for a, b ≥ 0;
 * {@code |a| = ±a} for a of known sign; {@code a^(c*t) = (a^c)^t} for integers c, t and a real a ≠ 0. Symja's {@code PowerExpand} is never used: it assumes every symbol positive.
 */
final class PositivityRewrites {
  private static final int MAX_PASSES = 8;

  private final Context ctx;
  private final Prover prover;

  private PositivityRewrites(Context ctx, Prover prover) {
    this.ctx = ctx;
    this.prover = prover;
  }

  /** {@code t} with every law applied whose side condition is proved; equal to t wherever t is defined. */
  static Term normalise(Term t, Context ctx, Prover prover) {
    return new PositivityRewrites(ctx, prover).rewrite(t, 0);
  }

  private Term rewrite(Term t, int pass) {
    if (t instanceof Integral i && Binders.bodyContext(i, ctx).conditions().size() < ctx.conditions().size()) {
      return t; // the context's conditions on an integrated variable do not hold in the body
    }
    if (t instanceof DefiniteIntegral d && Binders.bodyContext(d, ctx).conditions().size() < ctx.conditions().size()) {
      return t;
    }
    Term inner = Terms.mapChildren(t, c -> rewrite(c, 0)); // the passes bound the rewriting of one node
    Term top = inner instanceof Op o ? rule(o) : inner;
    return top.equals(inner) || pass >= MAX_PASSES ? top : rewrite(top, pass + 1);
  }

  private Term rule(Op o) {
    switch (o.head()) {
      case LOG:
        return log(o.arg(0), o);
      case SQRT:
        return sqrt(o.arg(0), o);
      case POWER:
        return power(o.arg(0), o.arg(1), o);
      case ABS:
        return abs(o.arg(0), o);
      case EXP:
        return Terms.isOp(o.arg(0), Head.LOG) && positive(((Op) o.arg(0)).arg(0)) ? ((Op) o.arg(0)).arg(0) : o;
      default:
        return o;
    }
  }

  private Term log(Term a, Op original) {
    if (a instanceof Op x && x.head() == Head.TIMES && x.args().stream().allMatch(this::positive)) {
      return Terms.plus(x.args().stream().map(Terms::log).toList());
    }
    if (a instanceof Op x && x.head() == Head.POWER && positive(x.arg(0)) && real(x.arg(1))) {
      return Terms.times(x.arg(1), Terms.log(x.arg(0)));
    }
    if (a instanceof Op x && x.head() == Head.SQRT && positive(x.arg(0))) {
      return Terms.times(Terms.num(1, 2), Terms.log(x.arg(0)));
    }
    if (a instanceof Op x && x.head() == Head.EXP && real(x.arg(0))) {
      return x.arg(0);
    }
    return original;
  }

  private Term sqrt(Term a, Op original) {
    if (a instanceof Op x && x.head() == Head.POWER && x.arg(1).equals(Terms.num(2)) && real(x.arg(0))) {
      return nonNegative(x.arg(0)) ? x.arg(0) : Terms.abs(x.arg(0));
    }
    if (a instanceof Op x && x.head() == Head.TIMES && x.args().stream().allMatch(this::nonNegative)) {
      return Terms.times(x.args().stream().map(Terms::sqrt).toList());
    }
    return original;
  }

  private Term power(Term base, Term exponent, Op original) {
    if (base instanceof Op x && x.head() == Head.POWER && positive(x.arg(0)) && real(x.arg(1)) && real(exponent)) {
      return Terms.pow(x.arg(0), Terms.times(x.arg(1), exponent));
    }
    Term split = integerExponent(base, exponent);
    if (split != null) {
      return split;
    }
    if (base instanceof Op x && x.head() == Head.TIMES && !(exponent instanceof Num n && n.isInteger())
        && real(exponent) && x.args().stream().allMatch(this::positive)) {
      List<Term> factors = new ArrayList<>();
      x.args().forEach(f -> factors.add(Terms.pow(f, exponent)));
      return Terms.times(factors);
    }
    return original;
  }

  /**
   * {@code a^(c*t) = (a^c)^t} for an integer c (|c| ≥ 2), an integer-valued t and a real a ≠ 0: integer powers of a
   * nonzero number multiply whatever its sign, so (−1)^(2*k) = ((−1)^2)^k = 1 for an integer k. Null otherwise.
   */
  private Term integerExponent(Term base, Term exponent) {
    if (!(exponent instanceof Op e && e.head() == Head.TIMES) || !real(base) || !Signs.isNonZero(base, ctx)) {
      return null;
    }
    Num c = null;
    List<Term> rest = new ArrayList<>();
    for (Term f : e.args()) {
      if (c == null && f instanceof Num n && n.isInteger() && n.numerator().abs().intValue() >= 2
          && n.numerator().bitLength() < 31) {
        c = n;
      } else {
        rest.add(f);
      }
    }
    Term t = Terms.times(rest);
    return c == null || rest.isEmpty() || !Terms.isIntegerValued(t) ? null : Terms.pow(Terms.pow(base, c), t);
  }

  private Term abs(Term a, Op original) {
    if (Signs.isNonNegative(a, ctx)) {
      return a;
    }
    if (Signs.isNonPositive(a, ctx)) { // |a| = −a for a ≤ 0 (cos θ on [π/2, 3π/2])
      return Terms.neg(a);
    }
    return original;
  }

  private boolean positive(Term t) {
    return Signs.isPositive(t, ctx) || prover != null && Signs.isPositive(t, ctx, prover);
  }

  private boolean nonNegative(Term t) {
    return Signs.isNonNegative(t, ctx) || prover != null && Signs.isNonNegative(t, ctx, prover);
  }

  private boolean real(Term t) {
    return Signs.isReal(t, ctx);
  }
}

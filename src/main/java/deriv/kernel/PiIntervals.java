package deriv.kernel;

import deriv.kernel.Condition.Relation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Interval facts for sin and cos. A real term is bounded by exact numbers r + q·π (r, q rational) read from the
 * context's conditions ({@code θ >= 0}, {@code θ <= π}, the bounds of an integral's variable), through sums and
 * rational multiples; then sin ≥ 0 on [2kπ, (2k+1)π] and ≤ 0 on [(2k−1)π, 2kπ], strictly inside, and
 * cos x = sin(x + π/2).
 *
 * <p>π is the kernel's own constant ({@link Head#PI}), never a decimal: r + q·π is compared with a multiple of π
 * exactly when r = 0, and otherwise through rational bounds of π (π is irrational, so r + q·π ≠ 0 when r ≠ 0); a
 * comparison those bounds cannot decide is not shown. A bound written 3.15 is the rational 63/20, above π.
 */
final class PiIntervals {
  /** 3.14159265358979323846 &lt; π &lt; 3.14159265358979323847. */
  private static final Num PI_LOW = Num.of(new BigInteger("314159265358979323846"), BigInteger.TEN.pow(20));
  private static final Num PI_HIGH = Num.of(new BigInteger("314159265358979323847"), BigInteger.TEN.pow(20));
  private static final int MAX_DEPTH = 6;
  /** Beyond this many half-turns the search for the enclosing [kπ, (k+1)π] gives up. */
  private static final double MAX_TURNS = 1e9;

  private PiIntervals() {}

  /** The sign sin has on the whole range of its argument: +1 or −1, strict or weak; null when not shown. */
  record Sign(int sign, boolean strict) {}

  /** sin(arg)'s sign for every value arg may take under the context, or null. */
  static Sign ofSin(Term arg, Context ctx) {
    return sinSign(bounds(arg, ctx, 0));
  }

  /** cos(arg)'s sign, as sin(arg + π/2)'s. */
  static Sign ofCos(Term arg, Context ctx) {
    return sinSign(bounds(arg, ctx, 0).plus(Interval.point(new Affine(Num.ZERO, Num.of(BigInteger.ONE,
        BigInteger.TWO)))));
  }

  /** r + q·π. */
  record Affine(Num r, Num q) {
    Affine plus(Affine o) {
      return new Affine(r.plus(o.r), q.plus(o.q));
    }

    Affine times(Num c) {
      return new Affine(r.times(c), q.times(c));
    }

    /** The sign of r + q·π: 1, 0 or −1, or null when the rational bounds of π do not decide it. */
    Integer signum() {
      int rs = r.signum();
      int qs = q.signum();
      if (qs == 0 || rs == qs) {
        return rs == 0 ? qs : rs;
      }
      if (rs == 0) {
        return qs;
      }
      // opposite signs: r + q·π has q's sign when |r| < |q|·π, r's when |r| > |q|·π (never equal: π is irrational)
      if (r.abs().compareTo(q.abs().times(PI_LOW)) <= 0) {
        return qs;
      }
      if (r.abs().compareTo(q.abs().times(PI_HIGH)) >= 0) {
        return rs;
      }
      return null;
    }

    /** The sign of this − o, or null. */
    Integer compareTo(Affine o) {
      return plus(o.times(Num.MINUS_ONE)).signum();
    }

    double approximately() {
      return decimal(r) + decimal(q) * Math.PI;
    }

    private static double decimal(Num n) {
      return new BigDecimal(n.numerator()).divide(new BigDecimal(n.denominator()), MathContext.DECIMAL64)
          .doubleValue();
    }
  }

  /** An end of an interval: its value, and whether the value itself is excluded. */
  record End(Affine value, boolean open) {}

  /** The values a term may take; a null end is unbounded. */
  record Interval(End lo, End hi) {
    static final Interval ALL = new Interval(null, null);

    static Interval point(Affine a) {
      return new Interval(new End(a, false), new End(a, false));
    }

    Interval plus(Interval o) {
      return new Interval(add(lo, o.lo), add(hi, o.hi));
    }

    private static End add(End a, End b) {
      return a == null || b == null ? null : new End(a.value.plus(b.value), a.open || b.open);
    }

    Interval times(Num c) {
      if (c.signum() == 0) {
        return point(new Affine(Num.ZERO, Num.ZERO));
      }
      End l = lo == null ? null : new End(lo.value.times(c), lo.open);
      End h = hi == null ? null : new End(hi.value.times(c), hi.open);
      return c.signum() > 0 ? new Interval(l, h) : new Interval(h, l);
    }

    /** Both hold: the tighter end where the two can be compared, else this one's (either is a true bound). */
    Interval meet(Interval o) {
      return new Interval(tighter(lo, o.lo, 1), tighter(hi, o.hi, -1));
    }

    /** The end further in the direction {@code up} (1: the larger lower bound; −1: the smaller upper bound). */
    private static End tighter(End a, End b, int up) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      Integer c = b.value.compareTo(a.value);
      if (c == null) {
        return a;
      }
      if (c == 0) {
        return a.open ? a : b;
      }
      return c == up ? b : a;
    }
  }

  /** Bounds of t: exact for numbers and π, through sums and rational multiples, and from conditions on t. */
  static Interval bounds(Term t, Context ctx, int depth) {
    if (depth > MAX_DEPTH) {
      return Interval.ALL;
    }
    Num n = Terms.rationalValue(t);
    if (n != null) {
      return Interval.point(new Affine(n, Num.ZERO));
    }
    return structural(t, ctx, depth).meet(fromConditions(t, ctx, depth));
  }

  private static Interval structural(Term t, Context ctx, int depth) {
    if (t instanceof Op o && o.head() == Head.PI) {
      return Interval.point(new Affine(Num.ZERO, Num.ONE));
    }
    if (t instanceof Op o && o.head() == Head.PLUS) {
      Interval sum = Interval.point(new Affine(Num.ZERO, Num.ZERO));
      for (Term a : o.args()) {
        sum = sum.plus(bounds(a, ctx, depth + 1));
      }
      return sum;
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      Num c = Num.ONE;
      Term rest = null;
      for (Term f : o.args()) {
        Num r = Terms.rationalValue(f);
        if (r != null) {
          c = c.times(r);
        } else if (rest == null) {
          rest = f;
        } else {
          return Interval.ALL; // a product of two unknowns
        }
      }
      return rest == null ? Interval.point(new Affine(c, Num.ZERO)) : bounds(rest, ctx, depth + 1).times(c);
    }
    if (t instanceof Var v) {
      return ctx.definition(v).filter(d -> d.params().isEmpty()).map(d -> bounds(d.body(), ctx, depth + 1))
          .orElse(Interval.ALL);
    }
    return Interval.ALL;
  }

  /** What the conditions {@code t REL other} (or {@code other REL t}) say, with other bounded in turn. */
  private static Interval fromConditions(Term t, Context ctx, int depth) {
    Interval known = Interval.ALL;
    for (Condition c : ctx.conditions()) {
      if (Terms.alphaEquivalent(c.left(), t)) {
        known = known.meet(bound(c.relation(), bounds(c.right(), ctx, depth + 1)));
      } else if (Terms.alphaEquivalent(c.right(), t)) {
        known = known.meet(bound(c.relation().flipped(), bounds(c.left(), ctx, depth + 1)));
      }
    }
    return known;
  }

  /** What {@code t REL other} says of t, other within {@code o}. */
  private static Interval bound(Relation rel, Interval o) {
    switch (rel) {
      case GREATER: // t > other ≥ lo: t > lo
        return new Interval(o.lo == null ? null : new End(o.lo.value, true), null);
      case GREATER_EQUAL:
        return new Interval(o.lo, null);
      case LESS:
        return new Interval(null, o.hi == null ? null : new End(o.hi.value, true));
      case LESS_EQUAL:
        return new Interval(null, o.hi);
      case EQUAL:
        return o;
      default:
        return Interval.ALL;
    }
  }

  /** The sign of sin on the interval when it lies in one [kπ, (k+1)π]; null otherwise. */
  private static Sign sinSign(Interval i) {
    if (i.lo == null || i.hi == null) {
      return null;
    }
    double turns = i.lo.value.approximately() / Math.PI;
    if (!Double.isFinite(turns) || Math.abs(turns) > MAX_TURNS) {
      return null;
    }
    long guess = (long) Math.floor(turns);
    for (long k = guess - 1; k <= guess + 1; k++) {
      Integer fromLow = i.lo.value.compareTo(new Affine(Num.ZERO, Num.of(k)));
      Integer toHigh = i.hi.value.compareTo(new Affine(Num.ZERO, Num.of(k + 1)));
      if (fromLow != null && fromLow >= 0 && toHigh != null && toHigh <= 0) {
        boolean strict = (fromLow > 0 || i.lo.open) && (toHigh < 0 || i.hi.open);
        return new Sign(k % 2 == 0 ? 1 : -1, strict);
      }
    }
    return null;
  }
}

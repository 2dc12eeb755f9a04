package deriv.diagnose;

import deriv.kernel.Apply;
import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Index;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Signs;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Double-precision evaluation, used only to guess a constant (a factor, a coefficient) that the kernel then has to
 * prove. A wrong guess costs one failed proof, never a wrong hint. Declared functions get an arbitrary fixed smooth
 * stand-in, since a guess only needs the same value for the same arguments.
 */
final class Numeric {
  private static final int POINTS = 3;
  private static final int MAX_DENOMINATOR = 1000;

  private Numeric() {}

  /**
   * True when {@code l} and {@code r} clearly differ at some random point: then no proof of {@code l = r} is
   * attempted. False when they agree or cannot be evaluated (then the kernel decides).
   */
  static boolean differ(Term l, Term r, Context ctx, long seed) {
    Term a = Terms.unfold(l, ctx);
    Term b = Terms.unfold(r, ctx);
    Random random = new Random(seed);
    for (int k = 0; k < POINTS; k++) {
      Map<Var, Double> at = point(List.of(a, b), ctx, random);
      double x = value(a, at);
      double y = value(b, at);
      if (Double.isFinite(x) && Double.isFinite(y)
          && Math.abs(x - y) > 1e-6 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) {
        return true;
      }
    }
    return false;
  }

  /** Random values for the scalars and integers of the terms: negative where the context says so, else positive. */
  private static Map<Var, Double> point(List<Term> terms, Context ctx, Random random) {
    Map<Var, Double> at = new HashMap<>();
    for (Term t : terms) {
      for (Var v : Terms.freeVars(t)) {
        double sign = Signs.isNegative(v, ctx) ? -1 : 1; // positive keeps logs and roots real
        if (v.sort() == Sort.SCALAR) {
          at.putIfAbsent(v, sign * (0.5 + 2 * random.nextDouble()));
        } else if (v.sort() == Sort.INTEGER) {
          at.putIfAbsent(v, sign * (1 + random.nextInt(5)));
        }
      }
    }
    return at;
  }

  /** The rational with a small denominator that {@code t} equals at a few random points, or null. */
  static Num constant(Term t, Context ctx, long seed) {
    Term u = Terms.unfold(t, ctx);
    Random random = new Random(seed);
    Double first = null;
    for (int k = 0; k < POINTS; k++) {
      double x = value(u, point(List.of(u), ctx, random));
      if (!Double.isFinite(x) || first != null && Math.abs(x - first) > 1e-9 * Math.max(1, Math.abs(first))) {
        return null;
      }
      first = first == null ? x : first;
    }
    return rational(first);
  }

  /** Continued fractions: the first convergent within 1e-9 (relative), if its denominator is small. */
  static Num rational(double x) {
    long h0 = 1;
    long h1 = 0;
    long k0 = 0;
    long k1 = 1;
    double r = x;
    for (int i = 0; i < 20; i++) {
      long a = (long) Math.floor(r);
      long h = a * h0 + h1;
      long k = a * k0 + k1;
      if (k > MAX_DENOMINATOR) {
        return null;
      }
      if (Math.abs(x - (double) h / k) <= 1e-9 * Math.max(1, Math.abs(x))) {
        return Num.of(BigInteger.valueOf(h), BigInteger.valueOf(k));
      }
      h1 = h0;
      h0 = h;
      k1 = k0;
      k0 = k;
      if (r == a) {
        return null;
      }
      r = 1 / (r - a);
    }
    return null;
  }

  static double value(Term t, Map<Var, Double> at) {
    if (t instanceof Num n) {
      return n.numerator().doubleValue() / n.denominator().doubleValue();
    }
    if (t instanceof Var v) {
      return at.getOrDefault(v, Double.NaN);
    }
    if (t instanceof Op o) {
      return op(o, at);
    }
    if (t instanceof Apply a) {
      double s = 0.37 * a.function().id();
      for (int k = 0; k < a.args().size(); k++) {
        s += (k + 1) * value(a.args().get(k), at);
      }
      return 1.5 + 0.5 * Math.sin(s);
    }
    if (t instanceof Index i) {
      double j = value(i.index(), at);
      return j == Math.rint(j) ? 1 + 0.1 * Math.floorMod(i.family().id() * 31 + (long) j, 7) : Double.NaN;
    }
    if (t instanceof BigOp b) {
      return bigOp(b, at);
    }
    return Double.NaN; // integrals
  }

  private static double op(Op o, Map<Var, Double> at) {
    switch (o.head()) {
      case PLUS: {
        double s = 0;
        for (Term a : o.args()) {
          s += value(a, at);
        }
        return s;
      }
      case TIMES: {
        double s = 1;
        for (Term a : o.args()) {
          s *= value(a, at);
        }
        return s;
      }
      case POWER: return Math.pow(value(o.arg(0), at), value(o.arg(1), at));
      case EXP: return Math.exp(value(o.arg(0), at));
      case LOG: return Math.log(value(o.arg(0), at));
      case SQRT: return Math.sqrt(value(o.arg(0), at));
      case ABS: return Math.abs(value(o.arg(0), at));
      case SIN: return Math.sin(value(o.arg(0), at));
      case COS: return Math.cos(value(o.arg(0), at));
      case TAN: return Math.tan(value(o.arg(0), at));
      case PI: return Math.PI;
      default: return Double.NaN; // delta, norm, derivatives
    }
  }

  private static double bigOp(BigOp b, Map<Var, Double> at) {
    double lo = value(b.lo(), at);
    double hi = value(b.hi(), at);
    // beyond 2^52 a double is not every integer, and beyond 2^63 a long cast saturates: the loop would not end
    if (lo != Math.rint(lo) || hi != Math.rint(hi) || hi - lo > 200
        || Math.abs(lo) > 0x1p52 || Math.abs(hi) > 0x1p52) {
      return Double.NaN;
    }
    double except = b.hasExcept() ? value(b.except(), at) : Double.NaN;
    Map<Var, Double> inner = new HashMap<>(at);
    double acc = b.kind() == BigOp.Kind.SUM ? 0 : 1;
    for (long j = (long) lo; j <= (long) hi; j++) {
      if (j == except) {
        continue;
      }
      inner.put(b.index(), (double) j);
      double x = value(b.body(), inner);
      acc = b.kind() == BigOp.Kind.SUM ? acc + x : acc * x;
    }
    return acc;
  }
}

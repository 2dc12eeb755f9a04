package deriv.kernel.symja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * The real value of a closed Symja expression to a given number of digits, computed with {@link BigDecimal} instead of
 * Symja's N: Apfloat takes about 4 ms for one sine at 40 digits, and a sample point of a family of vectors needs
 * hundreds. Only real arithmetic on exact numbers over an allow-list of heads is done here (+, ·, powers, roots,
 * exp, ln, sin, cos, tan, |·|, the hyperbolic functions, π, e, norms and parts of explicit lists); anything else,
 * and any step that would leave the reals (a root or logarithm of a negative number, Symja's principal powers of a
 * negative base), gives null, and the caller asks Symja. Every value is computed with {@link #GUARD} digits more
 * than asked, so it is at least as accurate as Symja's at the digits asked.
 */
final class Numerics {
  private Numerics() {}

  /** Digits computed beyond those asked for: rounding in long sums and products stays below the digits asked. */
  static final int GUARD = 15;
  /** Beyond these, Symja decides: an exponent or argument this large is rare and needs digits we do not size. */
  private static final int MAX_DIGITS = 2_000;
  /** sin and cos are summed at r/2^HALVINGS, where their series are short, and doubled back. */
  private static final int HALVINGS = 16;
  static final BigDecimal MAX_EXP_ARGUMENT = BigDecimal.valueOf(100_000);
  private static final BigDecimal MAX_TRIG_ARGUMENT = BigDecimal.valueOf(1_000_000);
  private static final int MAX_INTEGER_POWER = 100_000;
  private static final int MAX_SCALE = 1_000_000;
  private static final int MAX_DEPTH = 2_000;

  /**
   * {@code e} as an int when it is an integer of magnitude below 2^31, else {@code otherwise}. Symja's own
   * {@code toIntDefault} keeps only the low 32 bits of a larger integer (2^64 + 2 becomes 2), the same wrap as its
   * exponents: every narrowing in the bridge goes through here.
   */
  static int intOr(IExpr e, int otherwise) {
    return e instanceof IInteger i && i.toBigNumerator().bitLength() < 31 ? i.toBigNumerator().intValueExact()
        : otherwise;
  }

  /** The value of {@code e} to {@code digits} significant digits; null when it cannot be computed here. */
  static BigDecimal value(IExpr e, int digits) {
    if (digits > MAX_DIGITS) {
      return null;
    }
    try {
      BigDecimal v = new Evaluation(new MathContext(digits + GUARD, RoundingMode.HALF_EVEN)).of(e, 0);
      return v == null ? null : v.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    } catch (ArithmeticException | StackOverflowError outside) {
      return null;
    }
  }

  /**
   * A sum's value and a bound on its absolute error, for the rough comparison that confirms a symbolic zero: an exact
   * zero's terms cancel to rounding, which {@link #value} (relative digits) refuses and Symja's N then computes
   * slowly. Each term is computed to {@code digits} significant digits and added exactly, so the error is at most
   * the sum of the terms' sizes times 10^(2 − digits). Null unless {@code e} is a sum whose terms can all be computed.
   */
  static BigDecimal[] sumWithError(IExpr e, int digits) {
    if (!(e instanceof IAST a) || a.head() != S.Plus || digits > MAX_DIGITS) {
      return null;
    }
    try {
      Evaluation ev = new Evaluation(new MathContext(digits + GUARD, RoundingMode.HALF_EVEN));
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal sizes = BigDecimal.ZERO;
      for (int k = 1; k < a.size(); k++) {
        BigDecimal x = ev.of(a.get(k), 1);
        if (x == null) {
          return null;
        }
        sum = sum.add(x); // exact: no rounding beyond the terms' own
        sizes = sizes.add(x.abs());
      }
      return new BigDecimal[] {sum, sizes.movePointLeft(digits - 2)};
    } catch (ArithmeticException | StackOverflowError outside) {
      return null;
    }
  }

  /**
   * Whether {@code e} has a real value as deriv reads it: true or false when shown, null when not. A null from
   * {@link #value} is no answer: it also comes from a real value lost to cancellation (ln near 1, sinh of a tiny
   * number, e^x − e^x). Here every head of the allow-list is total on the reals but for these, and a 'no' is only
   * said where one of them is shown to leave them: a root of a number computed negative, a logarithm of one
   * computed negative or exactly 0, an exact 0 to a power that is not positive, a negative number to an exact
   * non-integer rational power (deriv's non-integer powers need a base ≥ 0). A sign is read only from a computed
   * value, which has its digits (else {@link #value} gives null), and 0 only from an exact one.
   */
  static Boolean isReal(IExpr e, int digits) {
    if (digits > MAX_DIGITS) {
      return null;
    }
    try {
      return new Evaluation(new MathContext(digits + GUARD, RoundingMode.HALF_EVEN)).real(e, 0);
    } catch (ArithmeticException | StackOverflowError outside) {
      return null;
    }
  }

  /** One evaluation at a working precision. */
  private static final class Evaluation {
    private final MathContext mc;

    Evaluation(MathContext mc) {
      this.mc = mc;
    }

    BigDecimal of(IExpr e, int depth) {
      if (depth > MAX_DEPTH) {
        return null;
      }
      if (e instanceof IInteger i) {
        return new BigDecimal(i.toBigNumerator());
      }
      if (e instanceof IFraction f) {
        return new BigDecimal(f.toBigNumerator()).divide(new BigDecimal(f.toBigDenominator()), mc);
      }
      if (e == S.Pi) {
        return Constants.pi(mc.getPrecision());
      }
      if (e == S.E) {
        return exp(BigDecimal.ONE);
      }
      if (!(e instanceof IAST a)) {
        return null;
      }
      IExpr head = a.head();
      if (head == S.Plus || head == S.Times) {
        BigDecimal acc = head == S.Plus ? BigDecimal.ZERO : BigDecimal.ONE;
        BigDecimal largest = BigDecimal.ZERO; // of the terms and partial sums: what the rounding is relative to
        for (int k = 1; k < a.size(); k++) {
          BigDecimal x = of(a.get(k), depth + 1);
          if (x == null) {
            return null;
          }
          acc = head == S.Plus ? acc.add(x, mc) : acc.multiply(x, mc);
          largest = largest.max(x.abs()).max(acc.abs());
        }
        if (head == S.Plus && cancelled(largest, acc, a.argSize())) {
          // Symja cancels exp(1000+x) − exp(1000+x) exactly; here x next to it was rounded away. Only a sum of
          // rational numbers (1·1 − 1, an index shifted back) is exact here too.
          BigInteger[] q = rational(a, 0);
          return q == null ? null : new BigDecimal(q[0]).divide(new BigDecimal(q[1]), mc);
        }
        return bounded(acc);
      }
      if (head == S.Power && a.argSize() == 2) {
        return power(a.arg1(), a.arg2(), depth);
      }
      if (head == S.Part && a.argSize() == 2 && a.arg1().isList() && a.arg2() instanceof IInteger i) {
        int k = intOr(i, 0);
        return k >= 1 && k <= a.arg1().argSize() ? of(a.arg1().getAt(k), depth + 1) : null;
      }
      if (head == S.Norm && a.argSize() == 1 && a.arg1().isList()) {
        BigDecimal squares = BigDecimal.ZERO;
        for (int k = 1; k <= a.arg1().argSize(); k++) {
          BigDecimal x = of(a.arg1().getAt(k), depth + 1);
          if (x == null) {
            return null;
          }
          squares = squares.add(x.multiply(x, mc), mc);
        }
        return squares.sqrt(mc);
      }
      if (a.argSize() != 1) {
        return null;
      }
      BigDecimal x = of(a.arg1(), depth + 1);
      if (x == null) {
        return null;
      }
      if (head == S.Abs) {
        return x.abs();
      }
      if (head == S.Sqrt) {
        return x.signum() < 0 ? null : x.sqrt(mc);
      }
      if (head == S.Exp) {
        return exp(x);
      }
      if (head == S.Log) {
        if (x.signum() <= 0) {
          return null;
        }
        BigDecimal ln = ln(x);
        if (!cancelled(BigDecimal.ONE, ln, 2)) {
          return ln;
        }
        // near 1, x's rounding is all of ln x: from an exact x = 1 + u (ln(1 + 10⁻²⁰)), ln(1 + u) has u's digits
        BigInteger[] q = rational(a.arg1(), depth + 1);
        return q == null ? null : lnOnePlus(new BigDecimal(q[0].subtract(q[1])).divide(new BigDecimal(q[1]), mc));
      }
      if (head == S.Sin || head == S.Cos || head == S.Tan) {
        return trig(head, x);
      }
      if (head == S.Sinh || head == S.Cosh || head == S.Tanh) {
        return hyperbolic(head, x);
      }
      return null;
    }

    /** {@link #isReal} at this precision. */
    Boolean real(IExpr e, int depth) {
      if (e instanceof IInteger || e instanceof IFraction || e == S.Pi || e == S.E) {
        return true;
      }
      if (!(e instanceof IAST a) || depth > MAX_DEPTH) {
        return null;
      }
      IExpr head = a.head();
      if (head == S.Power && a.argSize() == 2) {
        return realPower(a.arg1(), a.arg2(), depth);
      }
      if (head == S.Part) {
        return of(e, depth) != null ? Boolean.TRUE : null; // an index out of range is not a real number either
      }
      if (!HEADS.contains(head) || (head == S.Sqrt || head == S.Log || head == S.Tan) && a.argSize() != 1) {
        return null;
      }
      Boolean args = Boolean.TRUE; // total functions (+, ·, exp, sin, |·|, …): real where every argument is
      for (int k = 1; k < a.size(); k++) {
        Boolean r = real(a.get(k), depth + 1);
        if (Boolean.FALSE.equals(r)) {
          return false;
        }
        args = r == null ? null : args;
      }
      if (args == null || head != S.Sqrt && head != S.Log && head != S.Tan) {
        return args;
      }
      BigDecimal x = of(a.arg1(), depth + 1);
      if (x == null) {
        return null; // real, of a sign not known
      }
      if (head == S.Tan) {
        return trig(S.Cos, x) != null ? Boolean.TRUE : null; // a computed cosine is not 0
      }
      return head == S.Sqrt ? x.signum() >= 0 : x.signum() > 0;
    }

    /** {@link #real} of base^exponent, as {@link #power} reads it. */
    private Boolean realPower(IExpr base, IExpr exponent, int depth) {
      Boolean b = base == S.E ? Boolean.TRUE : real(base, depth + 1);
      Boolean y = real(exponent, depth + 1);
      if (Boolean.FALSE.equals(b) || Boolean.FALSE.equals(y)) {
        return false;
      }
      if (b == null || y == null) {
        return null;
      }
      if (base == S.E) {
        return true;
      }
      BigInteger whole = exponent instanceof IInteger n ? n.toBigNumerator() : integerValue(exponent, depth);
      if (whole != null && whole.signum() > 0) {
        return true; // a positive integer power of a real number
      }
      BigDecimal value = of(base, depth + 1);
      if (value == null) {
        return null;
      }
      if (whole != null) { // 0^(−k) is 1/0; 0^0 is left open (deriv asks nothing of x^0)
        return value.signum() != 0 ? Boolean.TRUE : whole.signum() < 0 ? Boolean.FALSE : null;
      }
      if (value.signum() > 0) {
        return true;
      }
      if (value.signum() < 0) {
        BigInteger[] q = rational(exponent, depth + 1);
        return q != null ? Boolean.FALSE : null; // an exact non-integer rational: not real; else it may be an integer
      }
      BigDecimal power = of(exponent, depth + 1); // 0^y: 0 for y > 0, no value for y < 0
      return power == null || power.signum() == 0 ? null : power.signum() > 0;
    }

    /**
     * The exact value {numerator, denominator} of rational arithmetic (+, ·, integer powers of rational numbers);
     * null for anything else, or for numbers too large to be worth it.
     */
    private static BigInteger[] rational(IExpr e, int depth) {
      if (e instanceof IInteger i) {
        return new BigInteger[] {i.toBigNumerator(), BigInteger.ONE};
      }
      if (e instanceof IFraction f) {
        return new BigInteger[] {f.toBigNumerator(), f.toBigDenominator()};
      }
      if (!(e instanceof IAST a) || depth > MAX_DEPTH) {
        return null;
      }
      if (a.head() == S.Power && a.argSize() == 2 && a.arg2() instanceof IInteger n) {
        int k = intOr(n, Integer.MIN_VALUE);
        BigInteger[] b = rational(a.arg1(), depth + 1);
        if (b == null || Math.abs((long) k) > 64 || b[0].signum() == 0 && k <= 0) {
          return null;
        }
        BigInteger[] p = {b[0].pow(Math.abs(k)), b[1].pow(Math.abs(k))};
        return k >= 0 ? p : normalised(p[1], p[0]);
      }
      if (a.head() != S.Plus && a.head() != S.Times) {
        return null;
      }
      BigInteger[] acc = {a.head() == S.Plus ? BigInteger.ZERO : BigInteger.ONE, BigInteger.ONE};
      for (int k = 1; k < a.size(); k++) {
        BigInteger[] x = rational(a.get(k), depth + 1);
        if (x == null) {
          return null;
        }
        acc = a.head() == S.Plus ? normalised(acc[0].multiply(x[1]).add(x[0].multiply(acc[1])), acc[1].multiply(x[1]))
            : normalised(acc[0].multiply(x[0]), acc[1].multiply(x[1]));
        if (acc[0].bitLength() + acc[1].bitLength() > 100_000) {
          return null;
        }
      }
      return acc;
    }

    /** n/d in lowest terms with d > 0. */
    private static BigInteger[] normalised(BigInteger n, BigInteger d) {
      BigInteger g = n.gcd(d);
      if (d.signum() < 0) {
        g = g.negate();
      }
      return new BigInteger[] {n.divide(g), d.divide(g)};
    }

    /** Symja's principal power, where it is real: a negative base only to an integer exponent. */
    private BigDecimal power(IExpr base, IExpr exponent, int depth) {
      if (base == S.E) {
        BigDecimal y = of(exponent, depth + 1);
        return y == null ? null : exp(y);
      }
      BigDecimal b = of(base, depth + 1);
      if (b == null) {
        return null;
      }
      BigInteger whole = exponent instanceof IInteger n ? n.toBigNumerator() : integerValue(exponent, depth);
      if (whole != null) { // also an integer written as a product or sum (1·(−1)): a negative base stays real
        if (whole.abs().compareTo(BigInteger.valueOf(MAX_INTEGER_POWER)) > 0) {
          return null; // never narrowed to an int: Symja's toIntDefault keeps only the low bits of 2^64
        }
        int k = whole.intValueExact();
        if (b.signum() == 0 && k <= 0) {
          return null;
        }
        return bounded(b.pow(k, mc));
      }
      BigDecimal y = of(exponent, depth + 1);
      if (y == null) {
        return null;
      }
      if (b.signum() == 0) {
        return y.signum() > 0 ? BigDecimal.ZERO : null;
      }
      if (b.signum() < 0) {
        return null; // complex (Symja's principal root), unless the exponent is an integer written otherwise
      }
      if (exponent instanceof IFraction f && f.toBigDenominator().equals(BigInteger.TWO)
          && f.toBigNumerator().abs().compareTo(BigInteger.valueOf(MAX_INTEGER_POWER)) <= 0) {
        BigDecimal root = b.sqrt(mc);
        return bounded(root.pow(f.toBigNumerator().intValueExact(), mc));
      }
      BigDecimal lnB = ln(b);
      return lnB == null ? null : exp(y.multiply(lnB, mc));
    }

    /** The exponent's value when rational arithmetic gives an integer, else null. */
    private static BigInteger integerValue(IExpr exponent, int depth) {
      BigInteger[] q = rational(exponent, depth + 1);
      return q != null && q[1].equals(BigInteger.ONE) ? q[0] : null;
    }

    /** e^x, by halving the argument until the series is short and squaring back. */
    private BigDecimal exp(BigDecimal x) {
      if (x.abs().compareTo(MAX_EXP_ARGUMENT) > 0) {
        return null;
      }
      if (x.signum() < 0) {
        BigDecimal positive = exp(x.negate());
        return positive == null ? null : BigDecimal.ONE.divide(positive, mc);
      }
      int halvings = Math.max(0, x.precision() - x.scale() + 4) * 4; // about log2(x) + 16
      MathContext work = new MathContext(mc.getPrecision() + halvings / 3 + 5, RoundingMode.HALF_EVEN);
      BigDecimal r = x.divide(BigDecimal.valueOf(2).pow(halvings), work);
      BigDecimal sum = BigDecimal.ONE;
      BigDecimal term = BigDecimal.ONE;
      BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
      for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
        term = term.multiply(r, work).divide(BigDecimal.valueOf(n), work);
        sum = sum.add(term, work);
      }
      for (int k = 0; k < halvings; k++) {
        sum = sum.multiply(sum, work);
      }
      return bounded(sum.round(mc));
    }

    /** ln x for x > 0: Newton's method on e^y = x from the double estimate, at least doubling the digits each step. */
    private BigDecimal ln(BigDecimal x) {
      // x = m·10^k with m in [1, 10): ln x = ln m + k·ln 10
      int k = x.precision() - x.scale() - 1;
      BigDecimal m = x.movePointLeft(k);
      MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
      BigDecimal lnM = newtonLn(m, work);
      if (k == 0) {
        return lnM.round(mc);
      }
      BigDecimal ln10 = Constants.ln10(work.getPrecision() + 10);
      return lnM.add(ln10.multiply(BigDecimal.valueOf(k), work), work).round(mc);
    }

    /**
     * ln(1 + u) for a small u ≠ 0 (|u| &lt; 1/2), to u's relative digits: 2·atanh(z) = 2·(z + z³/3 + z⁵/5 + …) with
     * z = u/(2 + u), whose terms fall by z² each.
     */
    private BigDecimal lnOnePlus(BigDecimal u) {
      if (u.signum() == 0 || u.abs().compareTo(new BigDecimal("0.5")) >= 0) {
        return null;
      }
      MathContext work = new MathContext(mc.getPrecision() + 5, RoundingMode.HALF_EVEN);
      BigDecimal z = u.divide(u.add(BigDecimal.valueOf(2)), work);
      BigDecimal z2 = z.multiply(z, work);
      BigDecimal eps = z.abs().movePointLeft(work.getPrecision() + 2);
      BigDecimal power = z;
      BigDecimal sum = z;
      for (int n = 3; power.abs().compareTo(eps) > 0; n += 2) {
        power = power.multiply(z2, work);
        sum = sum.add(power.divide(BigDecimal.valueOf(n), work), work);
      }
      return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    private BigDecimal newtonLn(BigDecimal m, MathContext work) {
      BigDecimal y = new BigDecimal(Math.log(m.doubleValue()));
      Evaluation inner = new Evaluation(work);
      for (int correct = 14; correct < 2 * work.getPrecision(); correct *= 3) {
        BigDecimal ey = inner.exp(y);
        y = y.add(BigDecimal.valueOf(2).multiply(m.subtract(ey, work), work).divide(m.add(ey, work), work), work);
      }
      return y;
    }

    /** sin, cos or tan, the argument first reduced to [−π, π] with π to the argument's digits and more. */
    private BigDecimal trig(IExpr head, BigDecimal x) {
      if (x.abs().compareTo(MAX_TRIG_ARGUMENT) > 0) {
        return null;
      }
      MathContext work = new MathContext(mc.getPrecision() + 10 + HALVINGS / 3, RoundingMode.HALF_EVEN);
      BigDecimal twoPi = Constants.pi(work.getPrecision() + 10).multiply(BigDecimal.valueOf(2));
      BigDecimal turns = x.divide(twoPi, 0, RoundingMode.HALF_EVEN);
      BigDecimal r = x.subtract(twoPi.multiply(turns), work);
      // sin and cos of r/2^h by their short series, then h double-angle steps back to r
      BigDecimal small = r.divide(BigDecimal.valueOf(2).pow(HALVINGS), work);
      BigDecimal sin = series(small, true, work);
      BigDecimal cos = series(small, false, work);
      BigDecimal two = BigDecimal.valueOf(2);
      for (int k = 0; k < HALVINGS; k++) {
        BigDecimal s2 = two.multiply(sin, work).multiply(cos, work);
        cos = cos.multiply(cos, work).subtract(sin.multiply(sin, work), work);
        sin = s2;
      }
      // beyond 1 the reduction cancels: at a multiple of π (π/2) the value is rounding (Symja's Sin[1000 Pi] is
      // exactly 0), so a value that small is Symja's to give (up to 1, sin x is as small as x and cos x is > 1/2)
      BigDecimal scale = x.abs().max(BigDecimal.ONE);
      boolean reduced = x.abs().compareTo(BigDecimal.ONE) > 0;
      if (reduced && (head != S.Cos && cancelled(scale, sin, 2) || head != S.Sin && cancelled(scale, cos, 2))) {
        return null;
      }
      return head == S.Sin ? sin.round(mc) : head == S.Cos ? cos.round(mc) : sin.divide(cos, mc);
    }

    /** The Taylor series of sin (odd) or cos (even) at a small r. */
    private static BigDecimal series(BigDecimal r, boolean odd, MathContext work) {
      BigDecimal term = odd ? r : BigDecimal.ONE;
      BigDecimal sum = term;
      BigDecimal r2 = r.multiply(r, work);
      BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
      for (int n = odd ? 2 : 1; term.abs().compareTo(eps) > 0; n += 2) {
        term = term.multiply(r2, work).divide(BigDecimal.valueOf((long) n * (n + 1)), work).negate();
        sum = sum.add(term, work);
      }
      return sum;
    }

    private BigDecimal hyperbolic(IExpr head, BigDecimal x) {
      BigDecimal ex = exp(x);
      BigDecimal emx = exp(x.negate());
      if (ex == null || emx == null) {
        return null;
      }
      BigDecimal difference = ex.subtract(emx, mc);
      if (cancelled(ex.max(emx), difference, 2)) {
        return null; // sinh of a tiny x: e^x − e^−x keeps none of its digits
      }
      BigDecimal sinh = difference.divide(BigDecimal.valueOf(2), mc);
      BigDecimal cosh = ex.add(emx, mc).divide(BigDecimal.valueOf(2), mc);
      return head == S.Sinh ? sinh : head == S.Cosh ? cosh : sinh.divide(cosh, mc);
    }

    /**
     * Whether a sum of {@code terms} terms lost more of its digits to cancellation than {@link #GUARD} makes up for:
     * each term and partial sum is rounded relative to the largest of them, so a result that many digits smaller
     * (or 0) is rounding, not its value. Symja decides those: its evaluation cancels equal terms exactly.
     */
    private static boolean cancelled(BigDecimal largest, BigDecimal result, int terms) {
      if (largest.signum() == 0) {
        return false; // every term exactly 0
      }
      if (result.signum() == 0) {
        return true;
      }
      int lost = magnitude(largest) - magnitude(result);
      return lost > GUARD - 3 - String.valueOf(terms).length();
    }

    /** The decimal exponent of a nonzero value: digits before the point, negative for zeros after it. */
    private static int magnitude(BigDecimal v) {
      return v.precision() - v.scale();
    }

    /** Null for a number so large or small that further work on it would be slow: Symja decides those. */
    private static BigDecimal bounded(BigDecimal v) {
      int magnitude = v.precision() - v.scale();
      return v.signum() != 0 && Math.abs(magnitude) > MAX_SCALE ? null : v;
    }
  }

  private static final java.util.Set<IExpr> HEADS = java.util.Set.of(S.Plus, S.Times, S.Power, S.Part, S.Norm,
      S.List, S.Abs, S.Sqrt, S.Exp, S.Log, S.Sin, S.Cos, S.Tan, S.Sinh, S.Cosh, S.Tanh);

  /**
   * Whether every part of {@code e} is one {@link #value} knows: then a null from it means the value left the reals
   * or cancelled beyond the guard digits, not that Symja might know more.
   */
  static boolean onAllowList(IExpr e) {
    if (e instanceof IInteger || e instanceof IFraction || e == S.Pi || e == S.E) {
      return true;
    }
    if (!(e instanceof IAST a) || !HEADS.contains(a.head())) {
      return false;
    }
    for (int k = 1; k < a.size(); k++) {
      if (!onAllowList(a.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Computes π once (see {@link Constants}); called by Symja's set-up, before any step's work is counted. */
  static void warmUp() {
    Constants.pi(10);
  }

  /**
   * π, computed once to more digits than any evaluation asks for and rounded for each: every run
   * then rounds the same value, and the one computation is done once per process, at start-up.
   */
  private static final class Constants {
    /** Enough for the usual 40 to a few hundred digits; more is computed when asked, which is rare. */
    private static final int KEPT = 700;
    private static final BigDecimal PI = machin(KEPT + 10);

    static BigDecimal pi(int digits) {
      return digits <= KEPT ? PI.round(new MathContext(digits, RoundingMode.HALF_EVEN)) : machin(digits);
    }

    /** ln 10 (every logarithm of a number outside [1, 10) needs it; Newton's method took three exponentials). */
    static BigDecimal ln10(int digits) {
      return digits <= KEPT ? Ln10.KEPT_VALUE.round(new MathContext(digits, RoundingMode.HALF_EVEN)) : ln10Of(digits);
    }

    /** Computed on first use: π is needed at start-up, ln 10 only by a logarithm. */
    private static final class Ln10 {
      static final BigDecimal KEPT_VALUE = ln10Of(KEPT + 10);
    }

    /** ln 10 = 3·ln 2 + ln(5/4) = 6·atanh(1/3) + 2·atanh(1/9), in integers scaled as in {@link #machin}. */
    private static BigDecimal ln10Of(int digits) {
      BigInteger one = BigInteger.TEN.pow(digits + 10);
      BigInteger ln10 = arctan(3, one, false).multiply(BigInteger.valueOf(6))
          .add(arctan(9, one, false).shiftLeft(1));
      return new BigDecimal(ln10, digits + 10).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /**
     * Machin's formula π = 16·atan(1/5) − 4·atan(1/239), in integers scaled by 10^(digits + 10). Each series term is
     * truncated twice, so the error is below 3 units of the last place per term, about 1,500 terms at 2,000 digits:
     * the ten guard digits absorb it. Integer divisions by small numbers only: a few milliseconds at start-up, where
     * the Gauss–Legendre iteration's square roots took ten times that.
     */
    private static BigDecimal machin(int digits) {
      BigInteger one = BigInteger.TEN.pow(digits + 10);
      BigInteger pi = atanOfInverse(5, one).shiftLeft(4).subtract(atanOfInverse(239, one).shiftLeft(2));
      return new BigDecimal(pi, digits + 10).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    private static BigInteger atanOfInverse(int n, BigInteger one) {
      return arctan(n, one, true);
    }

    /**
     * atan(1/n)·one = Σ_k (−1)^k / ((2k + 1)·n^(2k + 1)) · one ({@code alternating}), or atanh(1/n)·one without the
     * signs, summed until the powers vanish.
     */
    private static BigInteger arctan(int n, BigInteger one, boolean alternating) {
      BigInteger nSquared = BigInteger.valueOf((long) n * n);
      BigInteger power = one.divide(BigInteger.valueOf(n));
      BigInteger sum = power;
      for (int k = 1; power.signum() != 0; k++) {
        power = power.divide(nSquared);
        BigInteger term = power.divide(BigInteger.valueOf(2L * k + 1));
        sum = alternating && k % 2 == 1 ? sum.subtract(term) : sum.add(term);
      }
      return sum;
    }
  }
}

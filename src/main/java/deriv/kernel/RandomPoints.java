package deriv.kernel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random exact values for the variables of a numeric test, drawn from a seeded generator so runs are repeatable.
 * Every simple condition {@code v REL c} (c a number, or a closed sum/product/power of numbers) and every sign that
 * {@link Signs} proves chooses the range a variable is drawn from: {@code N >= 10} gives integers from 10 up,
 * {@code x < -3} rationals below −3. Variables free of sign take both signs (every sign pattern first). Other
 * conditions are checked by the caller, who discards points that violate them. A vector gets a scalar, the length
 * of its sample vector (see the numeric translation). Every integer is drawn from a window of its own, so two
 * integers are not always within a few of each other; integers that bound a sum or a product stay within about 20
 * of their bound (the sum is written out at each point), others, and reals, are sometimes large.
 */
final class RandomPoints {
  private final Random random;
  private final Context ctx;
  /** Variables in the bounds of sums and products: they stay small, since sums are written out term by term. */
  private final java.util.Set<Var> small;
  /** Points drawn so far: the first {@link #patterns} of them run through every sign pattern of the free signs. */
  private int drawn;
  /** Free-sign variables whose signs are enumerated (more would make too many patterns). */
  private static final int ENUMERATED = 4;
  /** Integers are drawn from SPAN + 1 consecutive values: sums and products up to N are written out at each point. */
  private static final int SPAN = 4;
  /** The index of the point being drawn: integer windows move out with it (not with each variable drawn). */
  private int point;

  /** What the simple conditions say of one variable: bounds (null if none) and values left out. */
  private record Range(Num lo, boolean loOpen, Num hi, boolean hiOpen, List<Num> excluded) {
    boolean free() {
      return lo == null && hi == null;
    }
  }

  /** Whether every integer stays in its first window, near its bound (a refutation: N = 2 shows most). */
  private final boolean nearBounds;

  RandomPoints(long seed, Context ctx, java.util.Set<Var> small) {
    this(seed, ctx, small, false);
  }

  /**
   * With {@code nearBounds}, integers are drawn from their first window at every point: a refutation looks where a
   * product of N factors is short and cheap to evaluate, and where it is most often already false (N = 2, 3).
   */
  RandomPoints(long seed, Context ctx, java.util.Set<Var> small, boolean nearBounds) {
    this.random = new Random(seed);
    this.ctx = ctx;
    this.integerValues = integerValues(ctx);
    this.small = java.util.Set.copyOf(small);
    this.nearBounds = nearBounds;
  }

  /**
   * Reals that are the value of an integer ({@code let n : integer, n = r}): drawn as integers, since a point where
   * r is not one is outside the hypotheses (n is an integer), and would be discarded.
   */
  private final Map<Var, Num[]> integerValues;

  /**
   * Each real r that an integer's value a·r + b (a, b rational, a ≠ 0) is linear in, with {a, b}: r is then moved
   * to the nearest value that makes a·r + b an integer ({@code n = 2*k} gets k = m/2). Only where to look: the
   * caller still checks that every integer gets an integer.
   */
  private static Map<Var, Num[]> integerValues(Context ctx) {
    Map<Var, Num[]> out = new java.util.HashMap<>();
    for (Definition d : ctx.definitions().values()) {
      if (d.name().sort() != Sort.INTEGER || !d.params().isEmpty()) {
        continue;
      }
      java.util.Set<Var> free = Terms.freeVars(d.body());
      Var r = free.size() == 1 ? free.iterator().next() : null;
      if (r == null || r.sort() != Sort.SCALAR || ctx.definition(r).isPresent()) {
        continue;
      }
      Num[] at = new Num[4];
      for (int k = 0; k < 4; k++) {
        at[k] = Terms.rationalValue(Terms.substitute(d.body(), Map.<Var, Term>of(r, Num.of(k))));
      }
      if (java.util.Arrays.stream(at).anyMatch(java.util.Objects::isNull)) {
        continue;
      }
      Num a = at[1].plus(at[0].negate());
      boolean linear = a.signum() != 0 && at[2].equals(at[0].plus(a.times(Num.of(2))))
          && at[3].equals(at[0].plus(a.times(Num.of(3))));
      if (linear) {
        out.put(r, new Num[] {a, at[0]});
      }
    }
    return out;
  }

  /** The value nearest {@code x} where a·x + b is an integer ({@code line} = {a, b}). */
  private static Num integral(Num x, Num[] line) {
    Num y = line[0].times(x).plus(line[1]);
    BigInteger[] qr = y.numerator().divideAndRemainder(y.denominator());
    BigInteger m = qr[0].add(qr[1].shiftLeft(1).abs().compareTo(y.denominator()) >= 0
        ? BigInteger.valueOf(qr[1].signum()) : BigInteger.ZERO);
    return Num.of(m, BigInteger.ONE).plus(line[1].negate()).times(Num.of(line[0].denominator(),
        line[0].numerator()));
  }

  /** Whether point {@code k} is one of the large ones (the fifth, then every fourth). */
  private static boolean large(int k) {
    return k >= 4 && k % 4 == 0;
  }

  /** Whether point {@code k} is one of the small ones (the third, then every fourth): near 0 or an open bound. */
  private static boolean tiny(int k) {
    return k >= 2 && k % 4 == 2;
  }

  Map<Var, Num> next(Collection<Var> vars) {
    int pattern = drawn++;
    point = pattern;
    int freeIndex = 0;
    Map<Var, Num> point = new LinkedHashMap<>();
    for (Var v : vars) {
      if (v.sort() == Sort.INTEGER || v.sort() == Sort.SCALAR || v.sort() == Sort.VECTOR) {
        Range range = range(v);
        boolean free = range.free();
        boolean negative = free && sign(pattern, freeIndex, vars);
        freeIndex += free ? 1 : 0;
        Num[] line = integerValues.get(v);
        point.put(v, avoiding(range, () -> v.sort() == Sort.INTEGER ? integer(range, small.contains(v))
            : line != null ? integral(real(range, negative), line) : real(range, negative)));
      }
    }
    return point;
  }

  /**
   * How many points it takes to try every sign pattern of the free-sign variables: branch errors of logarithms and
   * roots show only at some patterns (ln(x/y) = ln x − ln y fails only for x &gt; 0 &gt; y).
   */
  int patterns(Collection<Var> vars) {
    long free = vars.stream().filter(v -> (v.sort() == Sort.SCALAR || v.sort() == Sort.VECTOR)
        && range(v).free()).count();
    return 1 << Math.min(free, ENUMERATED);
  }

  private boolean sign(int pattern, int freeIndex, Collection<Var> vars) {
    if (pattern < patterns(vars) && freeIndex < ENUMERATED) {
      return (pattern >> freeIndex & 1) == 1;
    }
    return random.nextBoolean();
  }

  // ---- ranges ---------------------------------------------------------------------------------------------------

  /** Each variable's range, worked out once: the context does not change between points. */
  private final Map<Var, Range> ranges = new java.util.HashMap<>();

  /** The tightest bounds the context's simple conditions and proved signs give v. */
  private Range range(Var v) {
    Range known = ranges.get(v);
    if (known == null) {
      known = rangeFromContext(v);
      ranges.put(v, known);
    }
    return known;
  }

  private Range rangeFromContext(Var v) {
    Num lo = null;
    boolean loOpen = false;
    Num hi = null;
    boolean hiOpen = false;
    List<Num> excluded = new ArrayList<>();
    List<Condition> simple = new ArrayList<>();
    for (Condition c : ctx.conditions()) {
      Num right = Terms.rationalValue(c.right());
      Num left = Terms.rationalValue(c.left());
      if (c.left().equals(v) && right != null) {
        simple.add(new Condition(c.relation(), v, right));
      } else if (c.right().equals(v) && left != null) {
        simple.add(new Condition(c.relation().flipped(), v, left));
      }
    }
    if (Signs.isPositive(v, ctx)) {
      simple.add(new Condition(Condition.Relation.GREATER, v, Num.ZERO));
    } else if (Signs.isNonNegative(v, ctx)) {
      simple.add(new Condition(Condition.Relation.GREATER_EQUAL, v, Num.ZERO));
    }
    if (Signs.isNegative(v, ctx)) {
      simple.add(new Condition(Condition.Relation.LESS, v, Num.ZERO));
    }
    for (Condition c : simple) {
      Num n = (Num) c.right();
      boolean open = c.relation() == Condition.Relation.GREATER || c.relation() == Condition.Relation.LESS;
      switch (c.relation()) {
        case GREATER:
        case GREATER_EQUAL:
          if (lo == null || compare(n, lo) > 0 || compare(n, lo) == 0 && open) {
            lo = n;
            loOpen = open;
          }
          break;
        case LESS:
        case LESS_EQUAL:
          if (hi == null || compare(n, hi) < 0 || compare(n, hi) == 0 && open) {
            hi = n;
            hiOpen = open;
          }
          break;
        case NOT_EQUAL:
          excluded.add(n);
          break;
        default:
          break; // v = c: the caller's check keeps the points where it holds
      }
    }
    if (Signs.isNonZero(v, ctx) && lo == null && hi == null) {
      excluded.add(Num.ZERO);
    }
    return new Range(lo, loOpen, hi, hiOpen, excluded);
  }

  /** Draws until the value is not one of the excluded ones (a few tries; the caller checks again). */
  private Num avoiding(Range range, java.util.function.Supplier<Num> draw) {
    Num n = draw.get();
    for (int k = 0; k < 20 && range.excluded().contains(n); k++) {
      n = draw.get();
    }
    return n;
  }

  /**
   * {@link #SPAN} + 1 integers from the lower bound up (or down from the upper), or −3..6 when unbounded — for the
   * first two draws; later draws move out, each variable by a window of its own (lo + 4k …, and for a variable that
   * bounds no sum sometimes hundreds or thousands), so that a polynomial vanishing at the first few integers
   * ((N − 1)·…·(N − 10) = 0) or wherever two integers are close is not confirmed by them. A range bounded on both
   * sides is sampled anywhere inside.
   */
  private Num integer(Range r, boolean keepSmall) {
    if (nearBounds && (r.lo() == null) != (r.hi() == null)) { // the bound, then one of the next two integers
      BigInteger bound = r.lo() != null ? ceilInclusive(r.lo(), r.loOpen()) : floorInclusive(r.hi(), r.hiOpen());
      BigInteger step = BigInteger.valueOf(point == 0 ? 0 : 1 + random.nextInt(2));
      return Num.of(r.lo() != null ? bound.add(step) : bound.subtract(step), BigInteger.ONE);
    }
    int k = nearBounds ? Math.min(point, 1) : point;
    // a bound of a sum stays within ~20 of its own bound: sums up to N are written out, nested ones N² terms
    BigInteger shift = BigInteger.valueOf(k < 2 ? 0 : SPAN * (1 + random.nextInt(Math.min(k, 4))));
    if (k >= 2 && large(k)) { // a bound of a sum up to about 40, any other integer up to about 10^6
      shift = keepSmall ? BigInteger.valueOf(SPAN * (1 + random.nextInt(10)))
          : BigInteger.valueOf(1 + random.nextInt(9)).multiply(BigInteger.TEN.pow(1 + random.nextInt(5)));
    }
    BigInteger lo = r.lo() == null ? null : ceilInclusive(r.lo(), r.loOpen());
    BigInteger hi = r.hi() == null ? null : floorInclusive(r.hi(), r.hiOpen());
    if (lo == null && hi == null) {
      boolean down = k < 2 ? k % 2 == 1 : random.nextBoolean();
      lo = k < 2 ? BigInteger.valueOf(-3) : down ? shift.negate().subtract(BigInteger.valueOf(SPAN)) : shift;
      hi = k < 2 ? BigInteger.valueOf(6) : lo.add(BigInteger.valueOf(SPAN));
    } else if (hi == null) {
      lo = lo.add(shift);
      hi = lo.add(BigInteger.valueOf(SPAN));
    } else if (lo == null) {
      hi = hi.subtract(shift);
      lo = hi.subtract(BigInteger.valueOf(SPAN));
    } else if (hi.compareTo(lo) < 0) {
      return Num.of(lo, BigInteger.ONE); // empty: the caller's check rejects it
    } else if (hi.subtract(lo).compareTo(BigInteger.valueOf(SPAN)) > 0) {
      BigInteger room = hi.subtract(lo).subtract(BigInteger.valueOf(SPAN)); // where a window can start
      if (k >= 2) {
        BigInteger start = keepSmall ? shift.min(room) : randomBelow(room.add(BigInteger.ONE));
        lo = lo.add(start);
      }
      hi = lo.add(BigInteger.valueOf(SPAN));
    }
    if (k == 0 && r.lo() != null) {
      return Num.of(lo, BigInteger.ONE); // the boundary first: an empty range or a zero factor shows there
    }
    int width = hi.subtract(lo).intValueExact() + 1;
    return Num.of(lo.add(BigInteger.valueOf(random.nextInt(width))), BigInteger.ONE);
  }

  /** A uniform integer in 0..n−1 (n ≥ 1). */
  private BigInteger randomBelow(BigInteger n) {
    BigInteger x;
    do {
      x = new BigInteger(n.bitLength(), random);
    } while (x.compareTo(n) >= 0);
    return x;
  }

  /**
   * A rational inside the range: bound ± p/q when bounded on one side, a fraction of the way when on both. The
   * second point sits on a closed bound ({@code y >= 0} gives y = 0): a derivative or root that exists only inside
   * shows there. From the third point on, the value is moved by 1/P for a prime P above 10,000, so that no
   * periodic function whose period divides a small denominator (sin(420·π·x)) vanishes at every point; and every
   * other point uses the reciprocal magnitude q/p, mostly below 1, so that a positive variable is not always
   * above 1; the large points ({@link #large}) scale it by 10 … 10,000, the small ones ({@link #tiny}) by
   * 1/100 … 1/10,000 (near 0, or near an open bound), so that values are not all between 1/10 and 10. A range
   * bounded on both sides gets points near each end on those two.
   */
  private Num real(Range r, boolean negative) {
    if (point == 1 && r.lo() != null && !r.loOpen()) {
      return r.lo();
    }
    if (point == 1 && r.hi() != null && !r.hiOpen()) {
      return r.hi();
    }
    BigInteger p = BigInteger.valueOf(1 + random.nextInt(19));
    BigInteger q = BigInteger.valueOf(2 + random.nextInt(6));
    boolean inverted = point >= 3 && point % 2 == 1;
    Num magnitude = inverted ? Num.of(q, p) : Num.of(p, q);
    Num shift = point >= 2 ? Num.of(BigInteger.ONE, BigInteger.valueOf(10_000 + random.nextInt(10_000))
        .nextProbablePrime()) : Num.ZERO;
    if (r.lo() != null && r.hi() != null) {
      int steps = 2 + random.nextInt(30);
      Num fraction = Num.of(BigInteger.valueOf(1 + random.nextInt(steps - 1)), BigInteger.valueOf(steps));
      if (tiny(point) || large(point)) { // near the lower or the upper bound: 1/100 … 1/10,000 of the way
        steps = 100 * (1 + random.nextInt(100));
        fraction = Num.of(BigInteger.valueOf(tiny(point) ? 1 : steps - 2), BigInteger.valueOf(steps));
      }
      // the shift is below 1/steps: the fraction stays inside (0, 1)
      fraction = add(fraction, multiply(shift, Num.of(BigInteger.ONE, BigInteger.valueOf(steps))));
      return add(r.lo(), multiply(fraction, add(r.hi(), negate(r.lo()))));
    }
    magnitude = add(magnitude, shift);
    if (large(point)) {
      magnitude = multiply(magnitude, Num.of(BigInteger.TEN.pow(1 + random.nextInt(4)), BigInteger.ONE));
    } else if (tiny(point)) {
      magnitude = multiply(magnitude, Num.of(BigInteger.ONE, BigInteger.TEN.pow(2 + random.nextInt(3))));
    }
    if (r.lo() != null) {
      return add(r.lo(), magnitude);
    }
    if (r.hi() != null) {
      return add(r.hi(), negate(magnitude));
    }
    return negative ? negate(magnitude) : magnitude;
  }

  // ---- exact rational arithmetic ----------------------------------------------------------------------------------

  private static Num add(Num a, Num b) {
    return a.plus(b);
  }

  private static Num multiply(Num a, Num b) {
    return a.times(b);
  }

  private static Num negate(Num a) {
    return a.negate();
  }

  private static int compare(Num a, Num b) {
    return a.compareTo(b);
  }

  private static BigInteger ceilInclusive(Num n, boolean open) {
    BigInteger[] qr = n.numerator().divideAndRemainder(n.denominator());
    BigInteger c = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return open && qr[1].signum() == 0 ? c.add(BigInteger.ONE) : c;
  }

  private static BigInteger floorInclusive(Num n, boolean open) {
    BigInteger[] qr = n.numerator().divideAndRemainder(n.denominator());
    BigInteger f = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    return open && qr[1].signum() == 0 ? f.subtract(BigInteger.ONE) : f;
  }
}

package deriv.kernel;

import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Random exact values for the variables of a numeric test, drawn from a seeded generator so runs are repeatable.
 * Signs proved by {@link Signs} are respected up front; the remaining conditions are checked by the caller, who
 * discards points that violate them. Vectors get scalar values (vectors along one axis).
 */
final class RandomPoints {
  private final Random random;
  private final Context ctx;
  /** Points drawn so far: the first {@link #patterns} of them run through every sign pattern of the free signs. */
  private int drawn;
  /** Free-sign variables whose signs are enumerated (more would make too many patterns). */
  private static final int ENUMERATED = 4;

  RandomPoints(long seed, Context ctx) {
    this.random = new Random(seed);
    this.ctx = ctx;
  }

  Map<Var, Num> next(Collection<Var> vars) {
    int pattern = drawn++;
    int freeIndex = 0;
    Map<Var, Num> point = new LinkedHashMap<>();
    for (Var v : vars) {
      if (v.sort() == Sort.INTEGER) {
        point.put(v, integer(v));
      } else if (v.sort() == Sort.SCALAR || v.sort() == Sort.VECTOR) {
        boolean free = !Signs.isNegative(v, ctx) && !Signs.isNonNegative(v, ctx);
        boolean negative = Signs.isNegative(v, ctx) || free && sign(pattern, freeIndex, vars);
        point.put(v, real(negative));
        freeIndex += free ? 1 : 0;
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
        && !Signs.isNegative(v, ctx) && !Signs.isNonNegative(v, ctx)).count();
    return 1 << Math.min(free, ENUMERATED);
  }

  private boolean sign(int pattern, int freeIndex, Collection<Var> vars) {
    if (pattern < patterns(vars) && freeIndex < ENUMERATED) {
      return (pattern >> freeIndex & 1) == 1;
    }
    return random.nextBoolean();
  }

  private Num integer(Var v) {
    int lo = Signs.isPositive(v, ctx) ? 1 : Signs.isNonNegative(v, ctx) ? 0 : -3;
    return Num.of(lo + random.nextInt(7 - lo));
  }

  /** A rational ±p/q with 1 ≤ p ≤ 19 and 2 ≤ q ≤ 7. */
  private Num real(boolean negative) {
    Num magnitude = Num.of(BigInteger.valueOf(1 + random.nextInt(19)), BigInteger.valueOf(2 + random.nextInt(6)));
    return negative ? Num.of(magnitude.numerator().negate(), magnitude.denominator()) : magnitude;
  }
}

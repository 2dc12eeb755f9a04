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

  RandomPoints(long seed, Context ctx) {
    this.random = new Random(seed);
    this.ctx = ctx;
  }

  Map<Var, Num> next(Collection<Var> vars) {
    Map<Var, Num> point = new LinkedHashMap<>();
    for (Var v : vars) {
      if (v.sort() == Sort.INTEGER) {
        point.put(v, integer(v));
      } else if (v.sort() == Sort.SCALAR || v.sort() == Sort.VECTOR) {
        point.put(v, real(v));
      }
    }
    return point;
  }

  private Num integer(Var v) {
    int lo = Signs.isPositive(v, ctx) ? 1 : Signs.isNonNegative(v, ctx) ? 0 : -3;
    return Num.of(lo + random.nextInt(7 - lo));
  }

  /** A rational p/q with 1 ≤ p ≤ 19 and 2 ≤ q ≤ 7, of the sign the context demands (else either sign). */
  private Num real(Var v) {
    Num magnitude = Num.of(BigInteger.valueOf(1 + random.nextInt(19)), BigInteger.valueOf(2 + random.nextInt(6)));
    boolean negative = Signs.isNegative(v, ctx)
        || !Signs.isNonNegative(v, ctx) && random.nextBoolean();
    return negative ? Num.of(magnitude.numerator().negate(), magnitude.denominator()) : magnitude;
  }
}

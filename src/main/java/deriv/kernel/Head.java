package deriv.kernel;

/**
 * The allow-list of built-in operations. Nothing outside this list can reach the computer-algebra system: the
 * adapter maps each head to one fixed Symja function, and user-declared functions become fresh symbols.
 */
public enum Head {
  PLUS(-1), TIMES(-1), POWER(2),
  EXP(1), LOG(1), SQRT(1), ABS(1),
  SIN(1), COS(1), TAN(1),
  /** The constant π (no arguments). */
  PI(0),
  /** Dirac's delta of a scalar or of a vector in R³ (then the three-dimensional delta). */
  DELTA(1),
  /** The Euclidean norm |v| of a vector in R³. */
  NORM(1),
  /** {@code DIFF(f, x)}: the derivative of f with respect to the variable x. */
  DIFF(2),
  /** {@code x!}, which is Γ(x + 1): defined for x > −1, and n·(n − 1)·…·1 for a natural n. */
  FACTORIAL(1),
  /**
   * ∞ (no arguments), only ever a bound of a definite integral ({@code -∞} is (−1)·∞). Not a number: the sign
   * analysis knows nothing of it and the computer algebra sees an arbitrary constant, so no rule meant for finite
   * bounds can use it; the rules for improper integrals read it off the bounds ({@link DefiniteIntegral#isInfinite}).
   */
  INFINITY(0);

  /** Number of arguments, or -1 for any number ≥ 2. */
  public final int arity;

  Head(int arity) {
    this.arity = arity;
  }
}

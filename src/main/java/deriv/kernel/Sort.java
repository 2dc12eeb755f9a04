package deriv.kernel;

/** What a variable ranges over. */
public enum Sort {
  /** A real number (further facts in {@link Context}). */
  SCALAR,
  /** An integer, for example a summation index or a particle count. */
  INTEGER,
  /** A vector in R³. It appears only in linear combinations, norms and as a function argument. */
  VECTOR,
  /** An indexed family {@code x[lo..hi]} of vectors in R³ (or scalars, see {@link Context.Family}). */
  FAMILY,
  /** A function symbol: uninterpreted unless {@link Context} holds a definition for it. */
  FUNCTION
}

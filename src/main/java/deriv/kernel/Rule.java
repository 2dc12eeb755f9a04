package deriv.kernel;

/**
 * A theorem schema used left to right: an instance {@code t = t'} whose side conditions are discharged in
 * {@link #rewrite}. A rule must return a rewrite only when that instance is a theorem.
 */
public interface Rule {
  /** The name written after {@code by}. */
  String name();

  /** One line: the theorem and its side conditions, for documentation and {@code explain}. */
  String theorem();

  /** The instance of this rule at the root of {@code t}, or null when the rule does not apply there. */
  Rewrite rewrite(Term t, Context ctx, Prover p);
}

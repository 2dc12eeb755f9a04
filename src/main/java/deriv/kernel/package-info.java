/**
 * The TRUSTED kernel: it alone decides whether a step is true.
 *
 * <p>Mathematics reaches it only as {@link deriv.kernel.Term}s built by the front end. {@link deriv.kernel.Algebra}
 * is the main judgement (lhs = rhs under a {@link deriv.kernel.Context}); {@link deriv.kernel.Signs} proves signs
 * for side conditions; {@link deriv.kernel.Prover} runs one obligation with its own computer-algebra engine and a
 * time limit; {@link deriv.kernel.Terms} holds the pure term utilities. A {@link deriv.kernel.Status#PROVED} verdict
 * is created only here. Soundness first: an accepted false step is worse than a rejected true one.
 */
package deriv.kernel;

/**
 * Orchestration: walks each derivation's statements in order, asks the kernel for a verdict on every step, and
 * tracks which results are established (only those can be used later) and whether the goal is reached.
 *
 * <p>UNTRUSTED: it cannot create a PROVED verdict (ArchitectureTest forbids {@code Verdict.proved} and Verdict's
 * constructor outside the kernel). Results are data ({@link deriv.check.RunResult}); no I/O.
 */
package deriv.check;

/**
 * The TRUSTED bridge to Symja, and the only package that may import {@code org.matheclipse} (an ArchUnit test
 * checks it).
 *
 * <p>Expressions are built with {@code F} over the {@link deriv.kernel.Head} allow-list, never parsed from text;
 * user names become fresh {@code Dummy} symbols, so no user name can reach a built-in (Print, URLFetch, N, I, …).
 * Integrals, deltas and norms are opaque atoms, never handed to Symja. Each evaluation runs in a fresh engine
 * (Symja's caches ignore assumptions; engines are not thread-safe). Call {@link deriv.kernel.symja.SymjaSetup#init()}
 * before anything else loads Symja.
 */
package deriv.kernel.symja;

package deriv.kernel;

import java.util.List;

/**
 * A definite integral over an interval, {@code ∫_lo^hi body d(var)}: var is a real bound in the body; lo and hi lie
 * outside its scope. Never evaluated by the computer algebra (an opaque atom there); the kernel's own rules
 * (ftc, substitution, parts, linearity, flip, even, gaussian) rewrite it with their side conditions discharged.
 *
 * <p>A bound may be ∞ ({@link #INFINITY}, only as hi) or −∞ ({@link #MINUS_INFINITY}, only as lo): the improper
 * integral lim_{b→∞} ∫_a^b, lim_{a→−∞} ∫_a^b, or both (each limit on its own). The integral is oriented:
 * ∫_b^a f = −∫_a^b f.
 */
public record DefiniteIntegral(Var var, Term lo, Term hi, Term body) implements Term {
  /** ∞ as a bound. */
  public static final Term INFINITY = new Op(Head.INFINITY, List.of());
  /** −∞ as a bound. */
  public static final Term MINUS_INFINITY = new Op(Head.TIMES, List.of(Num.MINUS_ONE, INFINITY));

  public static boolean isPlusInfinity(Term t) {
    return INFINITY.equals(t);
  }

  public static boolean isMinusInfinity(Term t) {
    return MINUS_INFINITY.equals(t);
  }

  /** Whether t is ∞ or −∞, or mentions ∞ in any other way (never a finite bound). */
  public static boolean isInfinite(Term t) {
    return Terms.contains(t, u -> u instanceof Op o && o.head() == Head.INFINITY);
  }

  /** Whether a bound is infinite. */
  public boolean improper() {
    return isInfinite(lo) || isInfinite(hi);
  }
}

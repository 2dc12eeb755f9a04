package deriv.kernel;

/**
 * A rule about definite integrals whose arguments are written after its name ({@code by ftc(F)}). It proves the
 * conditions its integrands need on the interval itself (so the rewrite may drop them), and says why it refused.
 */
public interface IntervalRule extends Rule {
  /** Why the first refused application was refused, naming the side condition not shown; null if none was. */
  String refusal();
}

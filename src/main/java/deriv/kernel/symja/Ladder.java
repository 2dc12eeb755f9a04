package deriv.kernel.symja;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Symja's steps towards 0 on one difference ({@link SymjaAdapter#ladder}), taken in stages: the cheap steps
 * (evaluation, Together) and the dear ones (Simplify, and under the assumptions Simplify, FullSimplify, Refine). A
 * caller may put cheap decisive checks between them, or take the cheap steps of several forms of a question before
 * the dear steps of any. Each step is applied to the difference itself, so the stages give what the whole ladder
 * gives: the first exact 0 or definite nonzero number, or undecided.
 */
public final class Ladder {
  /** The steps that cost little whatever the expression (a long sum's Simplify cost 85 units, its Together 6). */
  private static final int CHEAP_STEPS = 2;
  /**
   * Leaves from which the dear steps cost more than a point of numbers. Measured on the library: below, they mostly
   * cost a unit or two, less than a point (up to 9); a sum of three GHK currents (69 leaves) cost 209 units, a law's
   * rewrite compared with the side it does not match (42) 615.
   */
  private static final int LARGE = 20;

  record Step(String name, Function<IExpr, IExpr> build) {}

  private final SymjaAdapter symja;
  private final IExpr difference;
  private final FromSymja back;
  private final List<Step> steps;
  private final List<String> trace;
  private IExpr best;
  private int next;
  private ZeroCheck.Outcome outcome; // null while a step is left to take
  private String residual;

  Ladder(SymjaAdapter symja, IExpr difference, FromSymja back, List<Step> steps, List<String> trace) {
    this.symja = symja;
    this.difference = difference;
    this.back = back;
    this.steps = steps;
    this.trace = new ArrayList<>(trace);
    this.best = difference;
  }

  /**
   * The first step alone, Symja's plain evaluation, which expands nothing: cheap even where the cheap steps are not
   * (Together writes out (x + y + z + w)^40).
   */
  public ZeroCheck evaluation() {
    return upTo(1);
  }

  /** The cheap steps; ZERO or NONZERO when one decided, else UNDECIDED (the dear steps may still decide). */
  public ZeroCheck cheap() {
    return upTo(CHEAP_STEPS);
  }

  /** Whether the ladder goes on: no step decided, none stopped it, and steps are left. */
  public boolean open() {
    return outcome == null;
  }

  /**
   * The steps left. On a large difference {@code worthSimplifying} is asked first whether they are worth taking: a
   * caller whose 0 counts only where numbers confirm it asks them, and a comparison that cannot hold then costs no
   * Simplify or FullSimplify. When it says no, UNDECIDED: this only ever stops short of a 0, never makes one.
   */
  public ZeroCheck rest(BooleanSupplier worthSimplifying) {
    cheap();
    if (outcome == null && best.leafCount() >= LARGE && !worthSimplifying.getAsBoolean()) {
      trace.add("not simplified further: numbers show that a 0 would not be confirmed");
      outcome = ZeroCheck.Outcome.UNDECIDED;
    }
    return upTo(steps.size());
  }

  private ZeroCheck upTo(int end) {
    while (outcome == null && next < Math.min(end, steps.size())) {
      Step step = steps.get(next++);
      IExpr r = symja.eval(step.build().apply(difference));
      trace.add(step.name() + ": " + back.show(r));
      if (r.isZero()) {
        outcome = ZeroCheck.Outcome.ZERO;
      } else if (symja.isDefiniteNonzero(r)) {
        outcome = ZeroCheck.Outcome.NONZERO;
        residual = back.show(r);
      } else {
        if (r.leafCount() < best.leafCount() || best == difference) {
          best = r;
        }
        if (!r.isFree(S.Integrate)) {
          outcome = ZeroCheck.Outcome.UNDECIDED; // Simplify retries a failed integral for seconds; a result might
        }
      }
    }
    if (outcome == null && next >= steps.size()) {
      outcome = ZeroCheck.Outcome.UNDECIDED;
    }
    ZeroCheck.Outcome now = outcome == null ? ZeroCheck.Outcome.UNDECIDED : outcome;
    String shown = now == ZeroCheck.Outcome.ZERO ? null : now == ZeroCheck.Outcome.NONZERO ? residual
        : back.show(best);
    return new ZeroCheck(now, shown, trace);
  }
}

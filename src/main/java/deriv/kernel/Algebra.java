package deriv.kernel;

import deriv.kernel.symja.Sample;
import deriv.kernel.symja.ZeroCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code algebra} rule, the kernel's main judgement: is {@code lhs = rhs} under the context?
 *
 * <ul>
 *   <li>PROVED only when lhs − rhs simplified to exactly 0 — first with defined names left uninterpreted, then with
 *       definitions unfolded. Provably equal binders are merged first ({@link BinderCongruence}), and log/root/power
 *       laws are applied only where positivity is proved ({@link PositivityRewrites}).
 *   <li>FAILED when the difference simplified to a definite nonzero number, or when the sides clearly differ at an
 *       admissible point (then with a counterexample).
 *   <li>TESTED when at least {@value #SAMPLES} random admissible points agree to about 25 digits.
 *   <li>UNKNOWN otherwise (for instance when an integral or a delta cannot be evaluated).
 * </ul>
 */
public final class Algebra {
  public static final String RULE = "algebra";
  static final int SAMPLES = 5;
  private static final int MAX_POINTS = 40;

  private Algebra() {}

  public static Verdict decide(Term lhs, Term rhs, Context ctx, Prover p) {
    String claim = Terms.show(lhs) + " = " + Terms.show(rhs);
    List<String> trace = new ArrayList<>();
    if (Terms.alphaEquivalent(lhs, rhs, ctx)) {
      return Verdict.proved(RULE, "both sides are the same expression", List.of("identical sides"));
    }
    Term l = Terms.unfold(lhs, ctx);
    Term r = Terms.unfold(rhs, ctx);
    ZeroCheck z = prove(lhs, rhs, ctx, p, 0);
    trace.addAll(z.trace());
    Verdict v = conclusive(z, claim, trace);
    if (v != null) {
      return v.isProved() ? crossChecked(v, l, r, ctx, p, trace) : v;
    }
    String residual = z.residual();
    if (!l.equals(lhs) || !r.equals(rhs)) {
      ZeroCheck u = prove(l, r, ctx, p, 0);
      u.trace().forEach(line -> trace.add("with definitions unfolded, " + line));
      v = conclusive(u, claim, trace);
      if (v != null) {
        return v.isProved() ? crossChecked(v, l, r, ctx, p, trace) : v;
      }
      residual = u.residual();
    }
    return test(l, r, ctx, p, residual, trace);
  }

  /** Proof only (no numbers): true if lhs − rhs simplifies to 0, with or without unfolding definitions. */
  public static boolean provablyEqual(Term a, Term b, Context ctx, Prover p) {
    return provablyEqual(a, b, ctx, p, 0);
  }

  static boolean provablyEqual(Term a, Term b, Context ctx, Prover p, int depth) {
    if (Terms.alphaEquivalent(a, b, ctx)) {
      return true;
    }
    Term ua = Terms.unfold(a, ctx);
    Term ub = Terms.unfold(b, ctx);
    boolean zero = prove(a, b, ctx, p, depth).outcome() == ZeroCheck.Outcome.ZERO
        || (!ua.equals(a) || !ub.equals(b)) && prove(ua, ub, ctx, p, depth).outcome() == ZeroCheck.Outcome.ZERO;
    return zero && sample(ua, ub, ctx, p).counterexample() == null;
  }

  private static ZeroCheck prove(Term lhs, Term rhs, Context ctx, Prover p, int depth) {
    List<String> steps = new ArrayList<>();
    List<Term> merged = BinderCongruence.merge(List.of(lhs, rhs), ctx, p, depth);
    if (!merged.equals(List.of(lhs, rhs))) {
      steps.add("provably equal binders merged: " + Terms.show(merged.get(0)) + " = " + Terms.show(merged.get(1)));
    }
    Term l = PositivityRewrites.normalise(merged.get(0), ctx, p);
    Term r = PositivityRewrites.normalise(merged.get(1), ctx, p);
    if (!l.equals(merged.get(0)) || !r.equals(merged.get(1))) {
      steps.add("log/root/power laws where positivity is proved: " + Terms.show(l) + " = " + Terms.show(r));
    }
    ZeroCheck z = p.symja().simplifiesToZero(Terms.minus(l, r), ctx);
    steps.addAll(z.trace());
    return new ZeroCheck(z.outcome(), z.residual(), steps);
  }

  private static Verdict conclusive(ZeroCheck z, String claim, List<String> trace) {
    if (z.outcome() == ZeroCheck.Outcome.ZERO) {
      return Verdict.proved(RULE, "lhs - rhs simplifies to 0", trace);
    }
    if (z.outcome() == ZeroCheck.Outcome.NONZERO) {
      return Verdict.of(Status.FAILED, RULE, "false: lhs - rhs = " + z.residual() + ", which is not 0 (" + claim + ")",
          z.residual(), Map.of(), trace);
    }
    return null;
  }

  // ---- numbers --------------------------------------------------------------------------------------------------

  /** What random admissible points showed: a counterexample, or how many points agreed. */
  private record Evidence(int agreed, int inconclusive, String unevaluable, Map<String, String> counterexample) {}

  private static Evidence sample(Term lhs, Term rhs, Context ctx, Prover p) {
    long seed = (Terms.show(lhs) + " = " + Terms.show(rhs)).hashCode();
    Set<Var> vars = new LinkedHashSet<>(Terms.freeVars(lhs));
    vars.addAll(Terms.freeVars(rhs));
    ctx.conditions().forEach(c -> {
      vars.addAll(Terms.freeVars(c.left()));
      vars.addAll(Terms.freeVars(c.right()));
    });
    RandomPoints points = new RandomPoints(seed, ctx);
    int agreed = 0;
    int inconclusive = 0;
    int needed = Math.max(SAMPLES, points.patterns(vars));
    for (int k = 0; k < MAX_POINTS && agreed < needed; k++) {
      Map<Var, Num> point = points.next(vars);
      Sample s = p.symja().compareAt(lhs, rhs, ctx, point, seed);
      switch (s.agreement()) {
        case UNEVALUABLE:
          return new Evidence(agreed, inconclusive, s.note(), null);
        case DIFFER:
          return new Evidence(agreed, inconclusive, null, counterexample(point, s));
        case AGREE:
          agreed++;
          break;
        case INCONCLUSIVE:
          inconclusive++;
          break;
        default:
          break; // inadmissible point: draw another
      }
    }
    return new Evidence(agreed, inconclusive, null, null);
  }

  /**
   * Symja's "0" is checked against numbers as well: with real assumptions it has been measured to split roots of
   * negative numbers. A clear difference at an admissible point overrides the symbolic answer.
   */
  private static Verdict crossChecked(Verdict proved, Term lhs, Term rhs, Context ctx, Prover p,
      List<String> trace) {
    Evidence e = sample(lhs, rhs, ctx, p);
    if (e.counterexample() == null) {
      return proved;
    }
    trace.add("numeric check of the proof: the sides differ at " + e.counterexample()
        + "; the symbolic 0 was wrong");
    return Verdict.of(Status.FAILED, RULE, "false: the sides differ at " + e.counterexample()
        + " (the computer algebra's simplification to 0 was unsound here)", null, e.counterexample(), trace);
  }

  private static Verdict test(Term lhs, Term rhs, Context ctx, Prover p, String residual, List<String> trace) {
    Evidence e = sample(lhs, rhs, ctx, p);
    if (e.unevaluable() != null) {
      trace.add("numeric test impossible: " + e.unevaluable());
      return Verdict.of(Status.UNKNOWN, RULE, "not proved, and not testable numerically (" + e.unevaluable() + ")",
          residual, Map.of(), trace);
    }
    if (e.counterexample() != null) {
      trace.add("numeric test: the sides differ at " + e.counterexample());
      return Verdict.of(Status.FAILED, RULE, "false: the sides differ at " + e.counterexample(), residual,
          e.counterexample(), trace);
    }
    trace.add("numeric test: " + e.agreed() + " admissible random points agree" + (e.inconclusive() > 0
        ? ", " + e.inconclusive() + " inconclusive" : ""));
    if (e.agreed() >= SAMPLES) {
      return Verdict.of(Status.TESTED, RULE, "not proved; both sides agree at " + e.agreed()
          + " random admissible points (residual " + residual + ")", residual, Map.of(), trace);
    }
    return Verdict.of(Status.UNKNOWN, RULE, "not proved, and too few admissible points agreed (" + e.agreed() + ")",
        residual, Map.of(), trace);
  }

  private static Map<String, String> counterexample(Map<Var, Num> point, Sample s) {
    Map<String, String> out = new LinkedHashMap<>();
    point.forEach((v, n) -> out.put(out.containsKey(v.name()) ? v.name() + "#" + v.id() : v.name(), n.toString()));
    out.putAll(s.functions());
    out.put("lhs", s.lhs());
    out.put("rhs", s.rhs());
    return out;
  }
}

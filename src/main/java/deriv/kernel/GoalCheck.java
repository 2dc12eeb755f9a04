package deriv.kernel;

import java.util.List;
import java.util.Map;

/** Whether the equation {@code lhs = rhs} is the fact {@code last}, side by side, swapped, or as a difference. */
final class GoalCheck {
  private GoalCheck() {}

  static Verdict check(Term lhs, Term rhs, boolean approximate, Fact last, Context ctx, Prover p) {
    Verdict v = compare(lhs, rhs, last, ctx, p);
    // the last result's own links were gated; a goal that is that result (either way round) is defined as it is
    boolean same = Terms.alphaEquivalent(lhs, last.lhs(), ctx) && Terms.alphaEquivalent(rhs, last.rhs(), ctx)
        || Terms.alphaEquivalent(lhs, last.rhs(), ctx) && Terms.alphaEquivalent(rhs, last.lhs(), ctx);
    String undefined = v.isProved() && !same ? Algebra.definednessProblem(lhs, rhs, List.of(last), ctx, p) : null;
    if (undefined != null) {
      return Verdict.of(Status.FAILED, "goal", "the goal is not reached: " + undefined, null, Map.of(), v.trace());
    }
    if (v.isProved() && last.approximate() && !approximate) {
      return Verdict.of(Status.FAILED, "goal", "the goal is written with = but " + approximation(last)
          + "; write ≈", null, Map.of(), v.trace());
    }
    return v;
  }

  /** Why the last result holds only approximately: the approximations it rests on, or a link written ≈. */
  private static String approximation(Fact last) {
    List<Evidence> approximations = Evidence.ofKind(last.evidence(), Evidence.Kind.APPROXIMATION);
    if (approximations.isEmpty()) {
      return "'" + last.name() + "' holds only approximately (a link is written ≈)";
    }
    List<String> named = approximations.stream()
        .map(e -> e.name() + " (line " + e.line() + " of " + e.file() + ")").toList();
    return "rests on the approximation" + (named.size() > 1 ? "s " : " ") + String.join(", ", named);
  }

  private static Verdict compare(Term lhs, Term rhs, Fact last, Context ctx, Prover p) {
    // the last result as it holds: ≈ when it rests on an approximation or a link written ≈
    String shown = Terms.show(last.lhs()) + (last.approximate() ? " ≈ " : " = ") + Terms.show(last.rhs());
    if (Algebra.provablyEqual(lhs, last.lhs(), ctx, p) && Algebra.provablyEqual(rhs, last.rhs(), ctx, p)) {
      return reached(last, "each side equals the corresponding side of " + shown);
    }
    if (Algebra.provablyEqual(lhs, last.rhs(), ctx, p) && Algebra.provablyEqual(rhs, last.lhs(), ctx, p)) {
      return reached(last, "it is " + shown + " read right to left");
    }
    Term goalDifference = Terms.minus(lhs, rhs);
    Term lastDifference = Terms.minus(last.lhs(), last.rhs());
    if (Algebra.provablyEqual(goalDifference, lastDifference, ctx, p)
        || Algebra.provablyEqual(goalDifference, Terms.neg(lastDifference), ctx, p)) {
      return reached(last, "lhs − rhs of the goal equals ±(lhs − rhs) of " + shown);
    }
    return Verdict.of(Status.FAILED, "goal", "the goal is not the last result '" + last.name() + "': " + shown,
        null, Map.of(), List.of("compared with " + shown));
  }

  private static Verdict reached(Fact last, String how) {
    return Verdict.proved("goal", "reached: " + how, List.of("goal matches '" + last.name() + "': " + how));
  }
}

package deriv.diagnose;

import deriv.kernel.Context;
import deriv.kernel.Fact;
import deriv.kernel.Kernel;
import deriv.kernel.Term;
import deriv.kernel.Verdict;
import deriv.kernel.Limits;
import java.util.List;

/**
 * What the kernel is asked for one step: {@code lhs = rhs} by {@code rule}, with the facts it may use, in a context.
 * Kept as data so that a step can be checked and re-checked with variations (diagnosis); watch mode remembers it
 * by the complete description of the deriv.check.Obligation it becomes.
 *
 * @param rule the rule named after {@code by}, or null when none was named
 * @param facts for a link, every earlier fact; for a derived claim, its (instantiated) premises
 */
public record Obligation(Kind kind, Term lhs, Term rhs, String rule, List<Term> args, List<Fact> facts,
    Context context, boolean approximate) {
  public enum Kind { LINK, DERIVED }

  public Obligation {
    args = List.copyOf(args);
    facts = List.copyOf(facts);
  }

  public static Obligation link(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> facts, Context ctx) {
    return link(lhs, rhs, rule, args, facts, ctx, false);
  }

  /** {@code approximate}: the link is written ≈. */
  public static Obligation link(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> facts, Context ctx,
      boolean approximate) {
    return new Obligation(Kind.LINK, lhs, rhs, rule, args, facts, ctx, approximate);
  }

  /** {@code approximate}: the claim is written with ≈, so it asserts no more than an approximation. */
  public static Obligation derived(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> premises,
      Context ctx, boolean approximate) {
    return new Obligation(Kind.DERIVED, lhs, rhs, rule, args, premises, ctx, approximate);
  }

  /** The kernel's verdict on this obligation. */
  public Verdict check(Limits limits) {
    return check(lhs, rhs, context, limits);
  }

  /** The kernel's verdict on another equation, by this obligation's rule and facts. */
  public Verdict check(Term l, Term r, Context ctx, Limits limits) {
    return kind == Kind.DERIVED ? Kernel.checkDerived(l, r, rule, args, facts, approximate, ctx, limits)
        : Kernel.checkLink(l, r, rule, args, facts, approximate, ctx, limits);
  }

  /** True when the rule is algebra itself (named, implied by {@code def}, or chosen automatically). */
  public boolean algebraic() {
    return kind == Kind.LINK && (rule == null || rule.equals("algebra") || rule.equals("def"));
  }
}

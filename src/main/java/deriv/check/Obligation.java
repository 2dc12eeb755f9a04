package deriv.check;

import deriv.kernel.Context;
import deriv.kernel.Fact;
import deriv.kernel.Var;
import deriv.kernel.Kernel;
import deriv.kernel.Limits;
import deriv.kernel.Term;
import deriv.kernel.Verdict;
import java.util.List;

/**
 * One question for the kernel with everything its answer depends on, so that two equal obligations have the same
 * verdict. That is what lets a verdict be computed ahead of time on another thread ({@link ParallelChecker}) or
 * read back from disk ({@link VerdictCache}); both compare obligations by their complete description
 * (deriv.cache.ObligationKey).
 */
public interface Obligation {
  /** Asks the kernel: runs on the calling thread with a fresh Symja engine per obligation. */
  Verdict decide();

  /** A chain link {@code a = b} justified by {@code rule} (null: any), with the facts established before it. */
  record Link(Term a, Term b, String rule, List<Term> args, List<Fact> facts, boolean approximate, Context context,
      Limits limits) implements Obligation {
    @Override
    public Verdict decide() {
      return Kernel.checkLink(a, b, rule, args, facts, approximate, context, limits);
    }
  }

  /** {@code lhs = rhs} derived from (instantiated, established) premises by an equation rule. */
  record Derived(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> premises, boolean approximate,
      Context context, Limits limits) implements Obligation {
    @Override
    public Verdict decide() {
      return Kernel.checkDerived(lhs, rhs, rule, args, premises, approximate, context, limits);
    }
  }

  /** A postulate {@code lhs = rhs} ({@code kind} "postulate"): assumed unless it is refutable. */
  record Assumption(String kind, Term lhs, Term rhs, List<Var> params, Context context, Limits limits)
      implements Obligation {
    @Override
    public Verdict decide() {
      return Kernel.checkAssumption(kind, lhs, rhs, params, context, limits);
    }
  }

  /** The goal {@code lhs = rhs} (or {@code ≈}: {@code approximate}) against the last established fact. */
  record Goal(Term lhs, Term rhs, boolean approximate, Fact last, Context context, Limits limits)
      implements Obligation {
    @Override
    public Verdict decide() {
      return Kernel.checkGoal(lhs, rhs, approximate, last, context, limits);
    }
  }
}

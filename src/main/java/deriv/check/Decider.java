package deriv.check;

import deriv.kernel.Verdict;

/** How the checker gets a verdict for an obligation: straight from the kernel, from a cache, from another thread. */
@FunctionalInterface
public interface Decider {
  Decider KERNEL = Obligation::decide;

  Verdict decide(Obligation o);
}

package deriv.kernel;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How large a term becomes once its definitions are unfolded, computed without unfolding it: a definition is
 * summarized once as its unfolded size apart from its parameters, and how often each parameter occurs in it. A chain
 * {@code g_k(t) := g_{k-1}(t) + g_{k-1}(t + 1)} doubles at each link, so 40 links are 2^40 nodes: unfolding it would
 * exhaust any heap long before a limit on work notices. {@link Terms#unfold} refuses, with {@link TooLarge}, a term
 * above {@link #MAX_NODES} (issue 16). The count is an upper bound (substitution never shrinks a term).
 */
public final class Expansion {
  /**
   * The most nodes an unfolded term may have. The library's largest unfolded term has 98 nodes
   * (measured, docs/performance.md): the limit leaves three orders of magnitude of headroom for larger derivations
   * and keeps one term to tens of megabytes.
   */
  public static final long MAX_NODES = 200_000;

  private Expansion() {}

  /** Refused: unfolding would build a term of more than {@link #MAX_NODES} nodes. */
  public static final class TooLarge extends IllegalStateException {
    public TooLarge(String what) {
      super(what + " expands beyond " + String.format(java.util.Locale.ROOT, "%,d", MAX_NODES)
          + " nodes when its definitions are unfolded (deriv's limit, which keeps memory bounded)");
    }
  }

  /** Throws {@link TooLarge} when {@code t} unfolded in {@code ctx} would have more than {@link #MAX_NODES} nodes. */
  static void check(Term t, Context ctx) {
    if (size(t, ctx) > MAX_NODES) {
      String shown = Terms.show(t);
      throw new TooLarge(shown.length() > 60 ? shown.substring(0, 57) + "..." : shown);
    }
  }

  /** The number of nodes of {@code t} with its definitions unfolded (saturating at Long.MAX_VALUE). */
  public static long size(Term t, Context ctx) {
    return new Counter(ctx).profile(t, List.of()).constant;
  }

  /** Size = constant + Σ occurrences[p] · size(argument for p). */
  private record Profile(long constant, Map<Var, Long> occurrences) {}

  private static final Profile LEAF = new Profile(1, Map.of());

  private static final class Counter {
    private final Context ctx;
    private final Map<Definition, Profile> done = new IdentityHashMap<>();
    private final Map<Definition, Boolean> visiting = new IdentityHashMap<>();

    Counter(Context ctx) {
      this.ctx = ctx;
    }

    /** The profile of {@code t} in terms of {@code params} (the parameters of the definition it belongs to). */
    Profile profile(Term t, List<Var> params) {
      if (t instanceof Var v) {
        if (params.contains(v)) {
          return new Profile(0, Map.of(v, 1L));
        }
        Definition d = ctx.definition(v).filter(x -> x.params().isEmpty()).orElse(null);
        return d == null ? LEAF : new Profile(of(d).constant, Map.of());
      }
      if (!(t instanceof Apply) && Terms.children(t).isEmpty()) {
        return LEAF;
      }
      long constant = 1;
      Map<Var, Long> occurrences = new HashMap<>(2);
      Definition d = t instanceof Apply a ? ctx.definition(a.function()).orElse(null) : null;
      if (d != null && d.params().size() == ((Apply) t).args().size()) {
        // the application is replaced by the body, each parameter by its argument
        Profile body = of(d);
        constant = body.constant;
        List<Term> args = ((Apply) t).args();
        for (int k = 0; k < args.size(); k++) {
          long times = body.occurrences.getOrDefault(d.params().get(k), 0L);
          if (times > 0) {
            Profile arg = profile(args.get(k), params);
            add(occurrences, arg, times);
            constant = plus(constant, times(times, arg.constant));
          }
        }
        return new Profile(constant, occurrences);
      }
      for (Term c : Terms.children(t)) {
        Profile p = profile(c, params);
        constant = plus(constant, p.constant);
        add(occurrences, p, 1);
      }
      return new Profile(constant, occurrences);
    }

    private Profile of(Definition d) {
      Profile p = done.get(d);
      if (p != null) {
        return p;
      }
      if (visiting.put(d, Boolean.TRUE) != null) {
        throw new IllegalStateException("definitions do not unfold to a fixed point (cyclic?)");
      }
      p = profile(d.body(), d.params());
      visiting.remove(d);
      done.put(d, p);
      return p;
    }

    private static void add(Map<Var, Long> into, Profile p, long times) {
      if (p.occurrences.isEmpty()) {
        return;
      }
      p.occurrences.forEach((v, n) -> into.merge(v, Expansion.times(n, times), Expansion::plus));
    }
  }

  private static long plus(long a, long b) {
    long s = a + b;
    return s < 0 ? Long.MAX_VALUE : s;
  }

  private static long times(long a, long b) {
    return a == 0 || b == 0 ? 0 : a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }
}

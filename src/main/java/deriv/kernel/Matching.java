package deriv.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** First-order matching of a pattern against a term: pattern variables bind to subterms, all else must agree. */
final class Matching {
  private Matching() {}

  /** The bindings that turn {@code pattern} into {@code term}, or null when there are none. */
  static Map<Var, Term> match(Term pattern, Term term, Set<Var> patternVars) {
    Map<Var, Term> bindings = new HashMap<>();
    return go(pattern, term, patternVars, bindings) ? bindings : null;
  }

  private static boolean go(Term p, Term t, Set<Var> vars, Map<Var, Term> b) {
    if (p instanceof Var v && vars.contains(v)) {
      Term bound = b.get(v);
      if (bound == null) {
        b.put(v, t);
        return true;
      }
      return Terms.alphaEquivalent(bound, t);
    }
    if (Terms.freeVars(p).stream().noneMatch(vars::contains)) {
      return Terms.alphaEquivalent(p, t);
    }
    if (p instanceof Op po && t instanceof Op to) {
      return po.head() == to.head() && all(po.args(), to.args(), vars, b);
    }
    if (p instanceof Apply pa && t instanceof Apply ta) {
      return pa.function().equals(ta.function()) && all(pa.args(), ta.args(), vars, b);
    }
    if (p instanceof Index pi && t instanceof Index ti) {
      return pi.family().equals(ti.family()) && go(pi.index(), ti.index(), vars, b);
    }
    // Binders containing pattern variables are not matched: the bound names would need renaming.
    return false;
  }

  private static boolean all(List<Term> ps, List<Term> ts, Set<Var> vars, Map<Var, Term> b) {
    if (ps.size() != ts.size()) {
      return false;
    }
    for (int i = 0; i < ps.size(); i++) {
      if (!go(ps.get(i), ts.get(i), vars, b)) {
        return false;
      }
    }
    return true;
  }
}

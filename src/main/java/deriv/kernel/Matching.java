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
    if (negatedVariable(p, vars) != null && !(t instanceof Op to && negatedVariable(to, Set.of()) != null)) {
      // −u against a term not written as a negation: u is −t, and the instance −(−t) is t (Terms.neg), so
      // e^(−u) ≈ 1 − u applies to e^a at u = −a, as a textbook applies it to both signs
      return go(negatedVariable(p, vars), Terms.neg(t), vars, b);
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
    if (p instanceof BigOp pb && t instanceof BigOp tb) {
      return pb.kind() == tb.kind() && pb.hasExcept() == tb.hasExcept() && go(pb.lo(), tb.lo(), vars, b)
          && go(pb.hi(), tb.hi(), vars, b) && (!pb.hasExcept() || go(pb.except(), tb.except(), vars, b))
          && underBinder(List.of(pb.index()), List.of(tb.index()), pb.body(), tb.body(), t, vars, b);
    }
    if (p instanceof DefiniteIntegral pd && t instanceof DefiniteIntegral td) {
      // ∞ is no value of a pattern variable: a law for every finite bound says nothing of the improper integral
      if (DefiniteIntegral.isInfinite(td.lo()) != DefiniteIntegral.isInfinite(pd.lo())
          || DefiniteIntegral.isInfinite(td.hi()) != DefiniteIntegral.isInfinite(pd.hi())) {
        return false;
      }
      return go(pd.lo(), td.lo(), vars, b) && go(pd.hi(), td.hi(), vars, b)
          && underBinder(List.of(pd.var()), List.of(td.var()), pd.body(), td.body(), t, vars, b);
    }
    if (p instanceof Integral pi && t instanceof Integral ti) {
      return pi.vars().size() == ti.vars().size()
          && underBinder(pi.vars(), ti.vars(), pi.body(), ti.body(), t, vars, b);
    }
    return false;
  }

  /**
   * Matches binder bodies with the term's bound variables renamed to the pattern's. Refused when that renaming could
   * capture (a pattern binder variable free in the term) or when a pattern variable would be bound to something
   * that mentions a bound variable (it would escape its scope).
   */
  private static boolean underBinder(List<Var> patternBound, List<Var> termBound, Term pBody, Term tBody,
      Term wholeTerm, Set<Var> vars, Map<Var, Term> b) {
    Map<Var, Term> rename = new HashMap<>();
    Set<Var> termFree = Terms.freeVars(wholeTerm);
    for (int k = 0; k < patternBound.size(); k++) {
      Var pv = patternBound.get(k);
      Var tv = termBound.get(k);
      if (pv.sort() != tv.sort() || vars.contains(pv) || (!pv.equals(tv) && termFree.contains(pv))) {
        return false;
      }
      if (!pv.equals(tv)) {
        rename.put(tv, pv);
      }
    }
    if (escapes(b, patternBound)) {
      return false;
    }
    return go(pBody, Terms.substitute(tBody, rename), vars, b) && !escapes(b, patternBound);
  }

  private static boolean escapes(Map<Var, Term> bindings, List<Var> bound) {
    for (Term value : bindings.values()) {
      Set<Var> free = Terms.freeVars(value);
      if (bound.stream().anyMatch(free::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * v when {@code p} is −v (as {@link Terms#neg} writes it) with v one of {@code vars} — any term, with {@code vars}
   * empty, is tested for the shape −x only through the second branch — else null.
   */
  private static Term negatedVariable(Term p, Set<Var> vars) {
    if (p instanceof Op o && o.head() == Head.TIMES && o.args().size() == 2 && o.arg(0).equals(Num.MINUS_ONE)) {
      return vars.isEmpty() || o.arg(1) instanceof Var v && vars.contains(v) ? o.arg(1) : null;
    }
    return null;
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

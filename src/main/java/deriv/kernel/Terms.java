package deriv.kernel;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Pure utilities on kernel terms: builders, free variables, substitution, unfolding, alpha-equivalence. */
public final class Terms {
  /** Kernel-made variables get negative ids, so they never meet the front end's (non-negative) ones. */
  private static final AtomicInteger FRESH = new AtomicInteger();

  private Terms() {}

  // ---- builders -------------------------------------------------------------------------------------------

  public static Num num(long n) {
    return Num.of(n);
  }

  public static Num num(long n, long d) {
    return Num.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  public static Term op(Head head, Term... args) {
    return new Op(head, List.of(args));
  }

  public static Term plus(Term... ts) {
    return plus(Arrays.asList(ts));
  }

  /** A sum; the empty sum is 0 and a one-term sum is the term, since PLUS needs two arguments. */
  public static Term plus(List<Term> ts) {
    return ts.isEmpty() ? Num.ZERO : ts.size() == 1 ? ts.get(0) : new Op(Head.PLUS, ts);
  }

  /**
   * {@code t + c} with the numbers added up where t is a number or a sum with numeric terms: x! needs x + 1 > 0,
   * and for (N − 1)! that is N > 0, which the sign analysis reads at once.
   */
  public static Term plusNumber(Term t, Num c) {
    List<Term> terms = t instanceof Op o && o.head() == Head.PLUS ? o.args() : List.of(t);
    Num sum = c;
    List<Term> rest = new java.util.ArrayList<>();
    for (Term x : terms) {
      Num n = rationalValue(x); // −1 is written times(−1, 1)
      if (n != null) {
        sum = sum.plus(n);
      } else {
        rest.add(x);
      }
    }
    if (sum.signum() != 0 || rest.isEmpty()) {
      rest.add(sum);
    }
    return plus(rest);
  }

  public static Term times(Term... ts) {
    return times(Arrays.asList(ts));
  }

  public static Term times(List<Term> ts) {
    return ts.isEmpty() ? Num.ONE : ts.size() == 1 ? ts.get(0) : new Op(Head.TIMES, ts);
  }

  /** −t; −(−1·u) is u, so that solving x − (−u) = 0 for x does not leave −(−1·u) for the algebra to undo. */
  public static Term neg(Term t) {
    if (t instanceof Op o && o.head() == Head.TIMES && o.args().size() == 2 && o.arg(0).equals(Num.MINUS_ONE)) {
      return o.arg(1);
    }
    return times(Num.MINUS_ONE, t);
  }

  /** The factors of a product, nested products flattened; a term that is not a product is its one factor. */
  public static List<Term> factors(Term t) {
    if (!(t instanceof Op o && o.head() == Head.TIMES)) {
      return List.of(t);
    }
    List<Term> out = new ArrayList<>();
    o.args().forEach(a -> out.addAll(factors(a)));
    return out;
  }

  public static Term minus(Term a, Term b) {
    return plus(a, neg(b));
  }

  public static Term pow(Term base, Term exponent) {
    return op(Head.POWER, base, exponent);
  }

  public static Term div(Term a, Term b) {
    return times(a, pow(b, Num.MINUS_ONE));
  }

  public static Term exp(Term t) {
    return op(Head.EXP, t);
  }

  public static Term log(Term t) {
    return op(Head.LOG, t);
  }

  public static Term sqrt(Term t) {
    return op(Head.SQRT, t);
  }

  public static Term abs(Term t) {
    return op(Head.ABS, t);
  }

  public static Term apply(Var f, Term... args) {
    return new Apply(f, List.of(args));
  }

  /** A variable no front-end term contains, named like {@code like} for messages. */
  public static Var fresh(Var like) {
    return new Var(-1 - FRESH.getAndIncrement(), like.name(), like.sort());
  }

  public static boolean isOp(Term t, Head h) {
    return t instanceof Op o && o.head() == h;
  }

  // ---- traversal --------------------------------------------------------------------------------------------

  /** The immediate subterms, binder bodies included (bound variables themselves are not children). */
  public static List<Term> children(Term t) {
    if (t instanceof Op o) {
      return o.args();
    }
    if (t instanceof Apply a) {
      return a.args();
    }
    if (t instanceof Index i) {
      return List.of(i.index());
    }
    if (t instanceof BigOp b) {
      List<Term> cs = new ArrayList<>(List.of(b.lo(), b.hi()));
      if (b.hasExcept()) {
        cs.add(b.except());
      }
      cs.add(b.body());
      return cs;
    }
    if (t instanceof Integral i) {
      return List.of(i.body());
    }
    if (t instanceof DefiniteIntegral d) {
      return List.of(d.lo(), d.hi(), d.body());
    }
    return List.of();
  }

  /** Rebuilds {@code t} with {@code f} applied to each immediate subterm; binders keep their variables. */
  public static Term mapChildren(Term t, UnaryOperator<Term> f) {
    if (t instanceof Op o) {
      return new Op(o.head(), o.args().stream().map(f).toList());
    }
    if (t instanceof Apply a) {
      return new Apply(a.function(), a.args().stream().map(f).toList());
    }
    if (t instanceof Index i) {
      return new Index(i.family(), f.apply(i.index()));
    }
    if (t instanceof BigOp b) {
      return new BigOp(b.kind(), b.index(), f.apply(b.lo()), f.apply(b.hi()),
          b.hasExcept() ? f.apply(b.except()) : null, f.apply(b.body()));
    }
    if (t instanceof Integral i) {
      return new Integral(i.vars(), f.apply(i.body()));
    }
    if (t instanceof DefiniteIntegral d) {
      return new DefiniteIntegral(d.var(), f.apply(d.lo()), f.apply(d.hi()), f.apply(d.body()));
    }
    return t;
  }

  /** Variables bound by {@code t} itself (not by its subterms). */
  public static List<Var> boundHere(Term t) {
    if (t instanceof BigOp b) {
      return List.of(b.index());
    }
    if (t instanceof Integral i) {
      return i.vars();
    }
    if (t instanceof DefiniteIntegral d) {
      return List.of(d.var());
    }
    return List.of();
  }

  /** Free variables in order of first occurrence, function and family names included. */
  public static Set<Var> freeVars(Term t) {
    Set<Var> out = new LinkedHashSet<>();
    collectFree(t, Set.of(), out);
    return out;
  }

  private static void collectFree(Term t, Set<Var> bound, Set<Var> out) {
    if (t instanceof Var v) {
      if (!bound.contains(v)) {
        out.add(v);
      }
      return;
    }
    if (t instanceof Apply a && !bound.contains(a.function())) {
      out.add(a.function());
    }
    if (t instanceof Index i && !bound.contains(i.family())) {
      out.add(i.family());
    }
    if (t instanceof BigOp b) {
      // the bounds and the excluded value are outside the index's scope
      collectFree(b.lo(), bound, out);
      collectFree(b.hi(), bound, out);
      Set<Var> inner = extend(bound, List.of(b.index()));
      if (b.hasExcept()) {
        collectFree(b.except(), bound, out);
      }
      collectFree(b.body(), inner, out);
      return;
    }
    if (t instanceof Integral i) {
      collectFree(i.body(), extend(bound, i.vars()), out);
      return;
    }
    if (t instanceof DefiniteIntegral d) {
      // the bounds are outside the variable's scope
      collectFree(d.lo(), bound, out);
      collectFree(d.hi(), bound, out);
      collectFree(d.body(), extend(bound, List.of(d.var())), out);
      return;
    }
    for (Term c : children(t)) {
      collectFree(c, bound, out);
    }
  }

  private static Set<Var> extend(Set<Var> bound, List<Var> more) {
    Set<Var> s = new LinkedHashSet<>(bound);
    s.addAll(more);
    return s;
  }

  /**
   * True when {@code t} certainly denotes an integer as written: integer literals, integer variables, and sums and
   * products of those (a difference is a sum with a factor −1). The bounds of sums and products must be such terms.
   */
  public static boolean isIntegerValued(Term t) {
    if (t instanceof Num n) {
      return n.isInteger();
    }
    if (t instanceof Var v) {
      return v.sort() == Sort.INTEGER;
    }
    if (t instanceof Op o && (o.head() == Head.PLUS || o.head() == Head.TIMES)) {
      return o.args().stream().allMatch(Terms::isIntegerValued);
    }
    if (t instanceof Op o && o.head() == Head.FACTORIAL) {
      return isIntegerValued(o.arg(0)); // n! for an integer n is an integer wherever it is defined (n ≥ 0)
    }
    if (t instanceof BigOp b) {
      return isIntegerValued(b.body()); // finitely many integers added or multiplied
    }
    // an integer to a nonnegative integer power
    return t instanceof Op o && o.head() == Head.POWER && isIntegerValued(o.arg(0))
        && o.arg(1) instanceof Num n && n.isInteger() && n.signum() >= 0;
  }

  public static boolean occurs(Var v, Term t) {
    return freeVars(t).contains(v);
  }

  /** True if {@code t} contains a subterm satisfying {@code p} (binder bodies included). */
  public static boolean contains(Term t, java.util.function.Predicate<Term> p) {
    if (p.test(t)) {
      return true;
    }
    for (Term c : children(t)) {
      if (contains(c, p)) {
        return true;
      }
    }
    return false;
  }

  // ---- substitution -------------------------------------------------------------------------------------------

  /**
   * Capture-free simultaneous substitution of free variables. A binder whose variable occurs free in a substituted
   * value is renamed first. Function and family names are replaced only by variables (a renaming).
   */
  public static Term substitute(Term t, Map<Var, Term> s) {
    if (s.isEmpty()) {
      return t;
    }
    if (t instanceof Var v) {
      return s.getOrDefault(v, v);
    }
    if (t instanceof Apply a) {
      Var f = s.get(a.function()) instanceof Var g ? g : a.function();
      return new Apply(f, a.args().stream().map(x -> substitute(x, s)).toList());
    }
    if (t instanceof Index i) {
      Var f = s.get(i.family()) instanceof Var g ? g : i.family();
      return new Index(f, substitute(i.index(), s));
    }
    if (t instanceof BigOp b) {
      Map<Var, Term> inner = enterBinder(List.of(b.index()), s);
      Var j = (Var) inner.getOrDefault(b.index(), b.index());
      return new BigOp(b.kind(), j, substitute(b.lo(), s), substitute(b.hi(), s),
          b.hasExcept() ? substitute(b.except(), s) : null, substitute(b.body(), inner));
    }
    if (t instanceof Integral i) {
      Map<Var, Term> inner = enterBinder(i.vars(), s);
      List<Var> vs = i.vars().stream().map(v -> (Var) inner.getOrDefault(v, v)).toList();
      return new Integral(vs, substitute(i.body(), inner));
    }
    if (t instanceof DefiniteIntegral d) {
      Map<Var, Term> inner = enterBinder(List.of(d.var()), s);
      Var x = (Var) inner.getOrDefault(d.var(), d.var());
      return new DefiniteIntegral(x, substitute(d.lo(), s), substitute(d.hi(), s), substitute(d.body(), inner));
    }
    return mapChildren(t, c -> substitute(c, s));
  }

  /** The substitution to use under a binder: drops the bound variables, renames those a value would capture. */
  private static Map<Var, Term> enterBinder(List<Var> bound, Map<Var, Term> s) {
    Map<Var, Term> inner = new HashMap<>(s);
    bound.forEach(inner::remove);
    Set<Var> valueVars = new LinkedHashSet<>();
    inner.values().forEach(v -> valueVars.addAll(freeVars(v)));
    for (Var b : bound) {
      if (valueVars.contains(b)) {
        inner.put(b, fresh(b));
      }
    }
    return inner;
  }

  /** {@code t} with every subterm alpha-equivalent to {@code from} replaced by {@code to} (bound variables untouched). */
  public static Term replaceSubterm(Term t, Term from, Term to) {
    if (alphaEquivalent(t, from)) {
      return to;
    }
    for (Var v : boundHere(t)) {
      if (occurs(v, from) || occurs(v, to)) {
        return t; // the replaced term speaks of a variable this binder rebinds
      }
    }
    return mapChildren(t, c -> replaceSubterm(c, from, to));
  }

  // ---- definitions --------------------------------------------------------------------------------------------

  /** Replaces defined constants and applications of defined functions by their bodies until none is left. */
  public static Term unfold(Term t, Context ctx) {
    if (ctx.definitions().isEmpty()) {
      return t;
    }
    return toFixedPoint(t, ctx, c -> unfoldOnce(c, ctx));
  }

  /** {@code step} repeated until nothing changes; a size check first: a chain of definitions can double at each link. */
  private static Term toFixedPoint(Term t, Context ctx, java.util.function.UnaryOperator<Term> step) {
    Expansion.check(t, ctx);
    Term current = t;
    for (int round = 0; round < 64; round++) {
      Term next = step.apply(current);
      if (next.equals(current)) {
        return current;
      }
      current = next;
    }
    throw new IllegalStateException("definitions do not unfold to a fixed point (cyclic?)");
  }

  /**
   * Replaces defined constants by their bodies until none is left, keeping applications of defined functions:
   * n_1 := n(x_1) becomes n(x_1), which a fact about n(y) speaks of, not the integral n stands for.
   */
  public static Term unfoldConstants(Term t, Context ctx) {
    if (ctx.definitions().isEmpty()) {
      return t;
    }
    return toFixedPoint(t, ctx, c -> replaceConstants(c, ctx));
  }

  private static Term replaceConstants(Term t, Context ctx) {
    if (t instanceof Var v) {
      return ctx.definition(v).filter(d -> d.params().isEmpty()).map(Definition::body).orElse(v);
    }
    return mapChildren(t, c -> replaceConstants(c, ctx));
  }

  private static Term unfoldOnce(Term t, Context ctx) {
    if (t instanceof Var v) {
      return ctx.definition(v).filter(d -> d.params().isEmpty()).map(Definition::body).orElse(v);
    }
    Term inner = mapChildren(t, c -> unfoldOnce(c, ctx));
    if (inner instanceof Apply a) {
      var def = ctx.definition(a.function());
      if (def.isPresent() && def.get().params().size() == a.args().size()) {
        Map<Var, Term> s = new HashMap<>();
        for (int k = 0; k < a.args().size(); k++) {
          s.put(def.get().params().get(k), a.args().get(k));
        }
        return substitute(def.get().body(), s, ctx);
      }
    }
    return inner;
  }

  // ---- hygiene: definitions that depend on a bound variable ---------------------------------------------------

  /**
   * {@code t} with every defined name unfolded whose full unfolding mentions one of {@code vars}; the others are
   * kept. A defined name stands for its body, so a name whose body mentions x is a function of x: it must be
   * unfolded before x is renamed, substituted or bound by someone else.
   */
  public static Term unfoldMentioning(Term t, Set<Var> vars, Context ctx) {
    if (vars.isEmpty() || ctx.definitions().isEmpty()) {
      return t;
    }
    Expansion.check(t, ctx); // unfolds at most what unfold would: the same bound
    return unfoldMentioning(t, vars, ctx, 0);
  }

  private static Term unfoldMentioning(Term t, Set<Var> vars, Context ctx, int depth) {
    if (depth > 64) {
      throw new IllegalStateException("definitions do not unfold to a fixed point (cyclic?)");
    }
    if (t instanceof Var v && mentionsAny(v, vars, ctx)) {
      var d = ctx.definition(v).filter(x -> x.params().isEmpty());
      if (d.isPresent()) {
        return unfoldMentioning(d.get().body(), vars, ctx, depth + 1);
      }
    }
    Term inner = mapChildren(t, c -> unfoldMentioning(c, vars, ctx, depth));
    if (inner instanceof Apply a && ctx.definition(a.function()).isPresent() && mentionsAny(a, vars, ctx)) {
      Definition d = ctx.definition(a.function()).get();
      if (d.params().size() == a.args().size()) {
        Map<Var, Term> s = new HashMap<>();
        for (int k = 0; k < a.args().size(); k++) {
          s.put(d.params().get(k), a.args().get(k));
        }
        return unfoldMentioning(substitute(d.body(), s, ctx), vars, ctx, depth + 1);
      }
    }
    return inner;
  }

  /**
   * {@code a} and {@code b} with the defined constants that a derivative unfolds (those in {@code diff(f, x)} whose
   * definitions mention x) unfolded everywhere, the same way: unfolded under the derivative and left a symbol
   * elsewhere, λ in d/dT(T·ln λ) = ln λ + … would be two unrelated things to the algebra. Null when there are none.
   */
  public static Term[] withDifferentiatedNamesUnfolded(Term a, Term b, Context ctx) {
    Map<Var, Set<Var>> names = new HashMap<>();
    collectDifferentiated(a, ctx, names);
    collectDifferentiated(b, ctx, names);
    if (names.isEmpty()) {
      return null;
    }
    Expansion.check(a, ctx);
    Expansion.check(b, ctx);
    return new Term[] {unfoldNames(a, names, ctx), unfoldNames(b, names, ctx)};
  }

  private static void collectDifferentiated(Term t, Context ctx, Map<Var, Set<Var>> out) {
    if (t instanceof Op o && o.head() == Head.DIFF && o.args().get(1) instanceof Var x) {
      for (Var v : freeVars(o.args().get(0))) {
        if (ctx.definition(v).filter(d -> d.params().isEmpty()).isPresent() && mentionsAny(v, Set.of(x), ctx)) {
          out.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(x);
        }
      }
    }
    children(t).forEach(c -> collectDifferentiated(c, ctx, out));
  }

  private static Term unfoldNames(Term t, Map<Var, Set<Var>> names, Context ctx) {
    if (t instanceof Var v && names.containsKey(v)) {
      return unfoldMentioning(v, names.get(v), ctx, 0); // as the derivative unfolds it
    }
    return mapChildren(t, c -> unfoldNames(c, names, ctx));
  }

  /** True if the definition of {@code t}'s name (a constant or a function) mentions one of {@code vars}. */
  private static boolean mentionsAny(Term t, Set<Var> vars, Context ctx) {
    Var name = t instanceof Var v ? v : t instanceof Apply a ? a.function() : null;
    Definition d = name == null ? null : ctx.definition(name).orElse(null);
    if (d == null) {
      return false;
    }
    Set<Var> free = new LinkedHashSet<>(freeVars(unfold(d.body(), ctx)));
    d.params().forEach(free::remove);
    return vars.stream().anyMatch(free::contains);
  }

  /**
   * The hygienic form of {@code t}: under every binder, the defined names that depend on a variable bound there are
   * unfolded, and so are those in {@code diff(f, x)} that depend on x. Afterwards a binder's body shows every
   * occurrence of its variables, so renaming, substituting, comparing (alpha-equivalence) and differentiating
   * cannot miss one hidden in a definition.
   */
  public static Term unfoldDependent(Term t, Context ctx) {
    if (ctx.definitions().isEmpty()) {
      return t;
    }
    Term here = t;
    List<Var> bound = boundHere(t);
    if (!bound.isEmpty()) {
      Set<Var> vs = new LinkedHashSet<>(bound);
      if (t instanceof BigOp b) {
        here = new BigOp(b.kind(), b.index(), b.lo(), b.hi(), b.except(), unfoldMentioning(b.body(), vs, ctx));
      } else if (t instanceof Integral i) {
        here = new Integral(i.vars(), unfoldMentioning(i.body(), vs, ctx));
      } else if (t instanceof DefiniteIntegral d) {
        here = new DefiniteIntegral(d.var(), d.lo(), d.hi(), unfoldMentioning(d.body(), vs, ctx));
      }
    } else if (t instanceof Op o && o.head() == Head.DIFF && o.args().get(1) instanceof Var x) {
      here = new Op(Head.DIFF, List.of(unfoldMentioning(o.args().get(0), Set.of(x), ctx), x));
    }
    return mapChildren(here, c -> unfoldDependent(c, ctx));
  }

  /** {@link #unfoldDependent} applied where a derivative is taken: {@code diff(f, x)} with f's x made visible. */
  public static Term unfoldUnderDiff(Term t, Context ctx) {
    return unfoldDependent(t, ctx);
  }

  /**
   * Capture-free substitution that also sees through definitions: the defined names that depend on a substituted
   * variable are unfolded first, and so are those that depend on a bound variable (which renaming could capture).
   */
  public static Term substitute(Term t, Map<Var, Term> s, Context ctx) {
    if (s.isEmpty()) {
      return t;
    }
    Term visible = unfoldMentioning(t, s.keySet(), ctx);
    Set<Var> valueVars = new LinkedHashSet<>();
    s.values().forEach(v -> valueVars.addAll(freeVars(unfold(v, ctx)))); // a value's defined names count too
    // a binder that must be renamed (its variable is free in a value) takes its hidden occurrences along
    boolean renames = contains(visible, u -> boundHere(u).stream().anyMatch(valueVars::contains));
    return substitute(renames ? freshBinders(unfoldDependent(visible, ctx), valueVars) : visible, s);
  }

  /** {@code t} with every binder of a variable in {@code avoid} renamed to a fresh variable (bodies in hygienic form). */
  private static Term freshBinders(Term t, Set<Var> avoid) {
    Term here = t;
    List<Var> bound = boundHere(t);
    if (bound.stream().anyMatch(avoid::contains)) {
      Map<Var, Term> rename = new HashMap<>();
      bound.stream().filter(avoid::contains).forEach(v -> rename.put(v, fresh(v)));
      if (t instanceof BigOp b) {
        here = new BigOp(b.kind(), (Var) rename.getOrDefault(b.index(), b.index()), b.lo(), b.hi(), b.except(),
            substitute(b.body(), rename));
      } else if (t instanceof Integral i) {
        here = new Integral(i.vars().stream().map(v -> (Var) rename.getOrDefault(v, v)).toList(),
            substitute(i.body(), rename));
      } else if (t instanceof DefiniteIntegral d) {
        here = new DefiniteIntegral((Var) rename.getOrDefault(d.var(), d.var()), d.lo(), d.hi(),
            substitute(d.body(), rename));
      }
    }
    return mapChildren(here, c -> freshBinders(c, avoid));
  }

  /** Alpha-equivalence of the hygienic forms: binders are equal only if they are after unfolding what they bind. */
  public static boolean alphaEquivalent(Term a, Term b, Context ctx) {
    return alphaEquivalent(unfoldDependent(a, ctx), unfoldDependent(b, ctx));
  }

  // ---- alpha-equivalence --------------------------------------------------------------------------------------

  /** Equal up to the names (ids) of bound variables. */
  public static boolean alphaEquivalent(Term a, Term b) {
    if (a.getClass() != b.getClass() || a instanceof Op x && b instanceof Op y && x.head() != y.head()) {
      return false; // the common answer when a term is looked up among many (the sign analysis's conditions)
    }
    return alpha(a, b, new HashMap<>(), new HashMap<>());
  }

  /**
   * Equal up to bound variables and up to the given correspondence of variables ({@code left → right}); used to
   * compare terms as functions of their free variables.
   */
  public static boolean alphaEquivalent(Term a, Term b, Map<Var, Var> leftToRight) {
    Map<Var, Var> rl = new HashMap<>();
    leftToRight.forEach((l, r) -> rl.put(r, l));
    return alpha(a, b, new HashMap<>(leftToRight), rl);
  }

  private static boolean alpha(Term a, Term b, Map<Var, Var> lr, Map<Var, Var> rl) {
    if (a instanceof Var x && b instanceof Var y) {
      return sameVar(x, y, lr, rl);
    }
    if (a instanceof Num || b instanceof Num) {
      return a.equals(b);
    }
    if (a instanceof Op x && b instanceof Op y) {
      return x.head() == y.head() && allAlpha(x.args(), y.args(), lr, rl);
    }
    if (a instanceof Apply x && b instanceof Apply y) {
      return sameVar(x.function(), y.function(), lr, rl) && allAlpha(x.args(), y.args(), lr, rl);
    }
    if (a instanceof Index x && b instanceof Index y) {
      return sameVar(x.family(), y.family(), lr, rl) && alpha(x.index(), y.index(), lr, rl);
    }
    if (a instanceof BigOp x && b instanceof BigOp y) {
      if (x.kind() != y.kind() || x.hasExcept() != y.hasExcept() || !alpha(x.lo(), y.lo(), lr, rl)
          || !alpha(x.hi(), y.hi(), lr, rl) || x.hasExcept() && !alpha(x.except(), y.except(), lr, rl)) {
        return false;
      }
      return underBinder(List.of(x.index()), List.of(y.index()), x.body(), y.body(), lr, rl);
    }
    if (a instanceof Integral x && b instanceof Integral y) {
      return x.vars().size() == y.vars().size() && underBinder(x.vars(), y.vars(), x.body(), y.body(), lr, rl);
    }
    if (a instanceof DefiniteIntegral x && b instanceof DefiniteIntegral y) {
      return alpha(x.lo(), y.lo(), lr, rl) && alpha(x.hi(), y.hi(), lr, rl)
          && underBinder(List.of(x.var()), List.of(y.var()), x.body(), y.body(), lr, rl);
    }
    return false;
  }

  private static boolean underBinder(List<Var> xs, List<Var> ys, Term bx, Term by, Map<Var, Var> lr,
      Map<Var, Var> rl) {
    Map<Var, Var> lr2 = new HashMap<>(lr);
    Map<Var, Var> rl2 = new HashMap<>(rl);
    for (int k = 0; k < xs.size(); k++) {
      if (xs.get(k).sort() != ys.get(k).sort()) {
        return false;
      }
      lr2.put(xs.get(k), ys.get(k));
      rl2.put(ys.get(k), xs.get(k));
    }
    return alpha(bx, by, lr2, rl2);
  }

  private static boolean sameVar(Var x, Var y, Map<Var, Var> lr, Map<Var, Var> rl) {
    Var mx = lr.get(x);
    Var my = rl.get(y);
    if (mx == null && my == null) {
      return x.equals(y);
    }
    return y.equals(mx) && x.equals(my);
  }

  private static boolean allAlpha(List<Term> xs, List<Term> ys, Map<Var, Var> lr, Map<Var, Var> rl) {
    if (xs.size() != ys.size()) {
      return false;
    }
    for (int k = 0; k < xs.size(); k++) {
      if (!alpha(xs.get(k), ys.get(k), lr, rl)) {
        return false;
      }
    }
    return true;
  }

  // ---- printing -----------------------------------------------------------------------------------------------

  /** The term in deriv's surface syntax, e.g. {@code k_B*T/q*ln(n_1/n_2)}. */
  public static String show(Term t) {
    return TermPrinter.show(t);
  }

  /** The exact value of a closed term built from numbers by +, × and integer powers; null otherwise. */
  public static Num rationalValue(Term t) {
    if (t instanceof Num n) {
      return n;
    }
    if (!(t instanceof Op o)) {
      return null;
    }
    if (o.head() == Head.PLUS || o.head() == Head.TIMES) {
      Num acc = o.head() == Head.PLUS ? Num.ZERO : Num.ONE;
      for (Term a : o.args()) {
        Num n = rationalValue(a);
        if (n == null) {
          return null;
        }
        acc = o.head() == Head.PLUS ? acc.plus(n) : acc.times(n);
      }
      return acc;
    }
    Num b = o.head() == Head.POWER ? rationalValue(o.arg(0)) : null;
    Num e = o.head() == Head.POWER ? rationalValue(o.arg(1)) : null;
    if (b != null && e != null && e.isInteger() && e.numerator().abs().compareTo(BigInteger.valueOf(400)) <= 0
        && (b.signum() != 0 || e.signum() > 0)) {
      int k = e.numerator().intValueExact();
      Num p = Num.of(b.numerator().pow(Math.abs(k)), b.denominator().pow(Math.abs(k)));
      return k >= 0 ? p : Num.of(p.denominator(), p.numerator());
    }
    return null;
  }

}

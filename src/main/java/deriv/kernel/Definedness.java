package deriv.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a term is defined: the conditions its partial functions need, each as {@code e REL 0}. A quotient or a
 * negative power needs its base ≠ 0 (split into factors: a*b ≠ 0 ⇔ a ≠ 0 ∧ b ≠ 0, x^n ≠ 0 ⇔ x ≠ 0), a
 * non-integer power a base ≥ 0 (&gt; 0 if the exponent is negative), a logarithm a positive argument, a square root a
 * nonnegative one, tan(x) needs cos(x) ≠ 0, x! (Γ(x + 1)) needs x > −1, and diff(f, x) needs f differentiable: its conditions involving x
 * strictly, and u ≠ 0 for every |u| involving x. An improper integral D needs its convergence, D ≠ ∞
 * ({@link #converges}), the one condition whose right side is not 0: nothing proves it (only a rule's proved limit
 * removes it) and no premise supplies it, also for every value of a binder's variables. TRUSTED: instances and the
 * {@code algebra} rule rest on it.
 */
final class Definedness {
  private Definedness() {}

  /**
   * The conditions of every partial function in {@code t} (callers unfold definitions first). A condition on a
   * bound variable cannot be stated outside its binder and is left out.
   */
  static List<Condition> of(Term t, Context ctx) {
    List<Condition> out = new ArrayList<>();
    collect(t, ctx, out, null);
    return out;
  }

  /**
   * {@link #of}, with every condition that involves {@code v} needed strictly (e ≥ 0 as e &gt; 0) where it arises,
   * before a sum, product or integral lifts it: what a neighbourhood of each value of v needs (a derivative in v, a
   * delta at a point). Strictness asked of the lifted form instead missed it: Σ_j (|e| − e) = 0 is an equation.
   */
  static List<Condition> strictIn(Term t, Var v, Context ctx) {
    List<Condition> out = new ArrayList<>();
    collect(t, ctx, out, v);
    return out;
  }

  /** {@code c} needed strictly if it involves {@code v} (null: as it is). */
  private static Condition strictly(Condition c, Var v) {
    if (v == null || !(Terms.occurs(v, c.left()) || Terms.occurs(v, c.right()))) {
      return c;
    }
    Condition z = zeroRight(c);
    return z.relation() == Condition.Relation.GREATER_EQUAL ? positive(z.left())
        : z.relation() == Condition.Relation.LESS_EQUAL ? positive(Terms.neg(z.left())) : c;
  }

  /**
   * {@code t} with definitions unfolded for judging where it is defined, except an integer constant whose value is
   * not an integer as written ({@code let n : integer, n = r}): it stays a name, since its sort is a hypothesis the
   * value r does not carry ((−1)^(2n) needs nothing; (−1)^(2r) would need −1 &gt; 0). {@link #of} adds its value's
   * own conditions.
   */
  static Term form(Term t, Context ctx) {
    List<Definition> kept = ctx.definitions().values().stream().filter(d -> keepsSort(d)).toList();
    if (kept.isEmpty()) {
      return Terms.unfold(t, ctx);
    }
    Context without = ctx.withoutDefinitions();
    for (Definition d : ctx.definitions().values()) {
      if (!kept.contains(d)) {
        without = without.withDefinition(d);
      }
    }
    return Terms.unfold(t, without);
  }

  private static boolean keepsSort(Definition d) {
    return d.name().sort() == Sort.INTEGER && d.params().isEmpty() && !Terms.isIntegerValued(d.body());
  }

  /** {@code strict}: a variable whose conditions are needed strictly ({@link #strictIn}), or null. */
  private static void collect(Term t, Context ctx, List<Condition> out, Var strict) {
    if (t instanceof Var v && v.sort() == Sort.INTEGER) { // an integer kept as a name by form: its value's conditions
      ctx.definition(v).filter(Definedness::keepsSort)
          .ifPresent(d -> collect(Terms.unfold(d.body(), ctx), ctx, out, strict));
    }
    if (t instanceof Op o) {
      ofRoot(o, ctx).forEach(c -> addNew(strictly(c, strict), out));
    }
    if (t instanceof DefiniteIntegral d && d.improper()) {
      addNew(converges(d), out);
    }
    Set<Var> bound = t instanceof BigOp b ? Set.of(b.index()) : t instanceof Integral i ? Set.copyOf(i.vars())
        : t instanceof DefiniteIntegral d ? Set.of(d.var()) : Set.of();
    for (Term child : Terms.children(t)) {
      // each part where its variables range (Binders.childContext): a declared condition on a name a binder
      // rebinds does not hold in its body, nor a closed one on x near a point of d/dx
      Context here = Binders.childContext(t, child, ctx);
      List<Condition> inner = new ArrayList<>();
      collect(child, here, inner, strict);
      if (t instanceof DefiniteIntegral d && child == d.body()) {
        // needed between the bounds only: what holds on the whole interval is dropped (0^x on [1, 2] needs
        // nothing), a strict condition whose non-strict half holds there kept as the other half (y² ≠ 0 on [0, 1])
        inner.removeIf(c -> proved(c, here, null));
        inner.replaceAll(c -> strictOnlyAtZeros(c, here));
      }
      for (Condition c : inner) {
        if (bound.stream().noneMatch(v -> Terms.occurs(v, c.left()) || Terms.occurs(v, c.right()))) {
          addNew(c, out);
        } else {
          lifted(t, c).forEach(e -> addNew(e, out));
        }
      }
    }
  }

  /** e &gt; 0 as e ≠ 0 where e ≥ 0 is proved by signs (and &lt; likewise): what is left of it to show. */
  private static Condition strictOnlyAtZeros(Condition c, Context ctx) {
    Condition.Relation weak = c.relation() == Condition.Relation.GREATER ? Condition.Relation.GREATER_EQUAL
        : c.relation() == Condition.Relation.LESS ? Condition.Relation.LESS_EQUAL : null;
    return weak != null && proved(new Condition(weak, c.left(), c.right()), ctx, null)
        ? new Condition(Condition.Relation.NOT_EQUAL, c.left(), c.right()) : c;
  }

  /**
   * A condition on the variables the binder {@code t} binds, for all their values, stated outside it. It keeps its
   * meaning: a convergence stays a convergence ({@link #convergesThroughout}), any other condition is first read as
   * {@code left − right REL 0} (the encodings below speak of a left side compared with 0).
   */
  private static List<Condition> lifted(Term t, Condition c) {
    if (isConvergence(c)) {
      return List.of(convergesThroughout(t, c));
    }
    Condition z = zeroRight(c);
    if (t instanceof BigOp b) {
      return everyTerm(b, z);
    }
    return t instanceof Integral i ? everywhere(i, z) : everywhere((DefiniteIntegral) t, z);
  }

  /**
   * "D converges for every value of the binder's variables", still a convergence (right side ∞, so never proved,
   * never taken from a premise): the binder over D, Σ_j D_j ≠ ∞ for every D_j (the kind of a big operator does not
   * matter), ∫_0^1 D(t) dt ≠ ∞ for D(t) at every t in [0, 1]. Restated from its left side alone it would read
   * D ≠ 0, a different condition that signs prove and premises supply. Under an improper integral its own convergence
   * (a condition of the same term) stands for those inside it too: the binder over D would there be the convergence
   * of another improper integral, ∫_1^∞ D(t) dt, which the term ∫_1^∞ D(t)·e^(−t) dt does not need.
   */
  private static Condition convergesThroughout(Term t, Condition c) {
    Term over;
    if (t instanceof BigOp b) {
      over = new BigOp(BigOp.Kind.SUM, b.index(), b.lo(), b.hi(), b.except(), c.left());
    } else if (t instanceof Integral i) {
      over = new Integral(i.vars(), c.left());
    } else {
      DefiniteIntegral d = (DefiniteIntegral) t;
      over = d.improper() ? d : new DefiniteIntegral(d.var(), d.lo(), d.hi(), c.left());
    }
    return new Condition(Condition.Relation.NOT_EQUAL, over, DefiniteIntegral.INFINITY);
  }

  /** {@code c} as {@code left − right REL 0}; c itself when its right side is 0 already. */
  private static Condition zeroRight(Condition c) {
    return c.right() instanceof Num z && z.signum() == 0 ? c
        : new Condition(c.relation(), Terms.minus(c.left(), c.right()), Num.ZERO);
  }

  /**
   * The conditions outside every sum, product and integral without which {@code t} has no value: those of
   * {@link #of} that are necessary, not merely sufficient, so that one failing at a point shows that {@code t} is
   * undefined there. A root, logarithm or tan needs its condition; a power with a number for exponent needs its
   * base's (and one with an exponent proved negative a base ≠ 0); x! needs x &gt; −1 (deriv's x! is Γ(x + 1) there
   * only); diff(f, x) needs f's own. The rest is only sufficient: b^y with y a symbol has a value at b = 0 for
   * y &gt; 0 and at b &lt; 0 for an integer y, and diff's strict conditions and kinks are met by neither √(x⁴) nor
   * x·|x| at 0, both differentiable there. Where only a sufficient condition fails, a point is inconclusive.
   */
  static List<Condition> needed(Term t, Context ctx) {
    List<Condition> out = new ArrayList<>();
    needed(t, ctx, out);
    return out;
  }

  private static void needed(Term t, Context ctx, List<Condition> out) {
    if (t instanceof BigOp || t instanceof Integral || t instanceof DefiniteIntegral) {
      return;
    }
    if (t instanceof Op o) {
      neededAtRoot(o, ctx).forEach(c -> addNew(c, out));
    }
    Terms.children(t).forEach(child -> needed(child, ctx, out));
  }

  /** {@link #ofRoot}'s conditions that are necessary; diff's function's own come from its child. */
  private static List<Condition> neededAtRoot(Op o, Context ctx) {
    if (o.head() == Head.DIFF) {
      return List.of();
    }
    if (o.head() == Head.POWER && !(o.arg(1) instanceof Num)) {
      List<Condition> out = new ArrayList<>();
      if (Signs.isNegative(o.arg(1), ctx)) { // 0^y for y < 0 has no value, whatever y is
        nonZeroFactors(o.arg(0), out);
      }
      return out;
    }
    return ofRoot(o, ctx);
  }

  /**
   * A condition on the index of a sum or product, for every index in its range, stated outside it: e_j ≠ 0 for all
   * j as ∏ e_j ≠ 0; e_j ≥ 0 for all j as Σ (|e_j| − e_j) = 0 (and e_j &gt; 0 as both). Such a condition is met by the
   * other side's same sum, or proved; Σ_{j=0}^{1000} j/j = 1001 needs ∏ j ≠ 0, which fails at j = 0.
   */
  private static List<Condition> everyTerm(BigOp b, Condition c) {
    return forEveryValue(body -> new BigOp(BigOp.Kind.SUM, b.index(), b.lo(), b.hi(), b.except(), body),
        body -> nonZero(new BigOp(BigOp.Kind.PRODUCT, b.index(), b.lo(), b.hi(), b.except(), body)), c);
  }

  /**
   * A condition on an integral's variables, for all their values, stated outside it: e(u) ≥ 0 everywhere as
   * ∫(|e| − e) = 0, e(u) ≠ 0 everywhere as ∫ δ(e) = 0 (e has no zero), e(u) &gt; 0 as both. Neither is proved nor
   * evaluated; the other side's same integral meets it. An integrand defined on part of the domain only (√u² on
   * u ≥ 0) is not the integrand Symja rewrites it to (u, on all of R), so such a step is not proved.
   */
  private static List<Condition> everywhere(Integral i, Condition c) {
    return everywhere(body -> new Integral(i.vars(), body), c);
  }

  /** The same for a definite integral: the condition for every x of its interval, as an integral over it. */
  private static List<Condition> everywhere(DefiniteIntegral d, Condition c) {
    return everywhere(body -> new DefiniteIntegral(d.var(), d.lo(), d.hi(), body), c);
  }

  /** {@code over} makes the integral of a body over the binder's variables. */
  private static List<Condition> everywhere(java.util.function.Function<Term, Term> over, Condition c) {
    return forEveryValue(over,
        body -> new Condition(Condition.Relation.EQUAL, over.apply(Terms.op(Head.DELTA, body)), Num.ZERO), c);
  }

  /**
   * {@code c} (e REL 0) for every value of a binder's variables, stated with {@code over} (the binder's sum or
   * integral of a body): e ≥ 0 as over(|e| − e) = 0, e = 0 as over(|e|) = 0, e ≠ 0 as {@code noZero}(e), e &gt; 0 as
   * both of the first; &lt; and ≤ as &gt; and ≥ of −e. Each relation its own: a lifted equation read as "&gt; 0" said
   * the opposite of itself (round 31: ∫ √(−1 − x² − j) dx under a sum passed where it has no value anywhere).
   */
  private static List<Condition> forEveryValue(java.util.function.Function<Term, Term> over,
      java.util.function.Function<Term, Condition> noZero, Condition c) {
    Term e = c.left();
    Condition.Relation r = c.relation();
    if (r == Condition.Relation.LESS || r == Condition.Relation.LESS_EQUAL) {
      e = Terms.neg(e);
      r = r.flipped();
    }
    Condition sign = new Condition(Condition.Relation.EQUAL,
        over.apply(Terms.minus(Terms.op(Head.ABS, e), e)), Num.ZERO);
    switch (r) {
      case NOT_EQUAL:
        return List.of(noZero.apply(e));
      case GREATER_EQUAL:
        return List.of(sign);
      case GREATER:
        return List.of(sign, noZero.apply(e));
      case EQUAL:
        return List.of(new Condition(Condition.Relation.EQUAL, over.apply(Terms.op(Head.ABS, e)), Num.ZERO));
      default:
        throw new IllegalStateException("no relation " + r);
    }
  }

  /**
   * The first condition of {@code t}'s definedness that involves v and is not proved under {@code inner} (where v
   * has the range the caller established), shown; null when every such condition is proved. Definitions unfolded.
   */
  static String unprovedOn(Term t, Var v, Term lo, Term hi, Context inner, Prover p) {
    Term unfolded = Terms.unfold(t, inner);
    // every condition, also those free of v (1/c·c needs c ≠ 0): the rule's value replaces the integral, so the
    // link's own definedness check never sees the integrand's conditions
    for (Condition c : of(unfolded, inner)) {
      if (!proved(c, inner, p) && !(Terms.occurs(v, c.left()) && linearAtTheEnds(c, v, lo, hi, inner, p))) {
        return show(c);
      }
    }
    List<Condition> jumps = new ArrayList<>();
    jumps(unfolded, v, jumps);
    for (Condition c : jumps) {
      if (!proved(c, inner, p)) {
        return show(c);
      }
    }
    return null;
  }

  /**
   * b^e with v in a non-integer exponent is continuous in v only where b &gt; 0: at b = 0 it is 1 at e = 0 (0⁰ = 1)
   * and 0 or undefined elsewhere, a jump. The condition b &gt; 0 need not mention v, so it is collected here and not
   * among the conditions that involve v.
   */
  private static void jumps(Term t, Var v, List<Condition> out) {
    if (t instanceof Op o && o.head() == Head.POWER && Terms.occurs(v, o.arg(1))
        && !Terms.isIntegerValued(o.arg(1))) {
      addNew(positive(o.arg(0)), out);
    }
    if (t instanceof BigOp || t instanceof Integral || t instanceof DefiniteIntegral) {
      return;
    }
    for (Term child : Terms.children(t)) {
      jumps(child, v, out);
    }
  }

  /**
   * A condition {@code e REL 0} with e linear in v (defined for every v, and e = e(0) + (e(1) − e(0))·v proved):
   * on [lo, hi] e lies between e(lo) and e(hi), so e &gt; 0 (≥ 0) holds there when it holds at both ends, and e ≠ 0
   * when e has the same strict sign at both ends ({@code x + 1 ≠ 0} on [−3, −2]). The caller has proved lo ≤ hi.
   */
  private static boolean linearAtTheEnds(Condition c, Var v, Term lo, Term hi, Context inner, Prover p) {
    Term e = c.left();
    if (!(c.right() instanceof Num z) || z.signum() != 0 || !polynomialIn(e, v)
        || of(e, inner).stream().anyMatch(d -> Terms.occurs(v, d.left()))) {
      return false;
    }
    Term e0 = Terms.substitute(e, java.util.Map.of(v, Num.ZERO));
    Term slope = Terms.minus(Terms.substitute(e, java.util.Map.of(v, Num.ONE)), e0);
    if (!Algebra.provablyEqual(e, Terms.plus(e0, Terms.times(slope, v)), inner, p)) {
      return false;
    }
    if (DefiniteIntegral.isInfinite(lo) || DefiniteIntegral.isInfinite(hi)) {
      return linearOnALine(c, e, slope, lo, hi, v, inner, p);
    }
    Term atLo = Terms.substitute(e, java.util.Map.of(v, lo));
    Term atHi = Terms.substitute(e, java.util.Map.of(v, hi));
    switch (c.relation()) {
      case GREATER:
        return proved(positive(atLo), inner, p) && proved(positive(atHi), inner, p);
      case GREATER_EQUAL:
        return proved(nonNegative(atLo), inner, p) && proved(nonNegative(atHi), inner, p);
      case NOT_EQUAL:
        return proved(positive(atLo), inner, p) && proved(positive(atHi), inner, p)
            || proved(positive(Terms.neg(atLo)), inner, p) && proved(positive(Terms.neg(atHi)), inner, p);
      default:
        return false;
    }
  }

  /**
   * {@link #linearAtTheEnds} on a half-line or the line: e = e(anchor) + slope·(v − anchor) keeps the sign it has at
   * the finite end when it does not move towards 0 as v goes to the infinite end (on [a, ∞): slope ≥ 0 for e &gt; 0,
   * slope ≤ 0 for e &lt; 0; on (−∞, b] the other way round); on (−∞, ∞) only a constant e keeps a sign.
   */
  private static boolean linearOnALine(Condition c, Term e, Term slope, Term lo, Term hi, Var v, Context inner,
      Prover p) {
    boolean down = DefiniteIntegral.isMinusInfinity(lo);
    boolean up = DefiniteIntegral.isPlusInfinity(hi);
    if (!down && DefiniteIntegral.isInfinite(lo) || !up && DefiniteIntegral.isInfinite(hi)) {
      return false;
    }
    Term anchor = Terms.substitute(e, java.util.Map.of(v, down && up ? Num.ZERO : down ? hi : lo));
    // growth: what e gains towards the infinite end(s); both ends infinite: the slope must be 0 both ways
    boolean rises = (!up || proved(nonNegative(slope), inner, p)) && (!down || proved(nonNegative(Terms.neg(slope)),
        inner, p));
    boolean falls = (!up || proved(nonNegative(Terms.neg(slope)), inner, p)) && (!down || proved(nonNegative(slope),
        inner, p));
    switch (c.relation()) {
      case GREATER:
        return rises && proved(positive(anchor), inner, p);
      case GREATER_EQUAL:
        return rises && proved(nonNegative(anchor), inner, p);
      case NOT_EQUAL:
        return rises && proved(positive(anchor), inner, p) || falls && proved(positive(Terms.neg(anchor)), inner, p);
      default:
        return false;
    }
  }

  /**
   * Whether v occurs in {@code e} only under sums, products and natural powers: the only terms that can be linear in
   * v. A cheap "no" before the computer algebra is asked (p(T)/p(T_1) is not linear in T for a declared p).
   */
  private static boolean polynomialIn(Term e, Var v) {
    if (!Terms.occurs(v, e) || e.equals(v)) {
      return true;
    }
    if (e instanceof Op o && (o.head() == Head.PLUS || o.head() == Head.TIMES)) {
      return o.args().stream().allMatch(a -> polynomialIn(a, v));
    }
    return e instanceof Op o && o.head() == Head.POWER && o.arg(1) instanceof Num n && n.isInteger()
        && n.signum() > 0 && polynomialIn(o.arg(0), v);
  }

  /**
   * Whether f is defined on a neighbourhood of v = point, and so continuous there (its functions are): every
   * condition of f that involves v holds strictly at the point. √(a − u) at u = a is defined on one side only.
   */
  static boolean definedAround(Term f, Var v, Term point, Context ctx, Prover p) {
    for (Condition given : strictIn(Terms.unfold(f, ctx), v, ctx)) {
      if (!Terms.occurs(v, given.left())) {
        continue;
      }
      // a convergence stays one (and is never proved); any other condition as left − right REL 0
      Condition c = isConvergence(given) ? given : zeroRight(given);
      Term at = Terms.substitute(c.left(), java.util.Map.of(v, point), ctx);
      if (!proved(new Condition(c.relation(), at, c.right()), ctx, p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether rewriting {@code from} to {@code to} loses a condition an integrand needs everywhere: a rule that
   * matched e^(−a·s²) in e^(−a·√u⁴) (Symja says √u⁴ = u²) would give ∫ over all of R a value the integrand, defined
   * for u ≥ 0 only, does not have. Such a rewrite is not made.
   */
  static boolean dropsIntegrandConditions(Term from, Term to, Context ctx) {
    if (!Terms.contains(from, t -> t instanceof Integral || t instanceof DefiniteIntegral)) {
      return false;
    }
    // definitions unfolded: def q(t) := √t hides the condition of ∫ e^(−a·q(u)⁴) du from the term as written
    List<Condition> after = of(Terms.unfold(to, ctx), ctx);
    return of(Terms.unfold(from, ctx), ctx).stream().anyMatch(c -> isEverywhere(c) && !contains(after, c));
  }

  /**
   * Whether a rule, not the link's gate, answers for condition c: an integrand's condition restated for every value
   * of its variable (an interval rule proves it on its interval; {@link #dropsIntegrandConditions} keeps it for the
   * others) or an improper integral's convergence (only the rules that prove its limit remove it).
   */
  static boolean answeredByRules(Condition c) {
    return isEverywhere(c) || isConvergence(c);
  }

  /**
   * One of {@link #everywhere}'s conditions (the only equations about an integral this class states), or a
   * convergence for every value of an integral's variables ({@link #convergesThroughout}). Not an improper
   * integral's own convergence, which a rule that proves its limit removes, nor one for every index of a sum, which
   * a sum written out keeps as the convergence of each term.
   */
  private static boolean isEverywhere(Condition c) {
    return c.relation() == Condition.Relation.EQUAL
        && (c.left() instanceof Integral || c.left() instanceof DefiniteIntegral)
        || isConvergence(c) && (c.left() instanceof Integral || c.left() instanceof DefiniteIntegral d
            && !d.improper());
  }

  /** The conditions of the operation at the root of {@code o} alone (not of its arguments). */
  static List<Condition> ofRoot(Op o, Context ctx) {
    List<Condition> out = new ArrayList<>();
    switch (o.head()) {
      case POWER:
        power(o.arg(0), o.arg(1), ctx, out);
        break;
      case LOG:
        out.add(positive(o.arg(0)));
        break;
      case SQRT:
        out.add(nonNegative(o.arg(0)));
        break;
      case TAN:
        out.add(nonZero(Terms.op(Head.COS, o.arg(0))));
        break;
      case FACTORIAL: // x! = Γ(x + 1): defined (and positive) for x > −1; −1, −2, … are poles
        out.add(positive(Terms.plusNumber(o.arg(0), Num.ONE)));
        break;
      case DIFF:
        differentiable(o.arg(0), o.arg(1), ctx, out);
        break;
      default:
        break;
    }
    return out;
  }

  /**
   * A derivative needs more than its function's definedness: a neighbourhood of the point, so every condition of f
   * that involves x is needed strictly (√u, u^{1/2} at u = 0 have no two-sided derivative), and |u| is
   * differentiable only where u ≠ 0. The declared conditions of x do not help: at y = 0, |y| has no derivative
   * even when y ≥ 0 is declared. Sufficient, not necessary (√(x⁴) and x·|x| are differentiable at 0): a point where
   * one fails is not shown to be one where the derivative has no value ({@link #needed} leaves them out).
   */
  private static void differentiable(Term f, Term x, Context ctx, List<Condition> out) {
    if (!(x instanceof Var v)) {
      return;
    }
    // near the point only: x ≥ 0 would order ∫_0^x's bounds and drop its integrand's conditions at x = 0
    for (Condition c : strictIn(f, v, Binders.nearEveryPoint(v, ctx))) {
      if (Terms.occurs(v, c.left())) {
        addNew(c, out);
      }
    }
    kinks(f, v, out);
    jumps(f, v, out);
  }

  private static void kinks(Term t, Var x, List<Condition> out) {
    if (t instanceof Op o && (o.head() == Head.ABS || o.head() == Head.NORM) && Terms.occurs(x, o.arg(0))) {
      addNew(nonZero(o.arg(0)), out);
    }
    if (t instanceof BigOp || t instanceof Integral || t instanceof DefiniteIntegral) {
      return; // a kink there speaks of a bound variable, which cannot be stated outside (a sum written out can)
    }
    for (Term child : Terms.children(t)) {
      kinks(child, x, out);
    }
  }

  private static void power(Term base, Term exponent, Context ctx, List<Condition> out) {
    if (exponent instanceof Num n) {
      if (n.isInteger()) {
        if (n.signum() < 0) {
          nonZeroFactors(base, out);
        }
      } else {
        out.add(n.signum() < 0 ? positive(base) : nonNegative(base));
      }
    } else if (Terms.isIntegerValued(exponent)) {
      if (!Signs.isNonNegative(exponent, ctx)) {
        nonZeroFactors(base, out);
      }
    } else {
      out.add(Signs.isPositive(exponent, ctx) ? nonNegative(base) : positive(base));
    }
  }

  /** base ≠ 0, split: a product is nonzero when each factor is, a positive power when its base is. */
  private static void nonZeroFactors(Term base, List<Condition> out) {
    if (base instanceof Op o && o.head() == Head.TIMES) {
      o.args().forEach(f -> nonZeroFactors(f, out));
    } else if (base instanceof Op o && o.head() == Head.POWER && o.arg(1) instanceof Num n && n.signum() > 0) {
      nonZeroFactors(o.arg(0), out);
    } else if (!(base instanceof Num n && n.signum() != 0)) {
      addNew(nonZero(base), out);
    }
  }

  private static Condition nonZero(Term t) {
    return new Condition(Condition.Relation.NOT_EQUAL, t, Num.ZERO);
  }

  private static Condition positive(Term t) {
    return new Condition(Condition.Relation.GREATER, t, Num.ZERO);
  }

  private static Condition nonNegative(Term t) {
    return new Condition(Condition.Relation.GREATER_EQUAL, t, Num.ZERO);
  }

  private static void addNew(Condition c, List<Condition> out) {
    if (!contains(out, c)) {
      out.add(c);
    }
  }

  /** True if {@code cs} holds {@code c} up to the names of bound variables. */
  static boolean contains(List<Condition> cs, Condition c) {
    for (Condition d : cs) {
      if (d.relation() == c.relation() && Terms.alphaEquivalent(d.left(), c.left())
          && Terms.alphaEquivalent(d.right(), c.right())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Proved from the context: by {@link Signs}, by a declared condition that says the same ({@code x != 1} gives
   * x − 1 ≠ 0), or by Symja's refinement when a prover is at hand.
   */
  static boolean proved(Condition given, Context ctx, Prover p) {
    // a convergence (D ≠ ∞) is shown by a proved limit only: read as "D REL 0" it would be proved by D ≠ 0
    if (isConvergence(given) || DefiniteIntegral.isInfinite(given.right())) {
      return false;
    }
    Condition c = zeroRight(given);
    return bySigns(c, ctx, null) || p != null && (declared(c, ctx, p) || bySigns(c, ctx, p))
        || everyTermProved(c, ctx, p);
  }

  /** Ranges short enough to write a condition for every index out term by term. */
  private static final int WRITTEN_OUT = 64;

  /**
   * A condition for every index of a sum or product ({@link #everyTerm}): the body's condition proved with the index
   * ranging over the range (j &gt; 0 for j = 1..N), or, over a range of numbers, written out term by term
   * (∏_{k=1..2, k≠1} (k − 1) ≠ 0 is 1 ≠ 0, as `finite` writes the sum out too).
   */
  private static boolean everyTermProved(Condition c, Context ctx, Prover p) {
    Condition.Relation each;
    Term body;
    BigOp b;
    if (c.relation() == Condition.Relation.NOT_EQUAL && c.left() instanceof BigOp x
        && x.kind() == BigOp.Kind.PRODUCT) {
      b = x;
      body = x.body();
      each = Condition.Relation.NOT_EQUAL;
    } else if (c.relation() == Condition.Relation.EQUAL && c.left() instanceof BigOp x && x.kind() == BigOp.Kind.SUM
        && x.body() instanceof Op minus && minus.head() == Head.PLUS && minus.args().size() == 2
        && minus.arg(0) instanceof Op abs && abs.head() == Head.ABS && minus.arg(1).equals(Terms.neg(abs.arg(0)))) {
      b = x; // Σ (|e| − e) = 0: every e ≥ 0
      body = abs.arg(0);
      each = Condition.Relation.GREATER_EQUAL;
    } else {
      return false;
    }
    // the body's condition with the index ranging over lo..hi (and not the left-out value): ln j for j = 1..N
    if (proved(new Condition(each, body, Num.ZERO), Binders.bodyContext(b, ctx), p)) {
      return true;
    }
    Num lo = Terms.rationalValue(b.lo());
    Num hi = Terms.rationalValue(b.hi());
    Num except = b.hasExcept() ? Terms.rationalValue(b.except()) : null;
    if (lo == null || hi == null || !lo.isInteger() || !hi.isInteger() || b.hasExcept() && except == null) {
      return false;
    }
    int written = 0;
    for (Num k = lo; k.compareTo(hi) <= 0; k = k.plus(Num.ONE)) {
      if (++written > WRITTEN_OUT) {
        return false;
      }
      if (except != null && k.equals(except)) {
        continue;
      }
      Term term = Terms.substitute(body, java.util.Map.of(b.index(), k), ctx);
      if (!proved(new Condition(each, term, Num.ZERO), ctx, p)) {
        return false;
      }
    }
    return true;
  }

  /** Some condition {@code a REL' b} of the context with a − b (or b − a, for ≠) provably equal to c's side. */
  private static boolean declared(Condition c, Context ctx, Prover p) {
    for (Condition d : ctx.conditions()) {
      // definitions unfolded: the condition was written with E_2 > E_1, the side it guards has U(s_2) − U(s_1)
      Term forward = Terms.unfold(Terms.minus(d.left(), d.right()), ctx);
      Term backward = Terms.unfold(Terms.minus(d.right(), d.left()), ctx);
      boolean ok = c.relation() == Condition.Relation.NOT_EQUAL
          ? d.relation() != Condition.Relation.EQUAL && d.relation() != Condition.Relation.LESS_EQUAL
              && d.relation() != Condition.Relation.GREATER_EQUAL
              && (same(c.left(), forward, ctx, p) || same(c.left(), backward, ctx, p))
          : strong(d.relation(), c.relation()) && same(c.left(), forward, ctx, p)
              || strong(d.relation().flipped(), c.relation()) && same(c.left(), backward, ctx, p);
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code have} (as "· REL 0") implies {@code want} (&gt; or ≥ 0). */
  private static boolean strong(Condition.Relation have, Condition.Relation want) {
    return have == Condition.Relation.GREATER
        || have == Condition.Relation.GREATER_EQUAL && want == Condition.Relation.GREATER_EQUAL;
  }

  private static boolean same(Term a, Term b, Context ctx, Prover p) {
    // terms in different symbols are not compared by the computer algebra: each comparison costs a simplification,
    // and a context of many conditions asks for many (a declared p(T_1) = p_1 against p(T)/p(T_1) > 0)
    return Terms.alphaEquivalent(a, b)
        || Terms.freeVars(a).equals(Terms.freeVars(b)) && p.symja().simplifiesToZero(Terms.minus(a, b), ctx).outcome() == deriv.kernel.symja.ZeroCheck.Outcome.ZERO;
  }

  /** {@code c}, a condition {@code e REL 0} (see {@link #proved}), by the signs of e. */
  private static boolean bySigns(Condition c, Context ctx, Prover p) {
    Term e = c.left();
    switch (c.relation()) {
      case NOT_EQUAL:
        return p == null ? Signs.isNonZero(e, ctx) : Signs.isNonZero(e, ctx, p);
      case GREATER:
        return p == null ? Signs.isPositive(e, ctx) : Signs.isPositive(e, ctx, p);
      case GREATER_EQUAL:
        return p == null ? Signs.isNonNegative(e, ctx) : Signs.isNonNegative(e, ctx, p);
      default:
        return p != null && p.symja().provesCondition(c, ctx);
    }
  }

  /**
   * The first condition of {@code one} that is neither a condition of {@code other} (the two sides are then
   * undefined at the same points) nor proved from the context; null if there is none.
   */
  static Condition unmatched(List<Condition> one, List<Condition> other, Context ctx, Prover p) {
    for (Condition c : one) {
      if (!contains(other, c) && !proved(c, ctx, p)) {
        return c;
      }
    }
    return null;
  }

  /**
   * An improper integral is a number only where its limit exists: "∫ ≠ ∞", which nothing proves (the sign analysis
   * knows nothing of ∞, Symja sees two unrelated constants) and no point refutes. So algebra never uses an improper
   * integral as a number on one side only (∫_1^∞ 1/x − ∫_1^∞ 1/x = 0, 0·∫ = 0); the rules that prove its limit
   * (ftc, gaussian) rewrite it away before the comparison, and the same integral on both sides meets its condition.
   */
  static Condition converges(DefiniteIntegral d) {
    return new Condition(Condition.Relation.NOT_EQUAL, d, DefiniteIntegral.INFINITY);
  }

  /**
   * Whether c is an improper integral's convergence ({@link #converges}), also for every value of a binder's
   * variables ({@link #convergesThroughout}): the conditions whose right side is ∞. Only a proved limit shows one.
   */
  static boolean isConvergence(Condition c) {
    return c.relation() == Condition.Relation.NOT_EQUAL && DefiniteIntegral.isPlusInfinity(c.right());
  }

  static String show(Condition c) {
    if (isConvergence(c)) {
      return showConvergence(c.left());
    }
    String everywhere = showEverywhere(c);
    if (everywhere != null) {
      return everywhere;
    }
    String rel = c.relation() == Condition.Relation.NOT_EQUAL ? "≠"
        : c.relation() == Condition.Relation.GREATER_EQUAL ? "≥" : c.relation().symbol;
    return Terms.show(c.left()) + " " + rel + " " + Terms.show(c.right());
  }

  /**
   * A convergence as the author would say it: "∫_1^∞ t/x dx converges for every t in [0, 1]", the binders of
   * {@link #convergesThroughout} read off as ranges, never "∫_0^1 ∫_1^∞ t/x dx dt ≠ ∞".
   */
  private static String showConvergence(Term left) {
    List<String> ranges = new ArrayList<>();
    Term inner = left;
    while (!(inner instanceof DefiniteIntegral d && d.improper())) {
      if (inner instanceof BigOp b) {
        ranges.add(b.index().name() + " = " + Terms.show(b.lo()) + ".." + Terms.show(b.hi())
            + (b.hasExcept() ? " other than " + Terms.show(b.except()) : ""));
        inner = b.body();
      } else if (inner instanceof Integral i) {
        ranges.add("value of " + String.join(", ", i.vars().stream().map(Var::name).toList()));
        inner = i.body();
      } else if (inner instanceof DefiniteIntegral d) {
        ranges.add(d.var().name() + " in " + interval(d));
        inner = d.body();
      } else {
        return Terms.show(left) + " converges"; // not built here; said as it is
      }
    }
    return Terms.show(inner) + " converges" + (ranges.isEmpty() ? "" : " for every " + String.join(" and ", ranges));
  }

  private static String interval(DefiniteIntegral d) {
    return (DefiniteIntegral.isMinusInfinity(d.lo()) ? "(" : "[") + Terms.show(d.lo()) + ", " + Terms.show(d.hi())
        + (DefiniteIntegral.isPlusInfinity(d.hi()) ? ")" : "]");
  }

  /**
   * A condition for all values of an integral's variables ({@link #everywhere}) as the author would say it:
   * "x ≠ 0 for every x in [-1, 1]", never its encoding ∫ δ(x) dx = 0.
   */
  private static String showEverywhere(Condition c) {
    if (c.relation() != Condition.Relation.EQUAL || !(c.right() instanceof Num z) || z.signum() != 0) {
      return null;
    }
    Term body;
    String range;
    if (c.left() instanceof DefiniteIntegral d) {
      body = d.body();
      range = "for every " + d.var().name() + " in " + interval(d);
    } else if (c.left() instanceof Integral i) {
      body = i.body();
      range = "for every value of " + String.join(", ", i.vars().stream().map(Var::name).toList());
    } else {
      return null;
    }
    if (body instanceof Op o && o.head() == Head.DELTA) {
      return Terms.show(o.arg(0)) + " ≠ 0 " + range;
    }
    // |e| − e as the sum (|e|) + (−1)·e
    if (body instanceof Op sum && sum.head() == Head.PLUS && sum.args().size() == 2
        && sum.arg(0) instanceof Op abs && abs.head() == Head.ABS) {
      return Terms.show(abs.arg(0)) + " ≥ 0 " + range;
    }
    return null;
  }
}

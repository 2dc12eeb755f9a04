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
 *   <li>Only if the sides are defined at the same points ({@link Definedness}): every condition a partial function
 *       of one side needs (a quotient's nonzero divisor, a logarithm's positive argument, …) is a condition of the
 *       other side too, or proved from the context. So x/x = 1 only where x ≠ 0 is proved.
 *   <li>PROVED only when lhs − rhs simplified to exactly 0 — first with defined names left uninterpreted, then with
 *       definitions unfolded — and that 0 is confirmed by numbers: at least one admissible point where both sides
 *       evaluated (integrals, deltas and the other atoms Symja treated as arbitrary given generic values), and no
 *       point where they differ. Provably equal binders are merged first ({@link BinderCongruence}), and
 *       log/root/power laws are applied only where positivity is proved ({@link PositivityRewrites}).
 *   <li>FAILED when the difference simplified to a definite nonzero number, or when the sides clearly differ at an
 *       admissible point (then with a counterexample).
 *   <li>TESTED when at least {@value #SAMPLES} random admissible points, where both sides evaluated, agree.
 *   <li>UNKNOWN otherwise, with the reason (for instance when an integral or a delta cannot be evaluated).
 * </ul>
 */
public final class Algebra {
  public static final String RULE = "algebra";
  static final int SAMPLES = 5;
  /** Agreeing points that confirm a symbolic 0 (one at least: never by silence; few: rules ask often). */
  private static final int CONFIRMATIONS = 1;
  private static final int MAX_POINTS = 40;
  /** Admissible points tried before any simplification (every sign pattern is tried later, by the test). */
  private static final int REFUTE_FIRST = 2;
  /** Seeds of the function models at successive points are this far apart (any fixed odd number will do). */
  private static final long MODEL_STRIDE = 0x9E3779B97F4A7C15L;
  /** Points drawn at most for that first look: the full search is the numeric test's, later. */
  private static final int REFUTE_FIRST_POINTS = 6;
  /** Extra digits a point may need in that first look; beyond, it is left to the test (e^−5000 needs thousands). */
  private static final int REFUTE_FIRST_DIGITS = 200;
  /** Extra digits for a look with generic atoms that asks only whether the sides differ: none are sized. */
  private static final int DIFFERENCE_ONLY = 0;

  private Algebra() {}

  public static Verdict decide(Term lhs, Term rhs, Context ctx, Prover p) {
    String claim = Terms.show(lhs) + " = " + Terms.show(rhs);
    List<String> trace = new ArrayList<>();
    if (Terms.alphaEquivalent(lhs, rhs, ctx)) {
      return Verdict.proved(RULE, "both sides are the same expression", List.of("identical sides"));
    }
    Term l = Terms.unfold(lhs, ctx);
    Term r = Terms.unfold(rhs, ctx);
    // where the sides are defined is judged with integer constants kept as names (Definedness.form)
    Term dl = Definedness.form(lhs, ctx);
    Term dr = Definedness.form(rhs, ctx);
    String undefined = domainMismatch(claim, dl, dr, ctx, p);
    if (undefined != null) {
      trace.add("definedness: " + undefined);
      Map<String, String> witness = undefinedWitness(dl, dr, ctx, p);
      if (witness != null) {
        trace.add("definedness: one side is defined and the other is not at " + witness);
        return Verdict.of(Status.FAILED, RULE, "false: at " + witness + " one side has a value and the other is "
            + "undefined (" + undefined + ")", null, witness, trace);
      }
      // where both sides are defined they may still differ (diff(√(x⁴), x) = 3x at x = 1): not proved is not all
      Verdict refuted = refuted(l, r, ctx, domain(dl, dr, ctx), p, trace);
      return refuted != null ? refuted
          : Verdict.of(Status.UNKNOWN, RULE, "not proved: " + undefined, null, Map.of(), trace);
    }
    List<Condition> domain = domain(dl, dr, ctx);
    Verdict refuted = refuted(l, r, ctx, domain, p, trace);
    if (refuted != null) {
      return refuted;
    }
    List<String> refutedZeros = new ArrayList<>();
    Term[] first = firstForms(lhs, rhs, ctx);
    Attempt a = prove(first[0], first[1], ctx, p, 0);
    trace.addAll(a.check().trace());
    Verdict v0 = conclusive(a, claim, domain, ctx, p, trace, refutedZeros);
    if (v0 != null) {
      return v0;
    }
    String residual = a.check().residual();
    if (!l.equals(first[0]) || !r.equals(first[1])) {
      Attempt u = prove(l, r, ctx, p, 0);
      u.check().trace().forEach(line -> trace.add("with definitions unfolded, " + line));
      Verdict v = conclusive(u, claim, domain, ctx, p, trace, refutedZeros);
      if (v != null) {
        return v;
      }
      residual = u.check().residual() != null ? u.check().residual() : residual;
    }
    return test(l, r, ctx, p, domain, residual, trace, refutedZeros);
  }

  /**
   * {@link #refuted} on {@code lhs = rhs}, which {@code original} was rewritten to, with the definitions unfolded:
   * FAILED with the point, or null. The points are admissible for the original sides too: where they are undefined,
   * what they were rewritten to proves nothing about them.
   */
  static Verdict refute(Term lhs, Term rhs, Term[] original, Context ctx, Prover p) {
    Term l = Terms.unfold(lhs, ctx);
    Term r = Terms.unfold(rhs, ctx);
    List<Condition> domain = domain(l, r, ctx);
    for (Condition c : domain(Terms.unfold(original[0], ctx), Terms.unfold(original[1], ctx), ctx)) {
      // one on an integral cannot be evaluated at a point; the premises' rewriting kept its value where defined
      if (!Definedness.contains(domain, c) && !Terms.contains(c.left(),
          t -> t instanceof Integral || t instanceof DefiniteIntegral)) {
        domain.add(c);
      }
    }
    return refuted(l, r, ctx, domain, p, new ArrayList<>());
  }

  /**
   * FAILED when a few admissible points show the sides differ, with integrals and other atoms that cannot be
   * evaluated taken as unknowns; else null. Refute first: a few points cost milliseconds, where Symja's
   * FullSimplify of a false step can take minutes.
   */
  private static Verdict refuted(Term l, Term r, Context ctx, List<Condition> domain, Prover p,
      List<String> trace) {
    Evidence early = quickLook(l, r, ctx, domain, p);
    if (early.counterexample() != null) {
      String residual = p.symja().residual(Terms.minus(l, r));
      trace.add("numeric refutation, before any simplification: the sides differ at " + early.counterexample());
      return Verdict.of(Status.FAILED, RULE, "false: the sides differ at " + early.counterexample(), residual,
          early.counterexample(), trace);
    }
    if (early.unevaluable() != null) { // integrals or deltas: refute with them as unknowns, before any proof
      Map<String, String> everyAtom = nonzeroForEveryAtom(l, r, ctx, domain, p);
      if (everyAtom != null) {
        trace.add("numeric refutation with the atoms as unknowns: " + everyAtom);
        return Verdict.of(Status.FAILED, RULE, "false: at " + everyAtom + " lhs − rhs is not 0, whatever values the "
            + "integrals and other atoms there have (its terms all have one sign)",
            p.symja().residual(Terms.minus(l, r)), everyAtom, trace);
      }
    }
    return null;
  }

  /**
   * Whether a point that gives the symbols arbitrary values says anything about the claim: not when a premise holds
   * only approximately, nor when a postulate ties one of the symbols down (with {@code p: x^2 = 4}, x = −1 is no
   * counterexample to {@code x^4 = 4*x^2 from p}). An approximation taken as an equation ties symbols down in ways
   * no guard sees (exp(b) ≈ 1 + b holds only at b = 0; an approximate value of an integral may be out of its range,
   * or of another integral's, equal to it but written differently): rounds 14 to 16 failed 48 true steps that way.
   */
  public static boolean pointsMaySpeak(Term a, Term b, List<Fact> premises, Context ctx) {
    return pointsMaySpeak(a, b, premises, false, ctx);
  }

  /**
   * The same; with {@code premisesHold}, the points are chosen to satisfy the premises (solve puts x at the solution
   * of its premise), so a postulate that is one of them ties nothing the points do not honour.
   */
  public static boolean pointsMaySpeak(Term a, Term b, List<Fact> premises, boolean premisesHold, Context ctx) {
    if (premises.stream().anyMatch(Fact::approximate)) {
      return false;
    }
    java.util.Set<Var> symbols = new java.util.HashSet<>(Terms.freeVars(Terms.unfold(a, ctx)));
    symbols.addAll(Terms.freeVars(Terms.unfold(b, ctx)));
    for (Fact f : premises) {
      symbols.addAll(Terms.freeVars(Terms.unfold(f.lhs(), ctx)));
      symbols.addAll(Terms.freeVars(Terms.unfold(f.rhs(), ctx)));
    }
    return ctx.assumedEquations().stream().filter(AssumedEquation::exact)
        .filter(e -> !premisesHold || premises.stream().noneMatch(f -> f.lhs().equals(e.lhs())
            && f.rhs().equals(e.rhs())))
        .noneMatch(e -> e.constrainsAny(symbols, ctx));
  }

  /**
   * The first definedness condition of {@code t} that involves v and is not proved under {@code inner} (where the
   * caller gave v the range [lo, hi], lo ≤ hi proved), shown; null when all are proved. A definite integral's rules
   * use it for continuity.
   */
  public static String undefinedOn(Term t, Var v, Term lo, Term hi, Context inner, Prover p) {
    return Definedness.unprovedOn(t, v, lo, hi, inner, p);
  }

  /**
   * Whether {@code lo ≤ hi} is proved: by the sign analysis, by a declared condition that says it (T_1 ≤ T_2), or by
   * the computer algebra's refinement under the context's conditions.
   */
  public static boolean provesOrdered(Term lo, Term hi, Context ctx, Prover p) {
    return Definedness.proved(new Condition(Condition.Relation.GREATER_EQUAL, Terms.minus(hi, lo), Num.ZERO), ctx, p);
  }

  /** Whether {@code lo < hi} is proved, as {@link #provesOrdered} proves lo ≤ hi. */
  public static boolean provesStrictlyOrdered(Term lo, Term hi, Context ctx, Prover p) {
    return Definedness.proved(new Condition(Condition.Relation.GREATER, Terms.minus(hi, lo), Num.ZERO), ctx, p);
  }

  /** Whether f is defined on a neighbourhood of v = point (sifting needs f continuous there). */
  public static boolean definedAround(Term f, Var v, Term point, Context ctx, Prover p) {
    return Definedness.definedAround(f, v, point, ctx, p);
  }

  /**
   * Proof only (no numeric testing): lhs − rhs simplifies to a 0 confirmed by numbers. Definedness is not checked
   * here (see {@link #definednessProblem}): rules use this to compare shapes and state their own conditions.
   */
  public static boolean provablyEqual(Term a, Term b, Context ctx, Prover p) {
    return provablyEqual(a, b, ctx, p, 0);
  }

  static boolean provablyEqual(Term a, Term b, Context ctx, Prover p, int depth) {
    if (Terms.alphaEquivalent(a, b, ctx)) {
      return true;
    }
    Map<Object, Boolean> decided = p.equalities(ctx);
    Equality question = new Equality(a, b, depth);
    Boolean known = decided.get(question);
    if (known == null) {
      known = decidedEqual(a, b, ctx, p, depth);
      decided.put(question, known);
    }
    return known;
  }

  /** A question {@link #provablyEqual} answered (under a context the memo is kept for). */
  private record Equality(Term a, Term b, int depth) {}

  private static boolean decidedEqual(Term a, Term b, Context ctx, Prover p, int depth) {
    Term[] reduced = withoutCommonFactors(a, b, ctx);
    if (reduced != null) { // decided on what differs: asking again with the shared factors would double the work
      return provablyEqual(reduced[0], reduced[1], ctx, p, depth);
    }
    Term ua = Terms.unfold(a, ctx);
    Term ub = Terms.unfold(b, ctx);
    List<Condition> domain = domain(ua, ub, ctx);
    Term[] first = firstForms(a, b, ctx);
    boolean oneForm = ua.equals(first[0]) && ub.equals(first[1]);
    // Equal when either form simplifies to a 0 the numbers confirm. The unfolded form's plain evaluation comes before
    // Symja's dear steps on the other: u/L with u := z*q*V/(k_B*T) unfolded was 0 on evaluation, after 122 units of
    // FullSimplify on the form with u. Only its evaluation: Together would write out B := (x + y + z + w)^40, which
    // the form with B kept a symbol does without.
    ConfirmedZero asWritten = new ConfirmedZero(first[0], first[1], domain, ctx, p, depth);
    if (asWritten.cheaply()) {
      return true;
    }
    if (oneForm) {
      return asWritten.rest();
    }
    ConfirmedZero unfolded = new ConfirmedZero(ua, ub, domain, ctx, p, depth);
    return unfolded.onEvaluation() || asWritten.rest() || unfolded.rest();
  }

  /**
   * Whether lhs − rhs simplifies to a 0 that the numbers confirm. The numbers do not depend on what Symja says, and
   * decide alone when they do not confirm; so on a large difference they are asked before Symja's dear steps
   * (Simplify, FullSimplify), and a pair they show different (a rule's rewrite compared where it cannot hold, a goal
   * against the wrong side) costs a point, not a FullSimplify. The answer is the one of asking Symja first; only the
   * work differs.
   */
  private static final class ConfirmedZero {
    private final Term[] sides;
    private final List<Condition> domain;
    private final Context ctx;
    private final Prover p;
    private final deriv.kernel.symja.Ladder ladder;
    private Boolean confirmed; // asked once, when first needed

    ConfirmedZero(Term lhs, Term rhs, List<Condition> domain, Context ctx, Prover p, int depth) {
      this.sides = prepared(lhs, rhs, ctx, p, depth, new ArrayList<>());
      this.domain = domain;
      this.ctx = ctx;
      this.p = p;
      this.ladder = p.symja().ladder(Terms.minus(sides[0], sides[1]), ctx);
    }

    /** Proved by Symja's plain evaluation, and confirmed. */
    boolean onEvaluation() {
      return proved(ladder.evaluation());
    }

    /** Proved by Symja's cheap steps, and confirmed. */
    boolean cheaply() {
      return proved(ladder.cheap());
    }

    /** Proved by the steps left, and confirmed. */
    boolean rest() {
      return ladder.open() && proved(ladder.rest(this::confirmed));
    }

    private boolean proved(ZeroCheck soFar) {
      return soFar.outcome() == ZeroCheck.Outcome.ZERO && confirmed();
    }

    private boolean confirmed() {
      if (confirmed == null) {
        confirmed = confirms(sides[0], sides[1], domain, ctx, p);
      }
      return confirmed;
    }
  }

  /**
   * The sides for the first attempt, with the defined names uninterpreted, except those a derivative unfolds: they
   * are unfolded everywhere ({@link Terms#withDifferentiatedNamesUnfolded}), since a name unfolded in one place and
   * a symbol in another is a mixture the algebra cannot prove, and may spend its budget on.
   */
  private static Term[] firstForms(Term a, Term b, Context ctx) {
    Term[] consistent = Terms.withDifferentiatedNamesUnfolded(a, b, ctx);
    return consistent != null ? consistent : new Term[] {a, b};
  }

  /**
   * {@code c = d} for {@code a = c·F} and {@code b = d·F}, the factors F that both products share (up to the names
   * of bound variables) taken out; null when they share none. c = d gives a = b wherever F is defined, and asks the
   * computer algebra less: 1/Z^N·Π…·Π… = Z^(−N)·Π…·Π… is 1/Z^N = Z^(−N), with no product to give values to.
   */
  private static Term[] withoutCommonFactors(Term a, Term b, Context ctx) {
    List<Term> left = new ArrayList<>(Terms.factors(a));
    List<Term> right = new ArrayList<>(Terms.factors(b));
    boolean shared = false;
    for (java.util.Iterator<Term> it = left.iterator(); it.hasNext(); ) {
      Term f = it.next();
      if (f instanceof Num) {
        continue;
      }
      for (int k = 0; k < right.size(); k++) {
        if (Terms.alphaEquivalent(f, right.get(k), ctx)) { // with ctx: a definition may mention a bound variable
          right.remove(k);
          it.remove();
          shared = true;
          break;
        }
      }
    }
    return shared ? new Term[] {Terms.times(left), Terms.times(right)} : null;
  }

  /**
   * Whether a few admissible points show {@code a ≠ b} (integrals and other atoms that cannot be evaluated stop the
   * look): a cheap "no" before a proof is attempted, for comparisons that are often false.
   */
  static boolean differAtAPoint(Term a, Term b, Context ctx, Prover p) {
    Term l = Terms.unfold(a, ctx);
    Term r = Terms.unfold(b, ctx);
    return quickLook(l, r, ctx, domain(l, r, ctx), p).counterexample() != null;
  }

  /**
   * Whether a few admissible points show {@code a ≠ b} with integrals, sums and other atoms given generic values (the
   * same value for the same atom on both sides), as the proof sees them: a cheap "no" before a rule's own comparison,
   * which is often tried where it cannot hold (ftc(F) at every integral of a link). Only ever used to skip a proof
   * attempt: a wrong "differ" would cost a proof, never make one.
   */
  public static boolean differsGenerically(Term a, Term b, Context ctx, Prover p) {
    Term l = Terms.unfold(a, ctx);
    Term r = Terms.unfold(b, ctx);
    return sample(l, r, ctx, domain(l, r, ctx), p, true, REFUTE_FIRST, false, REFUTE_FIRST_POINTS,
        REFUTE_FIRST_DIGITS).counterexample() != null;
  }

  /** The first look at a few points, before any simplification: atoms keep their meaning, digits are capped. */
  private static Evidence quickLook(Term l, Term r, Context ctx, List<Condition> domain, Prover p) {
    return sample(l, r, ctx, domain, p, false, REFUTE_FIRST, false, REFUTE_FIRST_POINTS, REFUTE_FIRST_DIGITS);
  }

  /**
   * Why a link {@code a = b} may not be proved although its sides simplify to each other: they may be defined at
   * different points (x/x = 1 at x = 0). Null when every definedness condition of one side is one of the other's or
   * proved. Links are gated here; rules that compare terms with {@link #provablyEqual} state their own conditions.
   */
  public static String definednessProblem(Term a, Term b, Context ctx, Prover p) {
    return definednessProblem(a, b, List.of(), ctx, p);
  }

  /**
   * The same, for an equation derived from {@code premises}: a condition that one side of an established premise
   * has and the other lacks was proved when that premise was established (ln(n₁/n₂) = −β·q·(V₁ − V₂) holds, so
   * n₁/n₂ > 0), and counts as proved here.
   */
  public static String definednessProblem(Term a, Term b, List<Fact> premises, Context ctx, Prover p) {
    return sidesMismatch(a, b, (l, r) -> knownFrom(premises, l, r, ctx, p), c -> true, ctx, p);
  }

  /**
   * {@link #domainMismatch} of the two sides' definedness forms, with what {@code known} says of those forms and
   * the conditions {@code gated} selects; null for sides that are the same term.
   */
  private static String sidesMismatch(Term a, Term b,
      java.util.function.BiFunction<Term, Term, List<Condition>> known,
      java.util.function.Predicate<Condition> gated, Context ctx, Prover p) {
    if (Terms.alphaEquivalent(a, b)) {
      return null;
    }
    Term l = Definedness.form(a, ctx);
    Term r = Definedness.form(b, ctx);
    return domainMismatch(Terms.show(a) + " = " + Terms.show(b), l, r, known.apply(l, r), gated, ctx, p);
  }

  /**
   * The conditions the premises proved: one that a side of an established premise has and the other lacks (not
   * convergence: flip and even prove ∫_b^a f = ∫_a^b (−f) whether or not either side converges), and a condition of
   * l or r on a premise's side that holds of the side it equals (n₂ = N·α·e^… ≠ 0).
   */
  private static List<Condition> knownFrom(List<Fact> premises, Term l, Term r, Context ctx, Prover p) {
    List<Condition> known = new ArrayList<>();
    for (Fact f : premises) {
      List<Condition> left = Definedness.of(Terms.unfold(f.lhs(), ctx), ctx);
      List<Condition> right = Definedness.of(Terms.unfold(f.rhs(), ctx), ctx);
      left.stream().filter(c -> !Definedness.contains(right, c) && !Definedness.isConvergence(c)).forEach(known::add);
      right.stream().filter(c -> !Definedness.contains(left, c) && !Definedness.isConvergence(c)).forEach(known::add);
    }
    for (Fact f : premises) {
      for (boolean forward : new boolean[] {true, false}) {
        Term from = Terms.unfold(forward ? f.lhs() : f.rhs(), ctx);
        Term to = Terms.unfold(forward ? f.rhs() : f.lhs(), ctx);
        for (Condition c : Definedness.of(l, ctx)) {
          addIfTransferred(c, from, to, known, ctx, p);
        }
        for (Condition c : Definedness.of(r, ctx)) {
          addIfTransferred(c, from, to, known, ctx, p);
        }
      }
    }
    return known;
  }

  /**
   * The gate of a link proved by a rule, on its sides as written: the rule's rewrite compares other terms (its
   * result, or a side rewritten), and a rewrite holds only where what it replaced is defined, so a condition it
   * removed or added would never be seen: ∫_{ln c}^{ln c} 1 dx = 0 by flip needs c &gt; 0, ∫_0^1 2t·e^(t²) dt =
   * ∫_0^{c/c} e^u du by substitution needs c ≠ 0. The conditions the rules answer for themselves are left to them
   * ({@link Definedness#answeredByRules}). Null when the sides are defined at the same points or the difference is
   * proved.
   */
  public static String ruleLinkDefinednessProblem(Term a, Term b, Context ctx, Prover p) {
    return sidesMismatch(a, b, (l, r) -> List.of(), c -> !Definedness.answeredByRules(c), ctx, p);
  }

  private static void addIfTransferred(Condition c, Term from, Term to, List<Condition> known, Context ctx,
      Prover p) {
    Term moved = Terms.replaceSubterm(c.left(), from, to);
    if (!moved.equals(c.left()) && Definedness.proved(new Condition(c.relation(), moved, c.right()), ctx, p)) {
      known.add(c);
    }
  }

  // ---- definedness ----------------------------------------------------------------------------------------------

  /**
   * Why the two sides may be defined at different points, or null: a condition of one side's partial functions
   * that is not a condition of the other side and not proved from the context.
   */
  private static String domainMismatch(String claim, Term l, Term r, Context ctx, Prover p) {
    return domainMismatch(claim, l, r, List.of(), c -> true, ctx, p);
  }

  /** The same, for the conditions {@code gated} selects on either side (the other side's all count). */
  private static String domainMismatch(String claim, Term l, Term r, List<Condition> known,
      java.util.function.Predicate<Condition> gated, Context ctx, Prover p) {
    List<Condition> cl = Definedness.of(l, ctx);
    List<Condition> cr = Definedness.of(r, ctx);
    List<Condition> clKnown = new ArrayList<>(cl);
    clKnown.addAll(known);
    List<Condition> crKnown = new ArrayList<>(cr);
    crKnown.addAll(known);
    Condition c = Definedness.unmatched(cl.stream().filter(gated).toList(), crKnown, ctx, p);
    if (c == null) {
      c = Definedness.unmatched(cr.stream().filter(gated).toList(), clKnown, ctx, p);
    }
    if (c == null) {
      return null;
    }
    return (claim.isEmpty() ? "the identity" : claim) + " holds only where " + Definedness.show(c)
        + ", which is not proved (one side is undefined elsewhere)";
  }

  /**
   * An admissible point where one side evaluates to a real number and a definedness condition of the other fails:
   * there the equation is false. Null when none was found.
   */
  private static Map<String, String> undefinedWitness(Term l, Term r, Context ctx, Prover p) {
    Map<String, String> w = undefinedWitness(l, r, "lhs", "rhs", ctx, p);
    return w != null ? w : undefinedWitness(r, l, "rhs", "lhs", ctx, p);
  }

  private static Map<String, String> undefinedWitness(Term defined, Term other, String definedName,
      String otherName, Context ctx, Prover p) {
    List<Condition> needs = Definedness.of(defined, ctx);
    List<Condition> otherNeeds = new ArrayList<>();
    for (Condition c : Definedness.of(other, ctx)) {
      // a condition stated as an integral (for every x in [a, b]) cannot be evaluated at a point, so never fails
      if (!Definedness.contains(needs, c)
          && !Terms.contains(c.left(), t -> t instanceof Integral || t instanceof DefiniteIntegral)) {
        otherNeeds.add(c);
      }
    }
    if (otherNeeds.isEmpty()) {
      return null;
    }
    long seed = (Terms.show(defined) + " ≠ " + Terms.show(other)).hashCode();
    Set<Var> vars = pointVariables(defined, other, ctx);
    RandomPoints points = new RandomPoints(seed, ctx, boundVariables(defined, other, ctx));
    for (int k = 0; k < MAX_POINTS; k++) {
      Map<Var, Num> point = points.next(vars);
      Sample value = p.symja().compareAt(defined, defined, ctx, needs, point, seed, false);
      if (value.agreement() != Sample.Agreement.AGREE && value.agreement() != Sample.Agreement.VANISH) {
        continue; // outside the context's conditions, or the defined side is not defined here either
      }
      // the first condition of the other side shown to fail here: with none, nothing is shown
      Condition failing = otherNeeds.stream().filter(c -> p.symja().fails(c, ctx, point, seed)).findFirst()
          .orElse(null);
      String failed = failing == null ? null : undefinedThere(other, failing, ctx, point, seed, p);
      if (failed != null) {
        Map<String, String> out = shown(point);
        out.put(definedName, "defined");
        out.put(otherName, "undefined (" + failed + " fails)");
        return out;
      }
    }
    return null;
  }

  /**
   * Whether {@code side}, whose condition {@code failing} fails at the point, really has no value there: the
   * condition to show, or null. Only a proof counts: the kernel's arithmetic finds the side not real there (a root
   * of a negative number, ln 0, 1/0: {@code realValueAt}), or, beyond that arithmetic, a condition the side needs
   * ({@link Definedness#needed}: outside every binder, and necessary) fails. A merely sufficient condition failing
   * (0^y with y &gt; 0, where deriv asks base &gt; 0; a derivative's strict conditions, which √(x⁴) at 0 does not
   * meet) leaves the point inconclusive, and so does a value the arithmetic could not compute (ln(1 + 10⁻²⁰); a
   * derivative Symja's formula gives as 0/0 there).
   */
  private static String undefinedThere(Term side, Condition failing, Context ctx, Map<Var, Num> point, long seed,
      Prover p) {
    Boolean real = p.symja().realValueAt(side, ctx, point, seed);
    if (real != null) {
      return real ? null : Definedness.show(failing);
    }
    List<Condition> needed = Definedness.needed(side, ctx);
    if (Definedness.contains(needed, failing)) {
      return Definedness.show(failing);
    }
    for (Condition c : needed) { // also one Definedness.of states otherwise: 0^y with y < 0 needs 0 ≠ 0, not 0 > 0
      if (p.symja().fails(c, ctx, point, seed)) {
        return Definedness.show(c);
      }
    }
    return null;
  }

  /** Where both sides are defined: the points a numeric check may use. */
  private static List<Condition> domain(Term l, Term r, Context ctx) {
    List<Condition> all = new ArrayList<>(Definedness.of(l, ctx));
    List<Condition> more = new ArrayList<>(Definedness.of(r, ctx));
    // a point must also be one where the declared conditions themselves are defined: with x! > 2 declared, Symja's
    // Γ is real at x = −4.0001, where deriv's x! has no value
    for (Condition c : ctx.conditions()) {
      more.addAll(Definedness.of(Terms.unfold(c.left(), ctx), ctx));
      more.addAll(Definedness.of(Terms.unfold(c.right(), ctx), ctx));
    }
    for (Condition c : more) {
      if (!Definedness.contains(all, c)) {
        all.add(c);
      }
    }
    return all;
  }

  // ---- proof ----------------------------------------------------------------------------------------------------

  /** What was handed to Symja (after binder merging and positivity rewrites) and what it said. */
  private record Attempt(ZeroCheck check, Term left, Term right) {}

  private static Attempt prove(Term lhs, Term rhs, Context ctx, Prover p, int depth) {
    List<String> steps = new ArrayList<>();
    Term[] lr = prepared(lhs, rhs, ctx, p, depth, steps);
    ZeroCheck z = p.symja().simplifiesToZero(Terms.minus(lr[0], lr[1]), ctx);
    steps.addAll(z.trace());
    return new Attempt(new ZeroCheck(z.outcome(), z.residual(), steps), lr[0], lr[1]);
  }

  /** The sides as Symja is asked about them: provably equal binders merged, log/root/power laws where positive. */
  private static Term[] prepared(Term lhs, Term rhs, Context ctx, Prover p, int depth, List<String> steps) {
    List<Term> merged = BinderCongruence.merge(List.of(lhs, rhs), ctx, p, depth);
    if (!merged.equals(List.of(lhs, rhs))) {
      steps.add("provably equal binders merged: " + Terms.show(merged.get(0)) + " = " + Terms.show(merged.get(1)));
    }
    Term l = PositivityRewrites.normalise(merged.get(0), ctx, p);
    Term r = PositivityRewrites.normalise(merged.get(1), ctx, p);
    if (!l.equals(merged.get(0)) || !r.equals(merged.get(1))) {
      steps.add("log/root/power laws where positivity is proved: " + Terms.show(l) + " = " + Terms.show(r));
    }
    return new Term[] {l, r};
  }

  /** PROVED (0 confirmed by numbers), FAILED (a definite nonzero difference), or null to go on. */
  private static Verdict conclusive(Attempt a, String claim, List<Condition> domain, Context ctx, Prover p,
      List<String> trace, List<String> refutedZeros) {
    ZeroCheck z = a.check();
    if (z.outcome() == ZeroCheck.Outcome.ZERO) {
      String refuted = confirm(a, domain, ctx, p);
      if (refuted == null) {
        trace.add("numeric check of the 0: admissible points agree");
        return Verdict.proved(RULE, "lhs - rhs simplifies to 0", trace);
      }
      trace.add("the symbolic 0 is not confirmed: " + refuted);
      refutedZeros.add(refuted);
      return null;
    }
    if (z.outcome() == ZeroCheck.Outcome.NONZERO) {
      return Verdict.of(Status.FAILED, RULE, "false: lhs - rhs = " + z.residual() + ", which is not 0 (" + claim + ")",
          z.residual(), Map.of(), trace);
    }
    return null;
  }

  /**
   * Numbers never confirm by silence. Symja's 0 treated integrals, sums, deltas and norms as arbitrary values;
   * here each gets a generic value, so every admissible point is evaluable. Null when at least one admissible point
   * evaluated and none differed; otherwise why the 0 is not confirmed.
   */
  private static String confirm(Attempt a, List<Condition> domain, Context ctx, Prover p) {
    Evidence e = sample(a.left(), a.right(), ctx, domain, p, true, CONFIRMATIONS);
    if (e.counterexample() != null) {
      return "the sides differ at " + e.counterexample() + " with integrals, deltas and other atoms given "
          + "arbitrary values (so Symja's 0 was wrong; this is not by itself a counterexample to the step)";
    }
    if (e.agreed() == 0) {
      return "no admissible point could be evaluated" + e.why();
    }
    return null;
  }

  /**
   * {@link #confirm}'s answer alone, at its points: whether the sides differ there is asked, but no digits are sized
   * for a counterexample nobody reads (e^x at a large generic x used up a step's whole budget).
   */
  private static boolean confirms(Term left, Term right, List<Condition> domain, Context ctx, Prover p) {
    Evidence e = sample(left, right, ctx, domain, p, true, CONFIRMATIONS, false, MAX_POINTS, false, DIFFERENCE_ONLY);
    return e.counterexample() == null && e.agreed() > 0;
  }

  // ---- numbers --------------------------------------------------------------------------------------------------

  /** What random admissible points showed: a counterexample, or how many points agreed. */
  private record Evidence(int agreed, int inconclusive, int inadmissible, int vanished, String lastNote,
      String unevaluable, Map<String, String> counterexample) {
    /** Why points did not count, for a message: " (…)" or "". */
    String why() {
      if (unevaluable != null) {
        return " (" + unevaluable + ")";
      }
      List<String> parts = new ArrayList<>();
      if (inadmissible > 0) {
        parts.add(inadmissible + " points inadmissible" + (lastNote != null ? ", e.g. " + lastNote : ""));
      }
      if (inconclusive > 0) {
        parts.add(inconclusive + " inconclusive");
      }
      if (vanished > 0) {
        parts.add(vanished + " where both sides are 0, which is no evidence");
      }
      return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }
  }

  /**
   * Random points satisfying the context's conditions and the sides' definedness conditions. Only points where both
   * sides evaluated count; with {@code genericAtoms} false, an integral or a delta keeps its meaning and cannot be
   * evaluated.
   */
  private static Evidence sample(Term lhs, Term rhs, Context ctx, List<Condition> domain, Prover p,
      boolean genericAtoms, int wanted) {
    return sample(lhs, rhs, ctx, domain, p, genericAtoms, wanted, !genericAtoms, MAX_POINTS, Integer.MAX_VALUE);
  }

  /** The same, drawing at most {@code maxPoints}; with {@code allPatterns}, one point for every sign pattern. */
  private static Evidence sample(Term lhs, Term rhs, Context ctx, List<Condition> domain, Prover p,
      boolean genericAtoms, int wanted, boolean allPatterns, int maxPoints, int maxDigits) {
    // refute first: near the bounds, where it is cheap
    return sample(lhs, rhs, ctx, domain, p, genericAtoms, wanted, allPatterns, maxPoints,
        maxDigits < Integer.MAX_VALUE, maxDigits);
  }

  private static Evidence sample(Term lhs, Term rhs, Context ctx, List<Condition> domain, Prover p,
      boolean genericAtoms, int wanted, boolean allPatterns, int maxPoints, boolean quickLook, int maxDigits) {
    long seed = (Terms.show(lhs) + " = " + Terms.show(rhs)).hashCode();
    Set<Var> vars = pointVariables(lhs, rhs, ctx);
    RandomPoints points = new RandomPoints(seed, ctx, boundVariables(lhs, rhs, ctx), quickLook);
    int agreed = 0;
    int inconclusive = 0;
    int inadmissible = 0;
    int vanished = 0;
    String note = null;
    // a test tries every sign pattern; confirming Symja's 0 (asked often, by rules too) takes the first few
    int needed = allPatterns ? Math.max(wanted, points.patterns(vars)) : wanted;
    for (int k = 0; k < maxPoints && agreed < needed; k++) {
      Map<Var, Num> point = points.next(vars);
      if (!integersAt(point, ctx)) {
        inadmissible++; // an integer with a value gets a fraction here: the point is outside the hypotheses
        note = "an integer's value is not an integer";
        continue;
      }
      // each point its own models of the declared functions: with one model for all, five points of a claim about
      // g(0) were one evaluation, and abs(g(0)) = g(0) and abs(g(0)) = −g(0) were both "tested"
      // (the numeric test only: confirming a 0 and the quick looks keep one model, as the conditions' search does)
      long models = genericAtoms ? seed : seed + MODEL_STRIDE * k;
      Sample s = p.symja().compareAt(lhs, rhs, ctx, domain, point, models, genericAtoms, maxDigits);
      switch (s.agreement()) {
        case UNEVALUABLE:
          return new Evidence(agreed, inconclusive, inadmissible, vanished, note, s.note(), null);
        case DIFFER:
          return new Evidence(agreed, inconclusive, inadmissible, vanished, note, null, counterexample(point, s));
        case VANISH:
          if (allPatterns) { // a test: where both sides are 0, any two sides agree
            vanished++;
            break;
          }
          agreed++;
          break;
        case AGREE:
          agreed++;
          break;
        case INCONCLUSIVE:
          inconclusive++;
          break;
        default:
          inadmissible++;
          note = s.note();
          break; // inadmissible point: draw another
      }
    }
    return new Evidence(agreed, inconclusive, inadmissible, vanished, note, null, null);
  }

  private static Verdict test(Term lhs, Term rhs, Context ctx, Prover p, List<Condition> domain, String residual,
      List<String> trace, List<String> refutedZeros) {
    Evidence e = sample(lhs, rhs, ctx, domain, p, false, SAMPLES);
    String zeros = refutedZeros.isEmpty() ? "" : "; Symja's simplification to 0 is not confirmed: "
        + refutedZeros.get(0);
    if (e.counterexample() != null) {
      trace.add("numeric test: the sides differ at " + e.counterexample());
      return Verdict.of(Status.FAILED, RULE, "false: the sides differ at " + e.counterexample(), residual,
          e.counterexample(), trace);
    }
    if (e.unevaluable() != null) {
      trace.add("numeric test impossible: " + e.unevaluable());
      return Verdict.of(Status.UNKNOWN, RULE, "not proved, and not testable numerically (" + e.unevaluable() + ")"
          + zeros, residual, Map.of(), trace);
    }
    trace.add("numeric test: " + e.agreed() + " admissible random points agree" + e.why());
    if (e.agreed() >= SAMPLES) {
      return Verdict.of(Status.TESTED, RULE, "not proved; both sides agree at " + e.agreed()
          + " random admissible points (residual " + residual + ")" + zeros, residual, Map.of(), trace);
    }
    String reason = e.agreed() == 0 ? "no admissible point where both sides could be evaluated was found"
        : "only " + e.agreed() + " admissible points where both sides were evaluated agreed, fewer than " + SAMPLES;
    return Verdict.of(Status.UNKNOWN, RULE, "not proved, and " + reason + e.why() + zeros, residual, Map.of(), trace);
  }

  /**
   * Whether a point satisfies all of the context's conditions at once: a witness that they do not contradict each
   * other. Under contradictory conditions every claim is vacuously true, and a proof by signs or by renaming would
   * never notice ({@link Contradictions} sees only some contradictions), so a proof counts only where a witness is
   * found. A context without conditions needs none.
   */
  static boolean witnessed(Context ctx, Prover p) {
    if (ctx.conditions().isEmpty()) {
      return true;
    }
    long seed = "witness".hashCode();
    Set<Var> vars = pointVariables(Num.ZERO, Num.ZERO, ctx);
    RandomPoints points = new RandomPoints(seed, ctx, Set.of());
    for (int k = 0; k < MAX_POINTS; k++) {
      // a new seed per point: declared functions get a new model each time, so p(T) > 0 can be met too
      Map<Var, Num> point = points.next(vars);
      Sample s = p.symja().compareAt(Num.ZERO, Num.ZERO, ctx, List.of(), point, seed + k, false,
          Integer.MAX_VALUE);
      if ((s.agreement() == Sample.Agreement.AGREE || s.agreement() == Sample.Agreement.VANISH)
          && integersAt(point, ctx)) {
        return true;
      }
      if (s.agreement() == Sample.Agreement.UNEVALUABLE) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether every integer with a value ({@code let n : integer, n = k/2}) gets an integer at the point: its sort is
   * a hypothesis the conditions do not state. A value that is not a rational number there counts as not integer.
   */
  private static boolean integersAt(Map<Var, Num> point, Context ctx) {
    for (Var v : ctx.variables()) {
      if (v.sort() != Sort.INTEGER) {
        continue;
      }
      Definition d = ctx.definition(v).filter(x -> x.params().isEmpty()).orElse(null);
      if (d == null) {
        continue;
      }
      Num n;
      try {
        n = Terms.rationalValue(Terms.substitute(Terms.unfold(d.body(), ctx), new java.util.HashMap<Var, Term>(point)));
      } catch (RuntimeException tooLarge) {
        return false;
      }
      if (n == null || !n.isInteger()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Everything {@link #witnessed} depends on, as text: each condition with definitions unfolded, the sort of each
   * variable in them (which values a point may give it), and the declared codomains (which models a function gets).
   */
  static String conditionsKey(Context ctx) {
    StringBuilder key = new StringBuilder();
    for (Condition c : ctx.conditions()) {
      key.append(Terms.show(Terms.unfold(c.left(), ctx))).append(' ').append(c.relation()).append(' ')
          .append(Terms.show(Terms.unfold(c.right(), ctx))).append(';');
    }
    for (Var v : pointVariables(Num.ZERO, Num.ZERO, ctx)) {
      key.append(v.name()).append('#').append(v.id()).append(':').append(v.sort()).append(';');
    }
    for (Context.Codomain c : ctx.codomains()) { // the models a witness may use: R -> positive excludes p(1) < 0
      key.append(c.function().name()).append('#').append(c.function().id()).append("->").append(c.relation())
          .append(';');
    }
    return key.toString();
  }

  /** The variables in the bounds of sums and products of both sides (definitions unfolded): kept small. */
  private static Set<Var> boundVariables(Term a, Term b, Context ctx) {
    Set<Var> out = new LinkedHashSet<>();
    collectBoundVariables(Terms.unfold(a, ctx), out);
    collectBoundVariables(Terms.unfold(b, ctx), out);
    return out;
  }

  private static void collectBoundVariables(Term t, Set<Var> out) {
    if (t instanceof BigOp b) {
      out.addAll(Terms.freeVars(b.lo()));
      out.addAll(Terms.freeVars(b.hi()));
      if (b.hasExcept()) {
        out.addAll(Terms.freeVars(b.except()));
      }
    }
    Terms.children(t).forEach(c -> collectBoundVariables(c, out));
  }

  /**
   * A point where lhs − rhs is nonzero whatever values the atoms that cannot be evaluated (integrals, deltas) have,
   * given the signs proved for them; the point and the atoms, or null. A few points only: this is a refutation.
   */
  private static Map<String, String> nonzeroForEveryAtom(Term lhs, Term rhs, Context ctx, List<Condition> domain,
      Prover p) {
    long seed = (Terms.show(lhs) + " = " + Terms.show(rhs)).hashCode();
    Set<Var> vars = pointVariables(lhs, rhs, ctx);
    RandomPoints points = new RandomPoints(seed, ctx, boundVariables(lhs, rhs, ctx), true);
    // a condition proved for all values (an integral ≠ 0 because it is positive) holds at every point: not checked
    List<Condition> open = domain.stream().filter(c -> !Definedness.proved(c, ctx, p)).toList();
    for (int k = 0; k < REFUTE_FIRST_POINTS; k++) {
      Map<Var, Num> point = points.next(vars);
      List<String> atoms = p.symja().nonzeroForEveryAtom(lhs, rhs, ctx, open, point, seed);
      if (atoms != null) {
        Map<String, String> out = shown(point);
        out.put("for every value of", String.join(", ", atoms));
        return out;
      }
    }
    return null;
  }

  /** The variables a point gives values to: those of both sides and of the context's conditions. */
  private static Set<Var> pointVariables(Term a, Term b, Context ctx) {
    // definitions unfolded: a defined name is not given a value of its own, its variables are
    Set<Var> vars = new LinkedHashSet<>(Terms.freeVars(Terms.unfold(a, ctx)));
    vars.addAll(Terms.freeVars(Terms.unfold(b, ctx)));
    ctx.conditions().forEach(c -> {
      vars.addAll(Terms.freeVars(Terms.unfold(c.left(), ctx)));
      vars.addAll(Terms.freeVars(Terms.unfold(c.right(), ctx)));
    });
    return vars;
  }

  /** A point as a message shows it: name → value, a second variable of the same name marked by its id. */
  private static Map<String, String> shown(Map<Var, Num> point) {
    Map<String, String> out = new LinkedHashMap<>();
    point.forEach((v, n) -> out.put(out.containsKey(v.name()) ? v.name() + "#" + v.id() : v.name(), n.toString()));
    return out;
  }

  private static Map<String, String> counterexample(Map<Var, Num> point, Sample s) {
    Map<String, String> out = shown(point);
    out.putAll(s.functions());
    out.put("lhs", s.lhs());
    out.put("rhs", s.rhs());
    if (s.gap() != null) {
      out.put("lhs − rhs", s.gap());
    }
    return out;
  }
}

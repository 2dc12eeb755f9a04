package deriv.kernel.symja;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Deadline;
import deriv.kernel.Num;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IRational;
import org.matheclipse.core.interfaces.INumber;

/**
 * The kernel's only door to Symja (with its package-private helpers). TRUSTED: what it calls zero is taken as proved.
 *
 * <p>One adapter serves one obligation on one thread. Every single evaluation gets a fresh {@link ExprEvaluator}:
 * Symja caches Simplify results per engine without regard to assumptions, and engines are not thread-safe.
 * {@link #stopRequest()} (from the deadline's watchdog) stops the running evaluation; every call afterwards throws
 * {@link Deadline.Expired}, so a stopped (unevaluated) result is never read as an answer.
 */
public final class SymjaAdapter {
  static { // before the constants below load Symja: its settings must come first (Integrate's thread, logging)
    SymjaSetup.init();
  }

  private static final int DIGITS = 40;
  private static final int CONFIRM_DIGITS = 80;
  /** Absolute difference (at 80 digits after the point) below which two values agree: rounding noise. */
  private static final IExpr AGREE = F.Power(F.C10, F.ZZ(-60));
  /** Sides with more digits before the point than this are not judged (precision would grow without end). */
  private static final int MAX_MAGNITUDE = 3000;
  /** How many arguments {@link #largestTerm} sizes at most (each is one evaluation at 20 digits). */
  private static final int MAX_TERMS_SIZED = 64;
  private static final int ROUGH_AGREE_DIGITS = 25;
  private static final IExpr ROUGH_AGREE = F.Power(F.C10, F.ZZ(-ROUGH_AGREE_DIGITS));
  private static final IExpr ROUGH_DIFFER = F.Power(F.C10, F.ZZ(-10));
  /** How closely the differences at 40 and 80 digits must match to be a true difference, not rounding noise. */
  private static final IExpr STABLE = F.QQ(1, 1000);
  /** The largest lhs − rhs (in Symja leaves) judged with its atoms as unknowns. */
  private static final int MAX_UNKNOWN_LEAVES = 1200;
  /** The most terms lhs − rhs may have once expanded for that judgement. */
  private static final long MAX_EXPANDED_TERMS = 400;

  private volatile boolean stopped;
  private volatile EvalEngine current;

  public SymjaAdapter() {
    SymjaSetup.init();
  }

  /** Stops the running evaluation and every later one. Safe to call from any thread. */
  public void stopRequest() {
    stopped = true;
    EvalEngine e = current;
    if (e != null) {
      e.stopRequest();
    }
  }

  public boolean isStopRequested() {
    return stopped;
  }

  // ---- proof --------------------------------------------------------------------------------------------------

  /**
   * Tries to simplify {@code difference} to 0 under the context's assumptions: evaluation, Together, Simplify,
   * Simplify and FullSimplify under the assumptions, Refine. Stops at the first exact 0 or definite nonzero number.
   * The steps with assumptions run only when {@link BranchGuard} allows: with real assumptions Symja rewrites
   * {@code Sqrt(x*y)} to {@code Sqrt(x)*Sqrt(y)}, false for negative x and y.
   */
  public ZeroCheck simplifiesToZero(Term input, Context ctx) {
    return ladder(input, ctx).rest(() -> true);
  }

  /** The same steps, to be taken in two stages ({@link Ladder}). */
  public Ladder ladder(Term input, Context ctx) {
    Term difference = Terms.unfoldUnderDiff(input, ctx); // a defined name may depend on x in diff(…, x) or a binder
    List<String> trace = new ArrayList<>();
    ToSymja tr = ToSymja.forProof(); // sums, products, integrals, deltas and norms arrive as opaque atoms
    IExpr d = tr.convert(difference);
    IExpr a = tr.assumptions(ctx);
    String under = " under " + describe(ctx);
    List<Ladder.Step> steps = new ArrayList<>(List.of(
        new Ladder.Step("evaluation", e -> e),
        new Ladder.Step("Together", F::Together),
        new Ladder.Step("Simplify", F::Simplify)));
    String unsafe = BranchGuard.firstUnsafe(difference, ctx);
    if (unsafe != null) {
      trace.add("assumption-based steps skipped: " + unsafe + " (Symja then splits roots of possibly negative "
          + "numbers)");
    } else if (!a.isTrue()) {
      steps.add(new Ladder.Step("Simplify" + under, e -> F.Simplify(e, a)));
      steps.add(new Ladder.Step("FullSimplify" + under, e -> F.binaryAST2(S.FullSimplify, e, a)));
      steps.add(new Ladder.Step("Refine" + under, e -> F.Refine(e, a)));
    }
    return new Ladder(this, d, new FromSymja(tr.meanings()), steps, trace);
  }

  /**
   * The difference as a residual for a refuted step, in the user's names: the smallest of evaluation, Together and
   * Simplify (no assumptions, no FullSimplify: those can take minutes on a false step).
   */
  public String residual(Term difference) {
    ToSymja tr = ToSymja.forProof();
    IExpr d = tr.convert(difference); // the caller has unfolded the definitions
    IExpr best = eval(d);
    for (Function<IExpr, IExpr> step : List.<Function<IExpr, IExpr>>of(F::Together, F::Simplify)) {
      IExpr r = eval(step.apply(d));
      if (r.leafCount() < best.leafCount()) {
        best = r;
      }
    }
    return new FromSymja(tr.meanings()).show(best);
  }

  /**
   * {@code t} expanded, as its constant plus its other terms factored, read back as a term: x² + 2xy + y² + 1
   * becomes 1 + (x + y)², whose sign the kernel can see. Empty when it cannot be read back.
   */
  public java.util.Optional<Term> constantPlusFactored(Term t) {
    ToSymja tr = ToSymja.forProof();
    IExpr e = eval(F.Expand(tr.convert(t)));
    IExpr constant = F.C0;
    if (e.isPlus()) {
      for (IExpr term : (org.matheclipse.core.interfaces.IAST) e) {
        if (term.isNumber()) {
          constant = eval(F.Plus(constant, term));
        }
      }
    }
    IExpr factored = eval(F.Factor(eval(F.Subtract(e, constant))));
    return new FromSymja(tr.meanings()).toTerm(F.Plus(constant, factored));
  }

  /**
   * The coefficients of {@code t} as a polynomial in {@code vars} (exponents → coefficient) when it is one with
   * rational coefficients after expansion, and nothing else; null otherwise. Binder-free algebra: Expand and
   * CoefficientRules on a term with no other symbol.
   */
  public Map<List<Integer>, Num> polynomial(Term t, List<Var> vars) {
    ToSymja tr = ToSymja.forProof();
    IExpr e = eval(F.Expand(tr.convert(t)));
    org.matheclipse.core.interfaces.IASTAppendable list = F.ListAlloc(vars.size());
    vars.forEach(v -> list.append(tr.convert(v)));
    if (!eval(F.PolynomialQ(e, list)).isTrue()) {
      return null;
    }
    IExpr rules = eval(F.binaryAST2(S.CoefficientRules, e, list));
    if (!rules.isList()) {
      return null;
    }
    Map<List<Integer>, Num> out = new java.util.LinkedHashMap<>();
    for (IExpr rule : (org.matheclipse.core.interfaces.IAST) rules) {
      if (!rule.isRuleAST() || !rule.first().isList() || !(rule.second() instanceof IRational c)) {
        return null;
      }
      List<Integer> exponents = new ArrayList<>();
      for (IExpr k : (org.matheclipse.core.interfaces.IAST) rule.first()) {
        int n = Numerics.intOr(k, -1);
        if (n < 0 || n > 64) {
          return null;
        }
        exponents.add(n);
      }
      out.put(List.copyOf(exponents), Num.of(c.toBigNumerator(), c.toBigDenominator()));
    }
    return out;
  }

  /**
   * True only if Symja refines or simplifies the condition to True under the context's assumptions; never for a
   * condition with a root, non-integer power or logarithm of something not proved positive ({@link BranchGuard}).
   */
  public boolean provesCondition(Condition given, Context ctx) {
    Condition c = new Condition(given.relation(), Terms.unfoldUnderDiff(given.left(), ctx),
        Terms.unfoldUnderDiff(given.right(), ctx));
    if (BranchGuard.firstUnsafe(c.left(), ctx) != null || BranchGuard.firstUnsafe(c.right(), ctx) != null) {
      return false; // the same branch errors as in simplifiesToZero would make Refine "prove" false inequalities
    }
    ToSymja tr = ToSymja.forProof();
    IExpr claim = tr.condition(c);
    IExpr a = tr.assumptions(ctx);
    return eval(F.Refine(claim, a)).isTrue() || eval(F.Simplify(claim, a)).isTrue();
  }

  /** True if the term is a constant that is definitely not zero (exactly, or clearly at 60 and 120 digits). */
  public boolean isDefiniteNonzeroNumber(Term t) {
    return isDefiniteNonzero(eval(ToSymja.forProof().convert(t)));
  }

  boolean isDefiniteNonzero(IExpr r) {
    if (r.isNumber()) {
      return r.isExactNumber() && !r.isZero();
    }
    if (!r.isNumericFunction()) {
      return false;
    }
    return clearlyNonzero(r, 60) && clearlyNonzero(r, 120);
  }

  private boolean clearlyNonzero(IExpr constant, int digits) {
    IExpr v = eval(F.N(F.Abs(constant), F.ZZ(digits)));
    return v.isNumber() && v.isReal() && v.evalDouble() > 1e-30;
  }

  // ---- numbers ------------------------------------------------------------------------------------------------

  /**
   * Evaluates both sides at {@code point} (exact rationals for the variables, concrete functions chosen with
   * {@code seed} for declared functions and families) after checking the context's conditions and {@code domain}
   * (where the sides are defined) there. With {@code genericAtoms}, integrals, deltas and the other atoms of a
   * proof get concrete generic values ({@link ToSymja#forGenericAtoms}); otherwise they keep their meaning and
   * make the point unevaluable. A side that is not a real number there makes the point inadmissible.
   */
  public Sample compareAt(Term lhs, Term rhs, Context ctx, List<Condition> domain, Map<Var, Num> point, long seed,
      boolean genericAtoms) {
    return compareAt(lhs, rhs, ctx, domain, point, seed, genericAtoms, MAX_MAGNITUDE);
  }

  /**
   * The same, inconclusive where judging the sides needs more than {@code maxDigits} extra digits: a quick look
   * (refute first) skips a point where e^−5000 would need thousands of digits, and the full test comes later.
   */
  public Sample compareAt(Term lhs, Term rhs, Context ctx, List<Condition> domain, Map<Var, Num> point, long seed,
      boolean genericAtoms, int maxDigits) {
    FunctionModels models = new FunctionModels(seed);
    ToSymja tr = genericAtoms ? ToSymja.forGenericAtoms(point, models, ctx) : ToSymja.forNumbers(point, models, ctx);
    IExpr l;
    IExpr r;
    try {
      // with generic atoms an integral's value says nothing of its integrand: a condition for every x of its
      // interval (stated as an integral, Definedness) would only be judged on an unrelated generic value
      List<Condition> needed = genericAtoms ? domain.stream().filter(c -> !(c.left()
          instanceof deriv.kernel.DefiniteIntegral || c.left() instanceof deriv.kernel.Integral)).toList() : domain;
      Condition violated = violated(tr, ctx, needed);
      // a condition on a declared function's values (p(T) > 0, v_g(T) > v_l(T)) that this point's models violate:
      // other models at the same point, each as arbitrary a function as the first
      for (int m = 1; violated != null && m <= MODEL_TRIES && onFunctionValues(violated, ctx); m++) {
        models = new FunctionModels(seed + MODEL_STRIDE * m);
        tr = genericAtoms ? ToSymja.forGenericAtoms(point, models, ctx) : ToSymja.forNumbers(point, models, ctx);
        violated = violated(tr, ctx, needed);
      }
      if (violated != null) {
        return Sample.unusable(Sample.Agreement.INADMISSIBLE, "violates " + show(violated));
      }
      // not evaluated exactly first: Symja's exact evaluation of sums of sines at rationals can take minutes
      l = tr.convert(Terms.unfoldUnderDiff(Terms.unfold(lhs, ctx), ctx));
      r = tr.convert(Terms.unfoldUnderDiff(Terms.unfold(rhs, ctx), ctx));
    } catch (ToSymja.Untranslatable u) {
      return Sample.unusable(Sample.Agreement.UNEVALUABLE, u.getMessage());
    }
    Size size = null; // digits beyond the usual ones, sized once: the sides' and their parts' magnitudes
    // each derivative at the point worked out once: what is sized and judged far out is what is evaluated
    IExpr lt = withDerivativesTaken(l);
    IExpr rt = withDerivativesTaken(r);
    Sample.Agreement a;
    if (lhs.equals(rhs)) {
      // one side against itself: defined here? The kernel's arithmetic first (Symja's N finds ln(−2) − ln(−3) real)
      Boolean real = Numerics.isReal(lt, DIGITS);
      a = real != null ? (real ? Sample.Agreement.AGREE : null)
          : realValue(l, DIGITS) != null ? Sample.Agreement.AGREE : null;
    } else if (farOut(lt) || farOut(rt)) {
      return Sample.unusable(Sample.Agreement.UNEVALUABLE, "a side holds e^x with |x| beyond " + FAR_OUT
          + " there, too far out to evaluate");
    } else if (genericAtoms) {
      a = roughAgreement(l, r);
    } else if (realValue(l, DIGITS) == null || realValue(r, DIGITS) == null) {
      a = null; // not a real number here: no need to size anything
    } else {
      size = extraDigits(lt, rt);
      a = size.digits() > maxDigits ? Sample.Agreement.INCONCLUSIVE : agreement(l, r, size);
    }
    if (a == null && (holdsHugePower(l) || holdsHugePower(r))) {
      return Sample.unusable(Sample.Agreement.UNEVALUABLE, "a power with an exponent beyond 2^31 is too large "
          + "for Symja's exact arithmetic");
    }
    if (a == null) {
      return Sample.unusable(Sample.Agreement.INADMISSIBLE, "a side is not a real number there");
    }
    if (a != Sample.Agreement.DIFFER) { // digits only for a counterexample: each N costs a full evaluation
      return new Sample(a, null, null, models.describe(), null, null);
    }
    if (genericAtoms && maxDigits < MAX_MAGNITUDE) {
      // a quick look with generic atoms only asks whether the sides differ (Algebra.differsGenerically): sizing
      // digits for a counterexample nobody shows can cost more than the look (e^x at a large generic x)
      return new Sample(a, "?", "?", models.describe(), null, null);
    }
    int extra = Math.min(MAX_MAGNITUDE, (size != null ? size : extraDigits(lt, rt)).digits());
    String ls = approximate(l, extra);
    String rs = approximate(r, extra);
    return new Sample(a, ls, rs, models.describe(), null, ls.equals(rs) ? gap(l, r, extra) : null);
  }

  /** Other models tried at one point when its models violate a condition on function values. */
  private static final int MODEL_TRIES = 8;
  /** Seeds of those models: far from the seeds of other points (seed + k) and other samples. */
  private static final long MODEL_STRIDE = 1_000_033L;

  /** Whether {@code c}, definitions unfolded, applies a declared function: the models decide whether it holds. */
  private static boolean onFunctionValues(Condition c, Context ctx) {
    Condition u = unfolded(c, ctx);
    return Terms.contains(u.left(), t -> t instanceof deriv.kernel.Apply)
        || Terms.contains(u.right(), t -> t instanceof deriv.kernel.Apply);
  }

  /**
   * Whether {@code t} has a real value at the point as deriv reads it — every part real, judged by the kernel's own
   * arithmetic ({@link Numerics#isReal}) — or null when that arithmetic cannot tell: outside its heads, or where a
   * value it could not compute to its digits decides (ln(1 + 10⁻²⁰) is real although not computed). Symja's N is not
   * asked: it goes through complex numbers, and ln(−2) − ln(−3) comes back real although neither logarithm has a
   * value. A derivative is computed through Symja's formula for it, which may have no value where the derivative
   * has one (d/dx √(x⁴) = 2x³/√(x⁴), 0/0 at 0): there a 'no' is not shown either.
   */
  public Boolean realValueAt(Term t, Context ctx, Map<Var, Num> point, long seed) {
    IExpr e;
    try {
      e = ToSymja.forNumbers(point, new FunctionModels(seed), ctx).convert(Terms.unfoldUnderDiff(Terms.unfold(t, ctx),
          ctx));
    } catch (ToSymja.Untranslatable u) {
      return null;
    }
    IExpr exact = withDerivativesTaken(e);
    if (!Numerics.onAllowList(exact)) {
      return null;
    }
    if (Numerics.value(exact, DIGITS) != null || Numerics.sumWithError(exact, DIGITS) != null) {
      return true;
    }
    Boolean real = Numerics.isReal(exact, DIGITS);
    return Boolean.FALSE.equals(real) && !e.isFree(S.D) ? null : real;
  }

  /** Whether Symja left a power it would compute wrongly unevaluated in {@code side} ({@link SymjaSetup}). */
  private boolean holdsHugePower(IExpr side) {
    return eval(side).has(x -> x.isSymbol() && x.toString().equals(SymjaSetup.HUGE_POWER), true);
  }

  /** The first of the context's conditions and {@code domain} that fails at the translator's point; else null. */
  private Condition violated(ToSymja tr, Context ctx, List<Condition> domain) {
    List<Condition> all = new ArrayList<>(ctx.conditions());
    all.addAll(domain);
    for (Condition c : all) {
      IExpr condition = tr.condition(unfolded(c, ctx));
      if (!holds(condition) || aSideHasNoValue(condition)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether a side of a comparison is shown to have no real value at the point: the condition does not hold there,
   * whatever Symja says of it (√(−13/7) ≠ −1 is True to Symja, through complex numbers).
   */
  private static boolean aSideHasNoValue(IExpr condition) {
    if (!(condition instanceof IAST c) || c.argSize() != 2) {
      return false;
    }
    for (IExpr side : List.of(c.arg1(), c.arg2())) {
      if (Numerics.onAllowList(side) && Boolean.FALSE.equals(Numerics.isReal(side, DIGITS))) {
        return true;
      }
    }
    return false;
  }

  /** Definitions unfolded: a condition on d := x − 1 is a condition on x, which the point gives a value. */
  private static Condition unfolded(Condition c, Context ctx) {
    return new Condition(c.relation(), Terms.unfold(c.left(), ctx), Terms.unfold(c.right(), ctx));
  }

  /**
   * Whether lhs − rhs is nonzero at {@code point} whatever values its atoms (integrals, deltas, sums with unknown
   * bounds) have there: each atom an unknown with the sign {@link deriv.kernel.Signs} proves of it, the numerator of
   * lhs − rhs a polynomial in the unknowns whose every coefficient has one sign (at 40 and at 80 digits), and whose
   * monomials are positive — every unknown in it positive, or nonnegative with a nonzero constant term. Then no value
   * of the atoms makes the sides equal: {@code (1 - N)*N*I} with I &gt; 0 at N = 2. Returns the atoms it was
   * judged for (as deriv prints them), or null when it cannot be said (a point that violates a condition included).
   */
  public List<String> nonzeroForEveryAtom(Term lhs, Term rhs, Context ctx, List<Condition> domain,
      Map<Var, Num> point, long seed) {
    ToSymja tr = ToSymja.forUnknownAtoms(point, new FunctionModels(seed), ctx);
    IExpr d;
    try {
      if (violated(tr, ctx, domain) != null) {
        return null;
      }
      d = tr.convert(Terms.unfoldUnderDiff(Terms.minus(Terms.unfold(lhs, ctx), Terms.unfold(rhs, ctx)), ctx));
    } catch (ToSymja.Untranslatable u) {
      return null;
    }
    Map<org.matheclipse.core.interfaces.ISymbol, Integer> unknowns = tr.unknowns();
    // The numbers at the point (sines of the models, exponentials) are names to the algebra below, and their values
    // come back only where a coefficient's sign is judged: Together and Expand then see the atoms and a few names.
    Map<IExpr, IExpr> numbers = new java.util.LinkedHashMap<>();
    d = named(d, unknowns.keySet(), numbers);
    if (unknowns.isEmpty() || d.leafCount() > MAX_UNKNOWN_LEAVES) {
      return null; // a large expression's Together and Expand cost more than a refutation is worth
    }
    if (termsOnceExpanded(d) > MAX_EXPANDED_TERMS) {
      return null; // (a + b + c)^N written out: its expansion would use up the step's budget before any proof
    }
    IExpr numerator = eval(F.Expand(F.Numerator(F.Together(d))));
    List<IExpr> present = new ArrayList<>();
    for (Map.Entry<org.matheclipse.core.interfaces.ISymbol, Integer> u : unknowns.entrySet()) {
      if (!numerator.isFree(u.getKey())) {
        if (u.getValue() < 0) {
          return null; // an atom of unknown sign: its terms can take any sign
        }
        present.add(u.getKey());
      }
    }
    if (present.isEmpty()) { // the atoms cancelled from the numerator: a number, 0 or not
      return definiteSign(valued(numerator, numbers)) != 0 ? tr.unknownNames() : null;
    }
    // the coefficients gathered here, term by term: Symja's CoefficientRules dropped a term whose coefficient was
    // e^(…sin…) (a true step was "refuted" that way)
    Map<List<Integer>, IExpr> coefficients = coefficients(numerator, present);
    if (coefficients == null) {
      return null;
    }
    int sign = 0;
    boolean constant = false;
    for (Map.Entry<List<Integer>, IExpr> monomial : coefficients.entrySet()) {
      int s = definiteSign(valued(monomial.getValue(), numbers));
      if (s == 0 || sign != 0 && s != sign) {
        return null;
      }
      sign = s;
      constant |= monomial.getKey().stream().allMatch(k -> k == 0);
    }
    boolean nonnegative = present.stream().anyMatch(u -> unknowns.get(u) == 0);
    if (sign == 0 || nonnegative && !constant) {
      return null;
    }
    return tr.unknownNames();
  }

  /** An upper estimate of the number of terms of {@code e} expanded (sums add, products and powers multiply). */
  private static long termsOnceExpanded(IExpr e) {
    if (!(e instanceof IAST a)) {
      return 1;
    }
    long n;
    if (a.isPlus()) {
      n = 0;
      for (int k = 1; k < a.size(); k++) {
        n += termsOnceExpanded(a.get(k));
      }
    } else if (a.isTimes()) {
      n = 1;
      for (int k = 1; k < a.size(); k++) {
        n *= termsOnceExpanded(a.get(k));
        if (n > MAX_EXPANDED_TERMS) {
          return n;
        }
      }
    } else if (a.isPower() && a.exponent().isInteger()) {
      long base = termsOnceExpanded(a.base());
      int k = Math.abs(Numerics.intOr(a.exponent(), Integer.MAX_VALUE));
      n = 1;
      // a single term stays one at any power: the loop would otherwise run up to 2^31 times
      for (int i = 0; base > 1 && i < k && n <= MAX_EXPANDED_TERMS; i++) {
        n *= base;
      }
      // a negative power goes to the denominator, where Together multiplies it out too
    } else {
      n = 1;
    }
    return Math.min(n, MAX_EXPANDED_TERMS + 1);
  }

  /**
   * {@code e} with each largest part free of the unknowns that is not a rational number replaced by a name of its
   * own (the same part, the same name); {@code names} collects name → part. Exact: the names only hide values.
   */
  private static IExpr named(IExpr e, java.util.Set<org.matheclipse.core.interfaces.ISymbol> unknowns,
      Map<IExpr, IExpr> names) {
    if (e.isRational()) {
      return e;
    }
    if (unknowns.stream().allMatch(e::isFree)) {
      for (Map.Entry<IExpr, IExpr> n : names.entrySet()) {
        if (n.getValue().equals(e)) {
          return n.getKey(); // a handful of names: a scan costs less than a second map
        }
      }
      IExpr name = F.Dummy("deriv$number" + names.size());
      names.put(name, e);
      return name;
    }
    if (!(e instanceof IAST a)) {
      return e;
    }
    IASTAppendable out = F.ast(a.head(), a.argSize());
    for (int k = 1; k < a.size(); k++) {
      out.append(named(a.get(k), unknowns, names));
    }
    return out;
  }

  /** {@code e} with the names of {@link #named} replaced by the parts they stand for. */
  private static IExpr valued(IExpr e, Map<IExpr, IExpr> names) {
    return names.isEmpty() ? e : F.subst(e, x -> names.getOrDefault(x, F.NIL));
  }

  /**
   * An expanded polynomial in {@code atoms} as exponents → coefficient (the sum of its terms' coefficients); null
   * when a term is not a coefficient free of the atoms times nonnegative integer powers of them.
   */
  private Map<List<Integer>, IExpr> coefficients(IExpr polynomial, List<IExpr> atoms) {
    Map<List<Integer>, IASTAppendable> terms = new java.util.LinkedHashMap<>();
    for (IExpr term : operands(polynomial, S.Plus)) {
      Integer[] exponents = new Integer[atoms.size()];
      java.util.Arrays.fill(exponents, 0);
      IASTAppendable coefficient = F.TimesAlloc(4);
      for (IExpr f : operands(term, S.Times)) {
        IExpr base = f.isPower() ? f.base() : f;
        int at = atoms.indexOf(base);
        if (at >= 0) {
          int k = f.isPower() ? Numerics.intOr(f.exponent(), Integer.MIN_VALUE) : 1;
          if (k < 1 || k == Integer.MIN_VALUE) {
            return null;
          }
          exponents[at] += k;
        } else if (atoms.stream().allMatch(f::isFree)) {
          coefficient.append(f);
        } else {
          return null;
        }
      }
      terms.computeIfAbsent(List.of(exponents), e -> F.PlusAlloc(4))
          .append(coefficient.argSize() == 0 ? F.C1 : coefficient.oneIdentity1());
    }
    Map<List<Integer>, IExpr> out = new java.util.LinkedHashMap<>();
    terms.forEach((e, c) -> out.put(e, c.argSize() == 1 ? c.arg1() : c));
    return out;
  }

  /** The arguments of {@code e} when its head is {@code head} (a sum's terms, a product's factors); else e alone. */
  private static List<IExpr> operands(IExpr e, IExpr head) {
    List<IExpr> out = new ArrayList<>();
    if (e.head().equals(head)) {
      ((IAST) e).forEach((IExpr x) -> out.add(x));
    } else {
      out.add(e);
    }
    return out;
  }

  /** 1 or −1 when the value is clearly positive or negative at 40 and at 80 digits; 0 otherwise. */
  private int definiteSign(IExpr exact) {
    if (Numerics.onAllowList(exact)) { // a value that cancelled beyond the guard digits has no clear sign
      java.math.BigDecimal lo = Numerics.value(exact, DIGITS);
      java.math.BigDecimal hi = lo == null ? null : Numerics.value(exact, CONFIRM_DIGITS);
      java.math.BigDecimal limit = java.math.BigDecimal.ONE.movePointLeft(20);
      if (hi == null || lo.abs().compareTo(limit) <= 0 || hi.abs().compareTo(limit) <= 0
          || lo.signum() != hi.signum()) {
        return 0;
      }
      return lo.signum();
    }
    IExpr low = realValue(exact, DIGITS);
    IExpr high = realValue(exact, CONFIRM_DIGITS);
    if (low == null || high == null) {
      return 0;
    }
    IExpr tiny = F.Power(F.C10, F.ZZ(-20));
    if (eval(F.Greater(low, tiny)).isTrue() && eval(F.Greater(high, tiny)).isTrue()) {
      return 1;
    }
    if (eval(F.Less(low, F.Negate(tiny))).isTrue() && eval(F.Less(high, F.Negate(tiny))).isTrue()) {
      return -1;
    }
    return 0;
  }

  /**
   * Agreement of two exact values, by their difference at {@value #DIGITS} and at {@value #CONFIRM_DIGITS} digits
   * <em>after the decimal point</em>: both precisions grow by the sides' magnitude (10^217 gets 217 more digits),
   * so a difference of x next to e^1000x is not lost to the sides' size. Rounding noise shrinks as the precision
   * grows; a true difference does not, however small it is (sin(x)/10^30 is not 0): a difference that is the same
   * at both precisions is a difference. Agreement needs the difference below {@link #AGREE} in absolute terms.
   * The precision grows also by the largest argument inside the sides, where digits cancel or a period is lost,
   * and by the smallest part, whose digits lie further after the point: exp(x + 10^-70) is not exp(x), and the
   * difference, about 10^-70, is judged against {@link #AGREE} moved 70 digits down.
   * Null if a side is not a real number; inconclusive when too large to judge ({@value #MAX_MAGNITUDE} digits).
   */
  private Sample.Agreement agreement(IExpr l, IExpr r, Size size) {
    int magnitude = size.digits();
    if (magnitude > MAX_MAGNITUDE) {
      return Sample.Agreement.INCONCLUSIVE;
    }
    IExpr[] low = difference(l, r, DIGITS + magnitude);
    IExpr[] high = difference(l, r, CONFIRM_DIGITS + magnitude);
    if (low == null || high == null) {
      return null;
    }
    IExpr d = high[0];
    boolean stable = !d.isZero() && eval(F.LessEqual(F.Abs(F.Subtract(low[0], d)), F.Times(STABLE, d))).isTrue();
    if (stable) {
      return Sample.Agreement.DIFFER;
    }
    IExpr agree = F.Times(AGREE, F.Power(F.C10, F.ZZ(-size.fine())));
    if (!eval(F.LessEqual(d, agree)).isTrue()) {
      return Sample.Agreement.INCONCLUSIVE;
    }
    if (!size.complete()) {
      // a part past the sizing allowance may be far smaller than the digits compared (e^-200·sin x after 64 others)
      return Sample.Agreement.INCONCLUSIVE;
    }
    boolean bothZero = eval(F.LessEqual(F.Subtract(high[1], F.C1), agree)).isTrue(); // |lhs| + |rhs|, rounded
    return bothZero ? Sample.Agreement.VANISH : Sample.Agreement.AGREE;
  }

  /** lhs − rhs to 20 digits, computed with {@code extra} more digits (the sides' and their arguments' size). */
  private String gap(IExpr l, IExpr r, int extra) {
    IExpr nl = realValue(l, CONFIRM_DIGITS + extra);
    IExpr nr = realValue(r, CONFIRM_DIGITS + extra);
    return nl == null || nr == null ? null : twentyDigits(eval(F.Subtract(nl, nr)));
  }

  /** A number rounded to 20 significant digits, printed plainly. */
  private static String twentyDigits(IExpr v) {
    String d = readable(v.toString());
    try {
      java.math.BigDecimal b = new java.math.BigDecimal(d).round(new java.math.MathContext(20)).stripTrailingZeros();
      boolean plain = b.signum() == 0 || b.abs().compareTo(java.math.BigDecimal.valueOf(1, 12)) > 0
          && b.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000L)) < 0;
      return plain ? b.toPlainString() : b.toString(); // 500, not 5E+2; 1.5E-30 and 2E+434 stay short
    } catch (NumberFormatException e) {
      return d;
    }
  }

  /**
   * The digits a comparison adds: {@code magnitude} before the point (the sides' and their largest argument's) and
   * {@code fine} after it (the smallest nonzero part's: 10^-70 has 70); {@code complete} when every part was sized.
   */
  private record Size(int magnitude, int fine, boolean complete) {
    int digits() {
      return magnitude + fine;
    }
  }

  /** The decimal magnitude of the sides and of the largest argument inside them, and the smallest part's. */
  private Size extraDigits(IExpr l, IExpr r) {
    // l and r with each derivative at the point worked out: inside D(f(s), s) the parts of f are functions of s,
    // which Symja's N tried and failed to make numbers of, slowly, hundreds of times a step
    int[] budget = {MAX_TERMS_SIZED};
    int[] fine = {Math.max(finenessOf(l), finenessOf(r))};
    int largest = Math.max(largestTerm(l, budget, fine), largestTerm(r, budget, fine));
    int magnitude = Math.max(Math.max(magnitudeOf(l), magnitudeOf(r)), largest);
    // the digits added for the magnitude reach that far after the point already: e^1000x·(1 + e^-1000x) needs
    // 434x digits, not twice as many
    // not capped: a part finer than the digits a comparison may use makes the point inconclusive (1 + 10^−3101 and
    // 1 agreed at the capped 3,040 digits, and five such points made a false step 'tested')
    return new Size(magnitude, Math.max(0, fine[0] - magnitude), budget[0] >= 0);
  }

  /**
   * The decimal magnitude of the largest argument of any operation inside {@code e}: a sum of e^3000 and −e^3000
   * cancels at any precision below 3000 digits, whatever the size of the result (e^3000·(1 + e^−3000) − e^3000 is
   * 1, not 0), and sin(e^1000) needs e^1000 to more than 434 digits. At most {@value #MAX_TERMS_SIZED} are sized.
   * {@code fine} collects the digits after the point of the smallest nonzero part, numbers included.
   */
  private int largestTerm(IExpr e, int[] budget, int[] fine) {
    if (!(e instanceof org.matheclipse.core.interfaces.IAST a)) {
      return 0;
    }
    int largest = 0;
    for (int k = 1; k < a.size(); k++) {
      IExpr term = a.get(k);
      if (term.isNumber()) { // a number is sized at no cost to the budget: a 10^-70 is not hidden behind others
        fine[0] = Math.max(fine[0], finenessOf(term));
      } else if (budget[0]-- > 0) {
        largest = Math.max(largest, magnitudeOf(term));
        fine[0] = Math.max(fine[0], finenessOf(term));
      }
      largest = Math.max(largest, largestTerm(term, budget, fine));
    }
    return largest;
  }

  /** How many zeros follow the point in a nonzero value below 1 (10^-70 has 69); 0 otherwise or if not real. */
  private int finenessOf(IExpr exact) {
    IExpr d = eval(F.N(F.Abs(exact)));
    if (!(d instanceof INumber) || !d.isReal()) {
      return 0;
    }
    double x = d.evalDouble();
    if (x >= 0.1 || Double.isNaN(x)) {
      return 0;
    }
    if (x >= 1e-300) {
      return (int) Math.floor(-Math.log10(x));
    }
    IExpr v = realValue(F.Abs(exact), 20);
    if (v == null || v.isZero()) {
      return 0;
    }
    java.util.regex.Matcher m = SCIENTIFIC.matcher(v.toString());
    return m.matches() ? Math.max(0, -Integer.parseInt(m.group(2))) : 0;
  }

  /**
   * The decimal magnitude of a value (0 when below 10 or not a real number): in machine numbers when they suffice
   * (cheap), at 20 digits when the value is beyond them.
   */
  private int magnitudeOf(IExpr exact) {
    IExpr d = eval(F.N(F.Abs(exact)));
    if (d instanceof INumber && d.isReal()) {
      double x = d.evalDouble();
      if (Double.isFinite(x) && x < 1e300) {
        return x < 10 ? 0 : (int) Math.floor(Math.log10(x));
      }
    }
    IExpr v = realValue(F.Abs(exact), 20);
    return v != null ? decimalMagnitude(v) : 0;
  }

  /** The number of decimal digits before the point of {@code size} (≥ 1), 0 when below 10. From its printed form. */
  private static int decimalMagnitude(IExpr size) {
    String text = size.toString();
    java.util.regex.Matcher m = SCIENTIFIC.matcher(text);
    String mantissa = m.matches() ? m.group(1).replace("-", "") : text.replace("-", "");
    int before = mantissa.indexOf('.') < 0 ? mantissa.length() : mantissa.indexOf('.');
    return Math.max(0, before - 1 + (m.matches() ? Integer.parseInt(m.group(2)) : 0));
  }

  /**
   * The cheaper test for confirming a symbolic 0 (Symja's errors there are wrong branches, not tiny differences):
   * agreement to {@link #ROUGH_AGREE} relative to 1 + |lhs| + |rhs| at {@value #DIGITS} digits, a difference when
   * above {@link #ROUGH_DIFFER} at {@value #DIGITS} and at {@value #CONFIRM_DIGITS} digits. Null if not real.
   */
  private Sample.Agreement roughAgreement(IExpr l, IExpr r) {
    if (agreeWithinErrors(l, r)) {
      return Sample.Agreement.AGREE;
    }
    IExpr[] low = difference(l, r, DIGITS);
    if (low == null) {
      return null;
    }
    if (eval(F.LessEqual(low[0], F.Times(ROUGH_AGREE, low[1]))).isTrue()) {
      return Sample.Agreement.AGREE;
    }
    if (eval(F.LessEqual(low[0], F.Times(ROUGH_DIFFER, low[1]))).isTrue()) {
      return Sample.Agreement.INCONCLUSIVE;
    }
    IExpr[] high = difference(l, r, CONFIRM_DIGITS);
    return high != null && eval(F.Greater(high[0], F.Times(ROUGH_DIFFER, high[1]))).isTrue()
        ? Sample.Agreement.DIFFER : Sample.Agreement.INCONCLUSIVE;
  }

  /**
   * Whether the sides agree to {@link #ROUGH_AGREE} even at the far ends of their error bounds, computed by the
   * kernel's own arithmetic: a side that is an exact zero's sum cancels to rounding, which has no relative digits
   * but a small absolute error. False when that cannot be shown this way (the caller then asks Symja's N).
   */
  private static boolean agreeWithinErrors(IExpr l, IExpr r) {
    java.math.BigDecimal[] a = withError(l);
    java.math.BigDecimal[] b = a == null ? null : withError(r);
    if (b == null) {
      return false;
    }
    java.math.BigDecimal errors = a[1].add(b[1]);
    java.math.BigDecimal gap = a[0].subtract(b[0]).abs().add(errors);
    java.math.BigDecimal scale = java.math.BigDecimal.ONE.add(a[0].abs()).add(b[0].abs()).subtract(errors);
    return gap.compareTo(scale.movePointLeft(ROUGH_AGREE_DIGITS)) <= 0;
  }

  /** {value, bound on its absolute error} at {@value #DIGITS} digits, or null. */
  private static java.math.BigDecimal[] withError(IExpr side) {
    java.math.BigDecimal v = Numerics.value(side, DIGITS);
    return v != null ? new java.math.BigDecimal[] {v, v.abs().movePointLeft(DIGITS - 2)}
        : Numerics.sumWithError(side, DIGITS);
  }

  /**
   * {@code exact} with each derivative at a point (D(f, s) with s := value, as the numeric translation writes it)
   * worked out by Symja's symbolic D first, so that {@link Numerics} can compute what is left; unchanged when there is
   * none. Symja's N would take the same derivative, then evaluate everything with slow arbitrary-precision numbers.
   */
  private IExpr withDerivativesTaken(IExpr exact) {
    if (exact.isFree(S.D)) {
      return exact;
    }
    IExpr taken = exact.replaceAll(x -> x.isAST(S.ReplaceAll, 3) && x.first().isAST(S.D) ? eval(x) : F.NIL);
    return taken.isPresent() ? taken : exact;
  }

  /** {|l − r|, 1 + |l| + |r|} at the given precision; null if a side is not a real number. */
  private IExpr[] difference(IExpr l, IExpr r, int digits) {
    IExpr nl = realValue(l, digits);
    IExpr nr = realValue(r, digits);
    if (nl == null || nr == null) {
      return null;
    }
    return new IExpr[] {eval(F.N(F.Abs(F.Subtract(nl, nr)), F.ZZ(digits))),
        eval(F.N(F.Plus(F.C1, F.Abs(nl), F.Abs(nr)), F.ZZ(digits)))};
  }

  /** The value as a real number at that precision (an imaginary part of rounding size dropped); else null. */
  private IExpr realValue(IExpr exact, int digits) {
    IExpr taken = withDerivativesTaken(exact);
    java.math.BigDecimal fast = Numerics.value(taken, digits);
    if (fast != null) { // real arithmetic the kernel does itself, much faster than Symja's N at these digits
      return F.num(new org.apfloat.Apfloat(fast, digits));
    }
    if (farOut(taken)) {
      return null; // no value here: the point is left out, as one where a side is not real
    }
    IExpr v = eval(F.N(exact, F.ZZ(digits)));
    if (!(v instanceof INumber)) {
      return null;
    }
    if (v.isReal()) {
      return v;
    }
    IExpr im = eval(F.N(F.Abs(F.Im(v)), F.ZZ(digits)));
    IExpr noise = F.Times(F.Power(F.C10, F.ZZ(15 - digits)), F.Plus(F.C1, F.Abs(v)));
    return eval(F.LessEqual(im, noise)).isTrue() ? eval(F.N(F.Re(v), F.ZZ(digits))) : null;
  }

  /** The value exactly when rational, else to 20 significant digits computed with {@code extra} more digits. */
  private String approximate(IExpr exact, int extra) {
    if (rationalArithmetic(exact)) {
      IExpr value = eval(exact); // +, ·, integer powers of rationals: exact and cheap
      if (value.isRational()) {
        return value.toString();
      }
    }
    IExpr value = realValue(exact, 20 + extra); // a side that differed is a real number
    if (value == null) {
      value = eval(F.N(exact, F.ZZ(20 + extra)));
    }
    return extra == 0 ? readable(value.toString()) : twentyDigits(value);
  }

  /** Numbers under +, · and integer powers only: exact evaluation stays cheap (no sines, sums or roots). */
  private static boolean rationalArithmetic(IExpr e) {
    if (e.isNumber()) {
      return e.isRational();
    }
    if (!(e instanceof org.matheclipse.core.interfaces.IAST a)) {
      return false;
    }
    boolean power = a.head() == S.Power;
    if (!power && a.head() != S.Plus && a.head() != S.Times) {
      return false;
    }
    if (power && (a.size() != 3 || !a.get(2).isInteger() || a.get(2).toString().length() > 4)) {
      return false;
    }
    for (int k = 1; k < a.size(); k++) {
      if (!rationalArithmetic(a.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern SCIENTIFIC =
      java.util.regex.Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)\\*10\\^(-?[0-9]+)");

  /** Symja's {@code 2.07025*10^1} as {@code 20.7025} (and {@code 1.5E-30} for very small or large values). */
  static String readable(String number) {
    java.util.regex.Matcher m = SCIENTIFIC.matcher(number);
    if (!m.matches()) {
      return number;
    }
    java.math.BigDecimal d = new java.math.BigDecimal(m.group(1)).scaleByPowerOfTen(Integer.parseInt(m.group(2)))
        .stripTrailingZeros();
    return Math.abs(Integer.parseInt(m.group(2))) <= 12 ? d.toPlainString() : d.toString();
  }

  private boolean holds(IExpr condition) {
    return Boolean.TRUE.equals(truth(condition));
  }

  /** True or false when the condition evaluates to one of them; null when it cannot be told (a held 3004!). */
  private Boolean truth(IExpr condition) {
    Boolean clear = clearComparison(condition);
    if (clear != null) {
      return clear;
    }
    IExpr v = eval(condition);
    if (v.isTrue() || v.isFalse()) {
      return v.isTrue();
    }
    IExpr n = eval(F.N(condition, F.ZZ(DIGITS)));
    return n.isTrue() ? Boolean.TRUE : n.isFalse() ? Boolean.FALSE : null;
  }

  /**
   * Whether {@code c} is false at {@code point} (the context's conditions holding there): it evaluates to False.
   * One that cannot be evaluated, such as 3004! ≠ 0 which Symja holds, is not: a side is undefined only where its
   * condition is shown to fail.
   */
  public boolean fails(Condition c, Context ctx, Map<Var, Num> point, long seed) {
    ToSymja tr = ToSymja.forNumbers(point, new FunctionModels(seed), ctx);
    try {
      if (violated(tr, ctx, List.of()) != null) {
        return false;
      }
      return shownFalse(tr.condition(unfolded(c, ctx)));
    } catch (ToSymja.Untranslatable u) {
      return false;
    }
  }

  /**
   * Whether a closed comparison is shown false: by values that differ far beyond rounding, or by the sign of its
   * sides' difference, exact or computed with its digits ({@link Numerics#value}). Symja's comparison is not taken
   * for it: its N compares with a tolerance, so e^(x/10⁵⁰) − e^(−x/10⁵⁰) + 10⁻⁷⁰ ≥ 0, true, came out false at 40
   * digits, and its exact evaluation of e^(−800) ≠ 0 goes through machine numbers. Not shown: not failed.
   */
  private boolean shownFalse(IExpr condition) {
    Boolean clear = clearComparison(condition);
    if (clear != null) {
      return !clear;
    }
    if (!(condition instanceof IAST c) || c.argSize() != 2 || !COMPARISONS.contains(c.head())) {
      return false;
    }
    IExpr difference = eval(F.Subtract(c.arg1(), c.arg2()));
    int sign;
    if (difference.isRational()) {
      sign = ((IRational) difference).complexSign();
    } else {
      java.math.BigDecimal d = Numerics.value(difference, DIGITS);
      if (d == null) {
        return false;
      }
      sign = d.signum(); // a computed value has its digits: its sign is the difference's
    }
    IExpr head = c.head();
    boolean holds = head == S.Unequal ? sign != 0 : head == S.Equal ? sign == 0 : head == S.Greater ? sign > 0
        : head == S.GreaterEqual ? sign >= 0 : head == S.Less ? sign < 0 : sign <= 0;
    return !holds;
  }

  private static final java.util.Set<IExpr> COMPARISONS = java.util.Set.of(S.Unequal, S.Equal, S.Greater,
      S.GreaterEqual, S.Less, S.LessEqual);

  /**
   * A comparison of two closed real values that differ by far more than rounding, decided on the kernel's own
   * numbers; else null. Symja's exact evaluation of e^(−800) ≠ 0 goes through machine numbers and says False.
   */
  private static Boolean clearComparison(IExpr condition) {
    if (!(condition instanceof IAST c) || c.argSize() != 2) {
      return null;
    }
    IExpr head = c.head();
    if (head != S.Unequal && head != S.Equal && head != S.Greater && head != S.GreaterEqual && head != S.Less
        && head != S.LessEqual) {
      return null;
    }
    // a side positive by its form against 0: e^(10^8), a model's value far out, is beyond the digits but positive
    int against = c.arg2().isZero() && positiveByForm(c.arg1()) ? 1 : c.arg1().isZero() && positiveByForm(c.arg2())
        ? -1 : 0;
    if (against != 0) {
      return head == S.Unequal || (head == S.Greater || head == S.GreaterEqual) == against > 0 && head != S.Equal;
    }
    java.math.BigDecimal a = Numerics.value(c.arg1(), DIGITS);
    java.math.BigDecimal b = a == null ? null : Numerics.value(c.arg2(), DIGITS);
    if (b == null) {
      return null;
    }
    java.math.BigDecimal d = a.subtract(b);
    java.math.BigDecimal scale = a.abs().max(b.abs());
    if (d.signum() == 0 || d.abs().compareTo(scale.movePointLeft(DIGITS - 15)) <= 0) {
      return null; // equal, or too close to tell here
    }
    if (head == S.Unequal || head == S.Equal) {
      return head == S.Unequal; // the values differ
    }
    boolean greater = d.signum() > 0;
    return head == S.Greater || head == S.GreaterEqual ? greater : !greater;
  }

  /** The exponent beyond which the kernel's arithmetic leaves e^x alone: Symja's N then took a tenth of a second. */
  private static final java.math.BigDecimal FAR_OUT = Numerics.MAX_EXP_ARGUMENT;

  /**
   * Whether {@code e} holds e^x with |x| beyond {@link #FAR_OUT}: a model of a function far from the origin (a
   * point with T ≈ 27,500 gave e^(1.6·10⁸)). Such a point says little that others do not, and Symja's N of it used a
   * step's budget; it is left out.
   */
  private static boolean farOut(IExpr e) {
    return e.has(x -> x.isAST(S.Power, 3) && x.first() == S.E && beyond(x.second()), true);
  }

  private static boolean beyond(IExpr exponent) {
    java.math.BigDecimal x = Numerics.value(exponent, 20);
    return x != null && x.abs().compareTo(FAR_OUT) > 0;
  }

  /**
   * Whether {@code e} is positive by its form: a positive rational, e raised to a real number (the kernel's own
   * arithmetic computes the exponent), or a product of such.
   */
  private static boolean positiveByForm(IExpr e) {
    if (e.isRational()) {
      return e.isPositive();
    }
    if (e.isAST(S.Power, 3) && e.first() == S.E) {
      return Numerics.value(e.second(), 20) != null;
    }
    if (e.isTimes()) {
      for (IExpr factor : (IAST) e) {
        if (!positiveByForm(factor)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  // ---- evaluation ---------------------------------------------------------------------------------------------

  /** Evaluates in a fresh engine; throws {@link Deadline.Expired} once a stop was requested. */
  IExpr eval(IExpr e) {
    if (stopped) {
      throw new Deadline.Expired();
    }
    ExprEvaluator evaluator = new ExprEvaluator(true, (short) 0);
    EvalEngine engine = evaluator.getEvalEngine();
    engine.setQuietMode(true);
    current = engine;
    try {
      if (stopped) {
        throw new Deadline.Expired(); // the watchdog fired before it could see this engine
      }
      IExpr r = evaluator.eval(e);
      if (stopped || engine.isStopRequested()) {
        throw new Deadline.Expired();
      }
      return r;
    } catch (RuntimeException ex) {
      if (stopped) {
        throw new Deadline.Expired();
      }
      throw ex;
    } finally {
      current = null;
    }
  }

  // ---- messages -----------------------------------------------------------------------------------------------

  private static String describe(Context ctx) {
    List<String> parts = new ArrayList<>();
    for (Var v : ctx.variables()) {
      if (v.sort() == deriv.kernel.Sort.INTEGER) {
        parts.add(v.name() + " integer");
      }
    }
    ctx.conditions().forEach(c -> parts.add(show(c)));
    return parts.isEmpty() ? "real variables" : parts.stream().collect(Collectors.joining(" ∧ "));
  }

  static String show(Condition c) {
    return Terms.show(c.left()) + " " + c.relation().symbol + " " + Terms.show(c.right());
  }
}

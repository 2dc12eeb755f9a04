package deriv.kernel;

import deriv.kernel.Condition.Relation;
import java.util.List;
import java.util.Map;

/**
 * Sound sign analysis of real terms under a context: what is reported is proved, "false" means "not shown".
 *
 * <p>The syntactic part knows positive numbers and π, variables with conditions ({@code v > 0}, {@code v >= c > 0},
 * {@code v != 0}), exp of a real, sqrt and |·|, norms, products, quotients, powers and sums of signed terms, and
 * sums, products and integrals of signed bodies. Declared functions and scalar families are real-valued (the
 * language's semantics); a function's values have a sign only where its declaration says so ({@code R -> positive},
 * {@link Context#codomain}). The overloads taking a {@link Prover} fall back to
 * Symja: {@code Refine}/{@code Simplify} of the inequality under the context's assumptions must give {@code True}.
 */
public final class Signs {
  /** How many conditions may be chained (v > w, w >= 1, …); the structure of a term is followed to the end. */
  private static final int MAX_DEPTH = 6;

  private Signs() {}

  public static boolean isPositive(Term t, Context ctx) {
    return facts(t, ctx, 0).positive;
  }

  public static boolean isNonNegative(Term t, Context ctx) {
    return facts(t, ctx, 0).nonNegative();
  }

  public static boolean isNonPositive(Term t, Context ctx) {
    return facts(t, ctx, 0).nonPositive();
  }

  public static boolean isNonZero(Term t, Context ctx) {
    return facts(t, ctx, 0).nonZero();
  }

  public static boolean isNegative(Term t, Context ctx) {
    return facts(t, ctx, 0).negative;
  }

  public static boolean isReal(Term t, Context ctx) {
    return facts(t, ctx, 0).real;
  }

  public static boolean isPositive(Term t, Context ctx, Prover p) {
    return isPositive(t, ctx) || p.symja().provesCondition(new Condition(Relation.GREATER, t, Num.ZERO), ctx);
  }

  public static boolean isNonNegative(Term t, Context ctx, Prover p) {
    return isNonNegative(t, ctx)
        || p.symja().provesCondition(new Condition(Relation.GREATER_EQUAL, t, Num.ZERO), ctx);
  }

  public static boolean isNonZero(Term t, Context ctx, Prover p) {
    return isNonZero(t, ctx) || p.symja().provesCondition(new Condition(Relation.NOT_EQUAL, t, Num.ZERO), ctx);
  }

  /** What is known of a term; every flag is a proved fact. */
  private record Facts(boolean real, boolean positive, boolean negative, boolean nonNeg, boolean nonPos,
      boolean nonZeroKnown) {
    static final Facts NOTHING = new Facts(false, false, false, false, false, false);
    static final Facts REAL = new Facts(true, false, false, false, false, false);
    static final Facts POSITIVE = new Facts(true, true, false, true, false, true);
    static final Facts NEGATIVE = new Facts(true, false, true, false, true, true);
    static final Facts NON_NEGATIVE = new Facts(true, false, false, true, false, false);
    static final Facts NON_POSITIVE = new Facts(true, false, false, false, true, false);
    static final Facts ZERO = new Facts(true, false, false, true, true, false);
    static final Facts NON_ZERO = new Facts(true, false, false, false, false, true);

    boolean nonNegative() {
      return real && (positive || nonNeg);
    }

    boolean nonPositive() {
      return real && (negative || nonPos);
    }

    boolean nonZero() {
      return positive || negative || nonZeroKnown;
    }

    /** The facts of −t. */
    Facts negated() {
      return new Facts(real, negative, positive, nonPos, nonNeg, nonZeroKnown);
    }

    /** Both sets of facts hold. */
    Facts and(Facts o) {
      boolean r = real || o.real;
      boolean pos = positive || o.positive;
      boolean neg = negative || o.negative;
      return new Facts(r, pos, neg, pos || nonNeg || o.nonNeg, neg || nonPos || o.nonPos,
          pos || neg || nonZeroKnown || o.nonZeroKnown);
    }
  }

  private static Facts facts(Term t, Context ctx, int depth) {
    if (depth > MAX_DEPTH) {
      return Facts.NOTHING;
    }
    Map<Known, Facts> memo = memo(ctx);
    Known key = memo == null ? null : new Known(t, depth);
    Facts known = memo == null ? null : memo.get(key);
    if (known == null) {
      known = structural(t, ctx, depth).and(fromConditions(t, ctx, depth));
      if (memo != null) {
        memo.put(key, known);
      }
    }
    return known;
  }

  /** A term's facts at a depth of the analysis (the depth bounds how far conditions are chained). */
  private record Known(Term term, int depth) {}

  /**
   * What the obligation being decided on this thread has already worked out, per context: the analysis is a function
   * of the term, the depth and the context, and a sampler asks the same variable's signs at every point. Kept per
   * obligation (each has a thread of its own, never reused), never shared between them: a result another obligation
   * paid for would make this one's work, and so its verdict under the budget, depend on the order they ran in.
   */
  private static final ThreadLocal<Map<Context, Map<Known, Facts>>> MEMO =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  /** The memo for ctx on an obligation's thread; null elsewhere (no thread-long state on a long-lived thread). */
  private static Map<Known, Facts> memo(Context ctx) {
    return Prover.onWorkerThread() ? MEMO.get().computeIfAbsent(ctx, c -> new java.util.HashMap<>()) : null;
  }

  private static Facts structural(Term t, Context ctx, int depth) {
    if (t instanceof Num n) {
      return n.signum() > 0 ? Facts.POSITIVE : n.signum() < 0 ? Facts.NEGATIVE : Facts.ZERO;
    }
    if (t instanceof Var v) {
      Facts declared = v.sort() == Sort.SCALAR || v.sort() == Sort.INTEGER ? Facts.REAL : Facts.NOTHING;
      // a defined constant has the signs of what it is defined to be (λ := h/√(2πm·k_B·T) is positive), read as
      // unfolding reads it: in the context of the use
      return ctx.definition(v).filter(d -> d.params().isEmpty())
          .map(d -> declared.and(facts(d.body(), ctx, depth + 1))).orElse(declared);
    }
    if (t instanceof Apply a) { // real; of the sign its declaration's codomain gives every value (R -> positive)
      return ctx.codomain(a.function()).map(c -> bound(c.relation(), Num.ZERO, ctx, depth)).orElse(Facts.REAL);
    }
    if (t instanceof Index i) {
      return ctx.family(i.family()).filter(f -> f.element() == Sort.SCALAR).isPresent() ? Facts.REAL
          : Facts.NOTHING;
    }
    if (t instanceof BigOp b) {
      Facts body = facts(b.body(), Binders.bodyContext(b, ctx), depth);
      if (b.kind() == BigOp.Kind.PRODUCT) {
        return body.positive ? Facts.POSITIVE : body.nonNegative() ? Facts.NON_NEGATIVE : realOnly(body);
      }
      // an empty range makes a sum 0, so a positive body only gives a non-negative sum
      return body.nonNegative() ? Facts.NON_NEGATIVE : body.nonPositive() ? Facts.NON_POSITIVE : realOnly(body);
    }
    if (t instanceof Integral i) {
      // only the binder's domain is known of its variables, never the outer declaration's conditions
      Facts body = facts(i.body(), Binders.bodyContext(i, ctx), depth);
      return body.positive ? Facts.POSITIVE : body.nonNegative() ? Facts.NON_NEGATIVE : realOnly(body);
    }
    if (t instanceof DefiniteIntegral d) {
      // no sign from the integrand: with lo > hi the integral changes sign
      return realOnly(facts(d.body(), Binders.bodyContext(d, ctx), depth));
    }
    return op((Op) t, ctx, depth);
  }

  private static Facts realOnly(Facts f) {
    return f.real ? Facts.REAL : Facts.NOTHING;
  }

  private static Facts op(Op o, Context ctx, int depth) {
    switch (o.head()) {
      case PI:
        return Facts.POSITIVE;
      case PLUS:
        return sum(o.args(), ctx, depth);
      case TIMES:
        return product(o.args(), ctx, depth);
      case POWER:
        return power(o.arg(0), o.arg(1), ctx, depth);
      case EXP:
        return facts(o.arg(0), ctx, depth).real ? Facts.POSITIVE : Facts.NOTHING;
      case LOG:
        return log(o.arg(0), ctx, depth);
      case SQRT: {
        Facts a = facts(o.arg(0), ctx, depth);
        return a.positive ? Facts.POSITIVE : a.nonNegative() ? Facts.NON_NEGATIVE : Facts.NOTHING;
      }
      case ABS:
        return facts(o.arg(0), ctx, depth).nonZero() ? Facts.POSITIVE : Facts.NON_NEGATIVE;
      case NORM:
        return Facts.NON_NEGATIVE;
      case SIN:
      case COS:
        return trigonometric(o, ctx, depth);
      case DIFF:
        return o.arg(1) instanceof Var v && v.sort() == Sort.SCALAR ? derivative(o.arg(0), v, ctx, depth)
            : Facts.NOTHING;
      case FACTORIAL: // Γ(x + 1) > 0 for x > −1 (elsewhere it has poles and changes sign)
        return facts(Terms.plusNumber(o.arg(0), Num.ONE), ctx, depth).positive ? Facts.POSITIVE : Facts.NOTHING;
      default:
        return Facts.NOTHING; // TAN (poles), DELTA (a distribution)
    }
  }

  /** sin and cos are real for a real argument; on an interval of the argument they may have a sign. */
  private static Facts trigonometric(Op o, Context ctx, int depth) {
    Facts real = realOnly(facts(o.arg(0), ctx, depth));
    if (!real.real) {
      return real;
    }
    PiIntervals.Sign s = o.head() == Head.SIN ? PiIntervals.ofSin(o.arg(0), ctx) : PiIntervals.ofCos(o.arg(0), ctx);
    if (s == null) {
      return real;
    }
    return s.sign() > 0 ? (s.strict() ? Facts.POSITIVE : Facts.NON_NEGATIVE)
        : (s.strict() ? Facts.NEGATIVE : Facts.NON_POSITIVE);
  }

  /**
   * d/dx f has the signs of the kernel's own derivative of f ({@link Derivatives}): d/dθ cos θ = −sin θ is ≤ 0 on
   * [0, π]. Otherwise only that it is real where f is.
   */
  private static Facts derivative(Term f, Var x, Context ctx, int depth) {
    Facts real = realOnly(facts(f, ctx, depth));
    Term d = Derivatives.of(f, x, ctx);
    return d == null || !real.real ? real : real.and(facts(d, ctx, depth + 1));
  }

  private static Facts sum(List<Term> args, Context ctx, int depth) {
    Facts bounded = boundedOscillation(args, ctx, depth);
    if (bounded != null) {
      return bounded;
    }
    Facts exponentials = expDifference(args, ctx, depth);
    if (exponentials != null) {
      return exponentials;
    }
    boolean real = true;
    boolean allNonNeg = true;
    boolean allNonPos = true;
    boolean somePos = false;
    boolean someNeg = false;
    for (Term a : args) {
      Facts f = facts(a, ctx, depth);
      real &= f.real;
      allNonNeg &= f.nonNegative();
      allNonPos &= f.nonPositive();
      somePos |= f.positive;
      someNeg |= f.negative;
    }
    if (!real) {
      return Facts.NOTHING;
    }
    if (allNonNeg) {
      return somePos ? Facts.POSITIVE : Facts.NON_NEGATIVE;
    }
    if (allNonPos) {
      return someNeg ? Facts.NEGATIVE : Facts.NON_POSITIVE;
    }
    return Facts.REAL;
  }

  /**
   * k·e^a − k·e^b (a number k being k·e^0, and e^a·e^c being e^(a+c)) has the sign of k·(a − b), for real a and b:
   * exp is strictly increasing. So e^x − 1 has the sign of x, 1 − e^(−u) that of u, and (e^x − e^(−x))/2 that of x.
   * Null when the two-term sum is not of that form.
   */
  private static Facts expDifference(List<Term> args, Context ctx, int depth) {
    if (args.size() != 2) {
      return null;
    }
    ScaledExp first = ScaledExp.of(args.get(0));
    ScaledExp second = ScaledExp.of(args.get(1));
    boolean opposite = first.scale().plus(second.scale()).signum() == 0 && first.scale().signum() != 0;
    boolean sameFactor = first.factor() == null ? second.factor() == null
        : second.factor() != null && Terms.alphaEquivalent(first.factor(), second.factor());
    boolean someExp = !isZero(first.exponent()) || !isZero(second.exponent());
    if (!opposite || !sameFactor || !someExp) {
      return null;
    }
    // one level deeper, one look at the exponents: their facts read the conditions again, and every level of the
    // search must shrink. deriv's values are real or undefined, so a − b real means a and b are (defined, so) real.
    Facts gap = difference(first.exponent(), second.exponent(), ctx, depth + 1);
    if (!gap.real) {
      return null;
    }
    List<Facts> parts = new java.util.ArrayList<>(List.of(facts(first.scale(), ctx, depth), gap));
    if (first.factor() != null) {
      parts.add(facts(first.factor(), ctx, depth + 1));
    }
    return productOf(parts);
  }

  /** The facts of a − b: a rational multiple of one term minus another of the same is read as one multiple. */
  private static Facts difference(Term a, Term b, Context ctx, int depth) {
    if (isZero(b)) {
      return facts(a, ctx, depth);
    }
    if (isZero(a)) {
      return facts(b, ctx, depth).negated();
    }
    Num ka = coefficient(a);
    Num kb = coefficient(b);
    Term ra = rest(a);
    Term rb = rest(b);
    if (Terms.alphaEquivalent(ra, rb)) { // (ka − kb)·r
      return productOf(List.of(ka.plus(kb.negate()).signum() > 0 ? Facts.POSITIVE
          : ka.plus(kb.negate()).signum() < 0 ? Facts.NEGATIVE : Facts.ZERO, facts(ra, ctx, depth)));
    }
    return facts(Terms.minus(a, b), ctx, depth);
  }

  private static boolean isZero(Term t) {
    Num n = Terms.rationalValue(t);
    return n != null && n.signum() == 0;
  }

  /** The rational factor of a product (1 if none); for a number, the number. */
  private static Num coefficient(Term t) {
    Num n = Terms.rationalValue(t);
    if (n != null) {
      return n;
    }
    Num k = Num.ONE;
    for (Term f : Terms.factors(t)) {
      Num r = Terms.rationalValue(f);
      k = r == null ? k : k.times(r);
    }
    return k;
  }

  /** The product without its rational factors (1 for a number). */
  private static Term rest(Term t) {
    if (Terms.rationalValue(t) != null) {
      return Num.ONE;
    }
    return Terms.times(Terms.factors(t).stream().filter(f -> Terms.rationalValue(f) == null).toList());
  }

  /** A summand read as scale·factor·e^exponent; factor null for none, exponent 0 when there is no exp. */
  private record ScaledExp(Num scale, Term factor, Term exponent) {
    static ScaledExp of(Term t) {
      Num n = Terms.rationalValue(t);
      if (n != null) {
        return new ScaledExp(n, null, Num.ZERO);
      }
      Num scale = Num.ONE;
      List<Term> exponents = new java.util.ArrayList<>();
      List<Term> others = new java.util.ArrayList<>();
      for (Term f : Terms.factors(t)) {
        Num r = Terms.rationalValue(f);
        if (r != null) {
          scale = scale.times(r);
        } else if (f instanceof Op o && o.head() == Head.EXP) {
          exponents.add(o.arg(0));
        } else {
          others.add(f);
        }
      }
      return new ScaledExp(scale, others.isEmpty() ? null : Terms.times(others),
          exponents.isEmpty() ? Num.ZERO : Terms.plus(exponents));
    }
  }

  /**
   * c + Σ kᵢ·sin(uᵢ) (or cos) with rational c and kᵢ and real uᵢ, where Σ |kᵢ| &lt; |c|: the sign of c, since
   * |sin| ≤ 1 ({@code sin(x) - 2} is negative). Nested sums and rational multiples of sums are read through. Null
   * when the sum is not of that form.
   */
  private static Facts boundedOscillation(List<Term> args, Context ctx, int depth) {
    Num[] acc = {Num.ZERO, Num.ZERO}; // the constant, the amplitude
    for (Term a : args) {
      if (!oscillation(a, Num.ONE, acc, ctx, depth)) {
        return null;
      }
    }
    Num constant = acc[0];
    Num amplitude = acc[1];
    boolean dominates = amplitude.signum() > 0 && constant.abs().compareTo(amplitude) > 0;
    return !dominates ? null : constant.signum() > 0 ? Facts.POSITIVE : Facts.NEGATIVE;
  }

  /** Adds k·t to the constant and amplitude in {@code acc}; false when t is not of the form. */
  private static boolean oscillation(Term t, Num k, Num[] acc, Context ctx, int depth) {
    Num n = Terms.rationalValue(t);
    if (n != null) {
      acc[0] = acc[0].plus(k.times(n));
      return true;
    }
    if (t instanceof Op o && o.head() == Head.PLUS) {
      return o.args().stream().allMatch(a -> oscillation(a, k, acc, ctx, depth));
    }
    if (t instanceof Op o && o.head() == Head.TIMES) {
      Num factor = k;
      Term rest = null;
      for (Term f : o.args()) {
        Num r = Terms.rationalValue(f);
        if (r != null) {
          factor = factor.times(r);
        } else if (rest == null) {
          rest = f;
        } else {
          return false; // two factors that are not numbers
        }
      }
      return rest == null ? oscillation(Num.ONE, factor, acc, ctx, depth)
          : oscillation(rest, factor, acc, ctx, depth);
    }
    if (t instanceof Op w && (w.head() == Head.SIN || w.head() == Head.COS) && facts(w.arg(0), ctx, depth).real) {
      acc[1] = acc[1].plus(k.abs());
      return true;
    }
    return false;
  }

  private static Facts product(List<Term> args, Context ctx, int depth) {
    List<Facts> factors = new java.util.ArrayList<>();
    for (Term a : args) {
      factors.add(facts(a, ctx, depth));
    }
    return productOf(factors);
  }

  /** The facts of a product whose factors have the given facts. */
  private static Facts productOf(List<Facts> factors) {
    boolean real = true;
    boolean nonZero = true;
    boolean signed = true; // every factor has a known sign (strict or weak)
    boolean strict = true;
    int negatives = 0;
    for (Facts f : factors) {
      real &= f.real;
      nonZero &= f.nonZero();
      if (f.positive || f.negative) {
        negatives += f.negative ? 1 : 0;
      } else if (f.nonNegative() || f.nonPositive()) {
        strict = false;
        negatives += f.nonPositive() ? 1 : 0;
      } else {
        signed = false;
      }
    }
    if (!real) {
      return Facts.NOTHING;
    }
    if (!signed) {
      return nonZero ? Facts.NON_ZERO : Facts.REAL;
    }
    boolean even = negatives % 2 == 0;
    if (strict) {
      return even ? Facts.POSITIVE : Facts.NEGATIVE;
    }
    return even ? Facts.NON_NEGATIVE : Facts.NON_POSITIVE;
  }

  private static Facts power(Term base, Term exponent, Context ctx, int depth) {
    Facts b = facts(base, ctx, depth);
    if (exponent instanceof Num e && e.isInteger()) {
      boolean defined = e.signum() >= 0 || b.nonZero();
      if (!b.real || !defined) {
        return Facts.NOTHING;
      }
      if (e.signum() == 0) {
        return Facts.POSITIVE;
      }
      boolean even = !e.numerator().testBit(0);
      if (even) {
        return b.nonZero() ? Facts.POSITIVE : Facts.NON_NEGATIVE;
      }
      if (b.positive || b.negative) {
        return b.positive ? Facts.POSITIVE : Facts.NEGATIVE;
      }
      return b.nonNegative() ? Facts.NON_NEGATIVE : b.nonPositive() ? Facts.NON_POSITIVE
          : b.nonZero() ? Facts.NON_ZERO : Facts.REAL;
    }
    Facts e = facts(exponent, ctx, depth);
    if (b.positive && e.real) {
      return Facts.POSITIVE;
    }
    if (b.nonNegative() && e.positive) {
      return Facts.NON_NEGATIVE;
    }
    return Facts.NOTHING;
  }

  private static Facts log(Term arg, Context ctx, int depth) {
    if (arg instanceof Num n && n.signum() > 0) {
      int c = n.numerator().compareTo(n.denominator());
      return c > 0 ? Facts.POSITIVE : c < 0 ? Facts.NEGATIVE : Facts.ZERO;
    }
    return facts(arg, ctx, depth).positive ? Facts.REAL : Facts.NOTHING;
  }

  /**
   * Facts stated by conditions {@code t REL other} (or {@code other REL t}) where the other side's sign is known;
   * and for t = a − b, by a condition {@code a REL b}: a > b makes a − b positive.
   */
  private static Facts fromConditions(Term t, Context ctx, int depth) {
    Facts known = Facts.NOTHING;
    Term[] sides = asDifference(t);
    for (Condition c : ctx.conditions()) {
      if (sides != null && Terms.alphaEquivalent(c.left(), sides[0]) && Terms.alphaEquivalent(c.right(), sides[1])) {
        known = known.and(bound(c.relation(), Num.ZERO, ctx, depth));
      } else if (sides != null && Terms.alphaEquivalent(c.left(), sides[1])
          && Terms.alphaEquivalent(c.right(), sides[0])) {
        known = known.and(bound(c.relation().flipped(), Num.ZERO, ctx, depth));
      }
      if (Terms.alphaEquivalent(c.left(), t)) {
        known = known.and(bound(c.relation(), c.right(), ctx, depth));
      } else if (Terms.alphaEquivalent(c.right(), t)) {
        known = known.and(bound(c.relation().flipped(), c.left(), ctx, depth));
      }
    }
    return known;
  }

  /** {a, b} when t is the two-term sum a + (−1)·b, else null. */
  private static Term[] asDifference(Term t) {
    if (t instanceof Op o && o.head() == Head.PLUS && o.args().size() == 2 && o.arg(1) instanceof Op m
        && m.head() == Head.TIMES && m.args().size() == 2 && m.arg(0).equals(Num.MINUS_ONE)) {
      return new Term[] {o.arg(0), m.arg(1)};
    }
    return null;
  }

  /** What {@code t REL other} says about the sign of t. */
  private static Facts bound(Relation rel, Term other, Context ctx, int depth) {
    Facts o = facts(other, ctx, depth + 1);
    switch (rel) {
      case GREATER:
        return o.nonNegative() ? Facts.POSITIVE : Facts.REAL;
      case GREATER_EQUAL:
        return o.positive ? Facts.POSITIVE : o.nonNegative() ? Facts.NON_NEGATIVE : Facts.REAL;
      case LESS:
        return o.nonPositive() ? Facts.NEGATIVE : Facts.REAL;
      case LESS_EQUAL:
        return o.negative ? Facts.NEGATIVE : o.nonPositive() ? Facts.NON_POSITIVE : Facts.REAL;
      case NOT_EQUAL:
        return other instanceof Num n && n.signum() == 0 ? Facts.NON_ZERO : Facts.NOTHING;
      default:
        return o.real ? o : Facts.NOTHING; // t = other: t has other's facts
    }
  }

}

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
 * language's semantics), but nothing is known of their sign. The overloads taking a {@link Prover} fall back to
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
    if (t instanceof Apply) {
      return Facts.REAL;
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
        return realOnly(facts(o.arg(0), ctx, depth));
      case DIFF:
        return o.arg(1) instanceof Var v && v.sort() == Sort.SCALAR ? realOnly(facts(o.arg(0), ctx, depth))
            : Facts.NOTHING;
      case FACTORIAL: // Γ(x + 1) > 0 for x > −1 (elsewhere it has poles and changes sign)
        return facts(Terms.plusNumber(o.arg(0), Num.ONE), ctx, depth).positive ? Facts.POSITIVE : Facts.NOTHING;
      default:
        return Facts.NOTHING; // TAN (poles), DELTA (a distribution)
    }
  }

  private static Facts sum(List<Term> args, Context ctx, int depth) {
    Facts bounded = boundedOscillation(args, ctx, depth);
    if (bounded != null) {
      return bounded;
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
    boolean real = true;
    boolean nonZero = true;
    boolean signed = true; // every factor has a known sign (strict or weak)
    boolean strict = true;
    int negatives = 0;
    for (Term a : args) {
      Facts f = facts(a, ctx, depth);
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

  /** Facts stated by conditions {@code t REL other} (or {@code other REL t}) where the other side's sign is known. */
  private static Facts fromConditions(Term t, Context ctx, int depth) {
    Facts known = Facts.NOTHING;
    for (Condition c : ctx.conditions()) {
      if (Terms.alphaEquivalent(c.left(), t)) {
        known = known.and(bound(c.relation(), c.right(), ctx, depth));
      } else if (Terms.alphaEquivalent(c.right(), t)) {
        known = known.and(bound(c.relation().flipped(), c.left(), ctx, depth));
      }
    }
    return known;
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

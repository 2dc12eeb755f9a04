package deriv.kernel.symja;

import deriv.kernel.Admissible;
import deriv.kernel.Apply;
import deriv.kernel.BigOp;
import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Signs;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Builds Symja expressions from kernel terms with {@code F} builders over the {@link Head} allow-list only; no text
 * is ever parsed. One translator serves one question, so that all its parts share symbols and atoms.
 *
 * <p>In PROOF mode every variable is a fresh {@code Dummy} symbol (never a built-in, whatever its name) and every
 * declared function or family a fresh head. Every sum, product, integral, delta and norm becomes an opaque atom: a
 * fresh head applied to the subterm's free value variables, shared by subterms equal up to bound variables. Symja
 * thus decides binder-free algebra only (its Sum and Product evaluate symbolic bounds as if they sat at their lower
 * end, and step non-integer bounds by 1); identities about binders are the kernel rules'. Generalising a subterm to an
 * arbitrary function of its free variables is sound: whatever is proved holds for every value of the atom.
 *
 * <p>In NUMERIC mode variables are replaced by given exact values, declared functions by concrete smooth functions,
 * vectors by vectors in general position ({@link FunctionModels#vector}), norms by {@code Norm}. Integrals and deltas keep their meaning and cannot be evaluated, unless the translator is
 * {@link #forGenericAtoms for generic atoms}: then every atom PROOF mode would make is a concrete function of its
 * parameters, as arbitrary as Symja's proof took it, so that Symja's 0 can be checked at every point.
 * A sum or product is expanded only when its bounds are integers there (finite arithmetic); a bound that evaluates
 * to a non-integer makes the term unevaluable.
 */
final class ToSymja {
  enum Mode { PROOF, NUMERIC }

  /** Raised when a term cannot be evaluated numerically. */
  static final class Untranslatable extends RuntimeException {
    Untranslatable(String what) {
      super(what, null, false, false);
    }
  }

  /** An opaque subterm, as a function of its free variables (the parameters are placeholders in the pattern). */
  record Atom(Term pattern, List<Var> params, ISymbol head) {}

  private final Mode mode;
  private final Map<Var, IExpr> values;
  /** NUMERIC mode: the point's values as kernel numbers, for the bounds of sums. */
  private final Map<Var, Num> point;
  private final FunctionModels models;
  /** NUMERIC mode only: the context whose sign facts generic atom values respect; null when atoms keep meaning. */
  private final Context genericAtoms;
  /** NUMERIC mode: the context that says which terms are vectors (families of vectors, sums of vectors). */
  private final Context numeric;
  /**
   * NUMERIC mode with unknown atoms: each integral, delta or other atom at this point is a symbol of its own, with
   * the sign {@link Signs} proves for it (null when atoms keep their meaning or get generic values).
   */
  private Map<String, ISymbol> unknownAtoms;
  private final Map<ISymbol, Integer> unknownSigns = new LinkedHashMap<>();
  private final Map<Var, ISymbol> symbols = new LinkedHashMap<>();
  private final Map<Var, ISymbol> heads = new LinkedHashMap<>();
  private final Map<ISymbol, Var> boundIndices = new HashMap<>();
  private final Map<Var, ISymbol> indexSymbols = new HashMap<>();
  private final Map<BigOp, IExpr> translatedBigOps = new LinkedHashMap<>();
  private final List<Atom> atoms = new ArrayList<>();
  private int counter;

  private ToSymja(Mode mode, Map<Var, Num> point, FunctionModels models, Context genericAtoms, Context numeric) {
    this.mode = mode;
    this.numeric = numeric;
    this.point = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(point)); // Map.copyOf's order changes between runs
    this.values = values(point);
    this.models = models;
    this.genericAtoms = genericAtoms;
  }

  static ToSymja forProof() {
    return new ToSymja(Mode.PROOF, Map.of(), null, null, null);
  }

  /** Numbers where every term keeps its meaning: an integral or a delta cannot be evaluated. */
  static ToSymja forNumbers(Map<Var, Num> point, FunctionModels models, Context ctx) {
    return new ToSymja(Mode.NUMERIC, point, models, null, ctx);
  }

  /**
   * Numbers for everything but the atoms (integrals, deltas, sums with unknown bounds): each atom at this point is an
   * unknown, a symbol, so that what the sides say can be judged for every value the atom may have.
   */
  static ToSymja forUnknownAtoms(Map<Var, Num> point, FunctionModels models, Context ctx) {
    ToSymja t = new ToSymja(Mode.NUMERIC, point, models, null, ctx);
    t.unknownAtoms = new LinkedHashMap<>();
    return t;
  }

  /** The atoms made unknowns so far, as deriv prints them with the point's values put in. */
  List<String> unknownNames() {
    return List.copyOf(unknownAtoms.keySet());
  }

  /** The unknowns made so far with their proved signs: 1 positive, 0 nonnegative, −2 unknown. */
  Map<ISymbol, Integer> unknowns() {
    return unknownSigns;
  }

  /**
   * Numbers for checking a symbolic 0: each opaque atom (integral, delta, …) is a concrete generic function of its
   * parameters, positive or nonnegative where {@link Signs} proves so (Symja was told those signs).
   */
  static ToSymja forGenericAtoms(Map<Var, Num> point, FunctionModels models, Context ctx) {
    return new ToSymja(Mode.NUMERIC, point, models, ctx, ctx);
  }

  private static Map<Var, IExpr> values(Map<Var, Num> point) {
    Map<Var, IExpr> values = new HashMap<>();
    point.forEach((v, n) -> values.put(v, number(n)));
    return values;
  }

  /** {@code t} with the point's values and the written-out indices' values put in. */
  private Term atPoint(Term t, Map<Var, IExpr> scope) {
    Map<Var, Term> at = new HashMap<>(point);
    scope.forEach((v, e) -> {
      if (e instanceof IInteger i) {
        at.put(v, Num.of(i.toBigNumerator(), BigInteger.ONE));
      }
    });
    return Terms.substitute(t, at);
  }

  /** Whether an exponent built from numbers and the point's variables by +, × and powers is 0 at the point. */
  private boolean zeroAtPoint(Term exponent) {
    if (exponent instanceof Num n) {
      return n.signum() == 0;
    }
    Num value = Terms.rationalValue(Terms.substitute(exponent, new HashMap<Var, Term>(point)));
    return value != null && value.signum() == 0;
  }

  static IExpr number(Num n) {
    return n.isInteger() ? F.ZZ(n.numerator()) : F.QQ(F.ZZ(n.numerator()), F.ZZ(n.denominator()));
  }

  IExpr convert(Term t) {
    return convert(t, Map.of());
  }

  /** @param scope the symbols of bound variables in whose scope {@code t} lies */
  private IExpr convert(Term t, Map<Var, IExpr> scope) {
    if (t instanceof Num n) {
      return number(n);
    }
    if (t instanceof Var v) {
      return variable(v, scope);
    }
    if (t instanceof Apply a) {
      return apply(a.function(), a.args(), scope);
    }
    if (t instanceof Index i) {
      if (mode == Mode.NUMERIC && Admissible.isVector(i, numeric)) {
        return models.vectorMember(i.family(), convert(i.index(), scope));
      }
      return apply(i.family(), List.of(i.index()), scope);
    }
    if (t instanceof BigOp b) {
      return bigOp(b, scope);
    }
    if (t instanceof Integral || t instanceof DefiniteIntegral) {
      return opaque(t, scope); // binders are the kernel's: Symja never integrates
    }
    return op((Op) t, scope);
  }

  private IExpr variable(Var v, Map<Var, IExpr> scope) {
    IExpr bound = scope.get(v);
    if (bound != null) {
      return bound;
    }
    if (mode == Mode.NUMERIC) {
      IExpr value = values.get(v);
      if (value == null) {
        throw new Untranslatable("no value for " + v.name());
      }
      return v.sort() == Sort.VECTOR ? models.vector(v, point.get(v)) : value;
    }
    return symbols.computeIfAbsent(v, x -> dummy(x.name()));
  }

  private ISymbol dummy(String name) {
    // A Dummy is a symbol outside every context: even "Print" or "N" is not the built-in. The suffix keeps names
    // unique, so nothing that looks symbols up by name can confuse two of ours.
    return F.Dummy(name + "$" + (++counter));
  }

  private IExpr apply(Var f, List<Term> args, Map<Var, IExpr> scope) {
    List<IExpr> xs = new ArrayList<>();
    for (Term a : args) {
      IExpr x = convert(a, scope);
      if (mode == Mode.NUMERIC && Admissible.isVector(a, numeric)) {
        xs.addAll(FunctionModels.components(x)); // a function of a vector: of its three components
      } else {
        xs.add(x);
      }
    }
    if (mode == Mode.NUMERIC) {
      return models.apply(f, xs, numeric.codomain(f).map(Context.Codomain::relation).orElse(null));
    }
    ISymbol head = heads.computeIfAbsent(f, x -> dummy(x.name()));
    return F.function(head, xs.toArray(new IExpr[0]));
  }

  private IExpr bigOp(BigOp b, Map<Var, IExpr> scope) {
    if (mode == Mode.PROOF) {
      return opaque(b, scope); // the trusted fragment: Symja's Sum/Product never see a binder
    }
    if (mode == Mode.NUMERIC) {
      return freshBigOp(b, scope); // written out with the enclosing indices' values: never shared
    }
    // Sums equal up to the index name must be the same Symja expression, or Symja cannot cancel them.
    for (Map.Entry<BigOp, IExpr> done : translatedBigOps.entrySet()) {
      if (Terms.alphaEquivalent(done.getKey(), b)) {
        return done.getValue();
      }
    }
    IExpr result = freshBigOp(b, scope);
    translatedBigOps.put(b, result);
    return result;
  }

  /** Most terms a sum or product with numeric bounds is written out into (NUMERIC mode). */
  private static final int MAX_TERMS = 400;

  /**
   * NUMERIC mode: a sum or product whose bounds have integer values here, written out term by term. Symja's Sum
   * and Product look for closed forms first, which takes minutes on bodies with sines of the index.
   */
  private IExpr expanded(BigOp b, Map<Var, IExpr> scope) {
    BigInteger lo = integerValue(b.lo(), scope);
    BigInteger hi = integerValue(b.hi(), scope);
    BigInteger except = b.hasExcept() ? integerValue(b.except(), scope) : null;
    if (lo == null || hi == null || b.hasExcept() && except == null
        || hi.subtract(lo).compareTo(BigInteger.valueOf(MAX_TERMS)) > 0) {
      return null;
    }
    IASTAppendable terms = b.kind() == BigOp.Kind.SUM ? F.PlusAlloc(8) : F.TimesAlloc(8);
    for (BigInteger j = lo; j.compareTo(hi) <= 0; j = j.add(BigInteger.ONE)) {
      if (!j.equals(except)) {
        Map<Var, IExpr> inner = new HashMap<>(scope);
        inner.put(b.index(), F.ZZ(j));
        terms.append(convert(b.body(), inner));
      }
    }
    return terms.argSize() == 0 ? (b.kind() == BigOp.Kind.SUM ? F.C0 : F.C1)
        : terms.argSize() == 1 ? terms.arg1() : terms;
  }

  /** The integer value of a bound at this point (variables and written-out indices put in), or null. */
  private BigInteger integerValue(Term t, Map<Var, IExpr> scope) {
    Map<Var, Term> known = new HashMap<>();
    point.forEach(known::put);
    scope.forEach((v, e) -> {
      if (e instanceof IInteger i) {
        known.put(v, Num.of(i.toBigNumerator(), BigInteger.ONE));
      }
    });
    Num n = Terms.rationalValue(Terms.substitute(t, known));
    return n != null && n.isInteger() ? n.numerator() : null;
  }

  private IExpr freshBigOp(BigOp b, Map<Var, IExpr> scope) {
    if (mode == Mode.NUMERIC) {
      IExpr out = expanded(b, scope);
      if (out != null) {
        return out;
      }
      BigInteger lo = integerValue(b.lo(), scope);
      BigInteger hi = integerValue(b.hi(), scope);
      if (lo != null && hi != null && hi.subtract(lo).bitLength() > 31) {
        // Symja's closed form would be a power with that many factors as its exponent, which it wraps modulo 2^64:
        // ∏_{j=1}^{2^64} 3/2 came out 1
        throw new Untranslatable("a " + (b.kind() == BigOp.Kind.SUM ? "sum" : "product") + " of more than 2^31 "
            + "terms is too large for Symja's exact arithmetic");
      }
    }
    // one symbol per bound variable, so that a memoised sum means the same inside every enclosing sum
    ISymbol j = indexSymbols.computeIfAbsent(b.index(), v -> dummy(v.name()));
    boundIndices.put(j, b.index());
    Map<Var, IExpr> inner = new HashMap<>(scope);
    inner.put(b.index(), j);
    IExpr body = convert(b.body(), inner);
    if (b.hasExcept()) {
      // numeric only: If holds its branches, so the body is never evaluated at the left-out index
      IExpr skip = b.kind() == BigOp.Kind.SUM ? F.C0 : F.C1;
      body = F.If(F.Unequal(j, convert(b.except(), scope)), body, skip);
    }
    IAST range = F.List(j, integerBound(b.lo(), scope), integerBound(b.hi(), scope));
    return b.kind() == BigOp.Kind.SUM ? F.Sum(body, range) : F.Product(body, range);
  }

  /**
   * A bound of a numeric sum. Where it depends only on the point's values it is evaluated here, exactly: Symja would
   * step a non-integer bound by 1, so such a bound makes the term unevaluable. A bound mentioning an enclosing index
   * is an integer by the resolver's check (integer literals and variables under +, −, ·).
   */
  private IExpr integerBound(Term bound, Map<Var, IExpr> scope) {
    IExpr converted = convert(bound, scope);
    Num value = exactValue(bound, scope);
    if (value != null && !value.isInteger()) {
      throw new Untranslatable("the bound " + Terms.show(bound) + " is " + value + ", not an integer");
    }
    return value != null ? number(value) : converted;
  }

  /** The exact value of a +, −, · expression of numbers and valued variables; null when it is not one. */
  private Num exactValue(Term t, Map<Var, IExpr> scope) {
    if (t instanceof Num n) {
      return n;
    }
    if (t instanceof Var v) {
      if (scope.containsKey(v)) {
        return null;
      }
      return point.get(v);
    }
    if (t instanceof Op o && (o.head() == Head.PLUS || o.head() == Head.TIMES)) {
      java.math.BigInteger num = o.head() == Head.PLUS ? java.math.BigInteger.ZERO
          : java.math.BigInteger.ONE;
      java.math.BigInteger den = java.math.BigInteger.ONE;
      for (Term a : o.args()) {
        Num n = exactValue(a, scope);
        if (n == null) {
          return null;
        }
        if (o.head() == Head.PLUS) {
          num = num.multiply(n.denominator()).add(n.numerator().multiply(den));
        } else {
          num = num.multiply(n.numerator());
        }
        den = den.multiply(n.denominator());
      }
      return Num.of(num, den);
    }
    return null;
  }

  private IExpr op(Op o, Map<Var, IExpr> scope) {
    if (HugeExponents.beyondSymja(o) || mode == Mode.NUMERIC && (o.head() == Head.POWER || o.head() == Head.EXP)
        && HugeExponents.beyondSymja(atPoint(o, scope))) {
      if (mode == Mode.NUMERIC && genericAtoms == null) {
        throw new Untranslatable("the exponent of " + Terms.show(o) + " is too large for Symja's exact arithmetic "
            + "(it reduces exponents of 2^63 and more modulo 2^64)");
      }
      return opaque(o, scope); // an arbitrary value: nothing false follows from it
    }
    switch (o.head()) {
      case PI:
        return S.Pi;
      case PLUS:
        return F.Plus(args(o, scope));
      case TIMES:
        return F.Times(args(o, scope));
      case POWER:
        if (mode == Mode.NUMERIC && zeroAtPoint(o.arg(1))) {
          return F.C1; // deriv's x^0 = 1 holds at x = 0 too, where Symja says Indeterminate and the point was lost
        }
        return F.Power(convert(o.arg(0), scope), convert(o.arg(1), scope));
      case EXP:
        return F.Exp(convert(o.arg(0), scope));
      case LOG:
        return F.Log(convert(o.arg(0), scope));
      case SQRT:
        return F.Sqrt(convert(o.arg(0), scope));
      case ABS:
        return F.Abs(convert(o.arg(0), scope));
      case SIN:
        return F.Sin(convert(o.arg(0), scope));
      case COS:
        return F.Cos(convert(o.arg(0), scope));
      case TAN:
        return F.Tan(convert(o.arg(0), scope));
      case FACTORIAL:
        return F.Factorial(convert(o.arg(0), scope));
      case NORM:
        return mode == Mode.NUMERIC ? F.Norm(convert(o.arg(0), scope)) : opaque(o, scope);
      case DIFF:
        return derivative(o, scope);
      default:
        return opaque(o, scope); // DELTA: never handed to Symja
    }
  }

  private IExpr[] args(Op o, Map<Var, IExpr> scope) {
    IExpr[] xs = new IExpr[o.args().size()];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = convert(o.arg(k), scope);
    }
    return xs;
  }

  private IExpr derivative(Op o, Map<Var, IExpr> scope) {
    if (!(o.arg(1) instanceof Var x) || x.sort() != Sort.SCALAR) {
      return opaque(o, scope);
    }
    if (mode == Mode.PROOF) {
      IExpr var = variable(x, scope);
      // a vector is a scalar symbol here: Symja's chain rule would differentiate V(x·u + y·w) as a function of one
      // number (V_xx·V_yy = V_xy² "proved"); such a derivative is an opaque atom
      return var.isSymbol() && !hasVectorArgument(o.arg(0)) ? F.D(convert(o.arg(0), scope), var)
          : opaque(o, scope);
    }
    // differentiate with x symbolic, then put x's value in
    ISymbol s = dummy(x.name());
    Map<Var, IExpr> inner = new HashMap<>(scope);
    inner.put(x, s);
    return F.ReplaceAll(F.D(convert(o.arg(0), inner), s), F.Rule(s, variable(x, scope)));
  }

  /** Whether a declared function inside {@code t} is applied to a vector (or to a family member, maybe one). */
  private static boolean hasVectorArgument(Term t) {
    if (t instanceof Apply a && a.args().stream().anyMatch(x -> Terms.freeVars(x).stream()
        .anyMatch(v -> v.sort() == Sort.VECTOR || v.sort() == Sort.FAMILY) || containsIndex(x))) {
      return true;
    }
    return Terms.children(t).stream().anyMatch(ToSymja::hasVectorArgument);
  }

  private static boolean containsIndex(Term t) {
    return t instanceof Index || Terms.children(t).stream().anyMatch(ToSymja::containsIndex);
  }

  /** The atom standing for {@code t}: one head per class of subterms equal up to bound and free variable names. */
  private IExpr opaque(Term t, Map<Var, IExpr> scope) {
    if (unknownAtoms != null && scope.values().stream().allMatch(e -> e instanceof IInteger)) {
      return unknownAtom(t, scope);
    }
    if (mode == Mode.NUMERIC && genericAtoms == null) {
      throw new Untranslatable("cannot evaluate " + Terms.show(t));
    }
    List<Var> params = atomParameters(t);
    Map<Var, Term> toPlaceholders = new HashMap<>();
    List<Var> placeholders = new ArrayList<>();
    for (int k = 0; k < params.size(); k++) {
      Var p = new Var(Integer.MIN_VALUE + k, "_" + k, params.get(k).sort());
      placeholders.add(p);
      toPlaceholders.put(params.get(k), p);
    }
    Term pattern = Terms.substitute(t, toPlaceholders);
    Atom atom = null;
    for (Atom a : atoms) {
      if (a.params().equals(placeholders) && Terms.alphaEquivalent(a.pattern(), pattern)) {
        atom = a;
      }
    }
    if (atom == null) {
      atom = new Atom(pattern, placeholders, dummy("atom"));
      atoms.add(atom);
    }
    List<IExpr> xs = new ArrayList<>();
    for (Var param : params) {
      IExpr x = variable(param, scope);
      if (mode == Mode.NUMERIC && param.sort() == Sort.VECTOR) {
        xs.addAll(FunctionModels.components(x));
      } else {
        xs.add(x);
      }
    }
    if (mode == Mode.NUMERIC) {
      return genericValue(atom, xs);
    }
    return params.isEmpty() ? atom.head() : F.function(atom.head(), xs.toArray(new IExpr[0]));
  }

  /**
   * The unknown standing for atom {@code t} at this point: one per term with the point's values put in (two atoms
   * alike up to bound names share one). Its sign is what {@link Signs} proves of {@code t} for all values.
   */
  private IExpr unknownAtom(Term t, Map<Var, IExpr> scope) {
    String key = Terms.show(atPoint(t, scope));
    ISymbol known = unknownAtoms.get(key);
    if (known != null) {
      return known;
    }
    ISymbol u = dummy("atom");
    unknownAtoms.put(key, u);
    int sign = Signs.isPositive(t, numeric) ? 1 : Signs.isNonNegative(t, numeric) ? 0 : -2;
    unknownSigns.put(u, sign);
    return u;
  }

  /** A concrete value for an atom, with the sign PROOF mode's assumptions give it (constant atoms only). */
  private IExpr genericValue(Atom atom, List<IExpr> args) {
    int index = atoms.indexOf(atom);
    IExpr value = models.apply(new Var(-1_000_000 - index, "atom" + (index + 1), Sort.FUNCTION), args);
    if (atom.params().isEmpty() && Signs.isPositive(atom.pattern(), genericAtoms)) {
      return F.Exp(value);
    }
    if (atom.params().isEmpty() && Signs.isNonNegative(atom.pattern(), genericAtoms)) {
      return F.Sqr(value);
    }
    return value;
  }

  /** An atom depends on its free value variables (not on function or family names, which nothing rebinds). */
  private static List<Var> atomParameters(Term t) {
    List<Var> ps = new ArrayList<>();
    for (Var v : Terms.freeVars(t)) {
      if (v.sort() != Sort.FUNCTION && v.sort() != Sort.FAMILY) {
        ps.add(v);
      }
    }
    return ps;
  }

  // ---- assumptions --------------------------------------------------------------------------------------------

  /**
   * The context as a Symja conjunction: every scalar real, every integer an integer, every condition, and the sign
   * facts {@link Signs} proves for constant atoms (a norm is ≥ 0). Call after converting the question's terms.
   */
  IExpr assumptions(Context ctx) {
    IASTAppendable and = F.And();
    for (Var v : ctx.variables()) {
      variableSort(v, and);
    }
    for (Condition c : ctx.conditions()) {
      and.append(condition(c));
    }
    for (Var v : List.copyOf(symbols.keySet())) { // a fixed order of assumptions: Set.copyOf's changes between runs
      if (!ctx.variables().contains(v)) {
        variableSort(v, and);
      }
    }
    for (Atom a : List.copyOf(atoms)) {
      if (a.params().isEmpty()) {
        if (Signs.isPositive(a.pattern(), ctx)) {
          and.append(F.Greater(a.head(), F.C0));
        } else if (Signs.isNonNegative(a.pattern(), ctx)) {
          and.append(F.GreaterEqual(a.head(), F.C0));
        } else if (Signs.isReal(a.pattern(), ctx)) {
          and.append(F.Element(a.head(), S.Reals));
        }
      }
    }
    return and.argSize() == 0 ? S.True : and.argSize() == 1 ? and.arg1() : and;
  }

  private void variableSort(Var v, IASTAppendable and) {
    if (v.sort() == Sort.SCALAR) {
      and.append(F.Element(variable(v, Map.of()), S.Reals));
    } else if (v.sort() == Sort.INTEGER) {
      and.append(F.Element(variable(v, Map.of()), S.Integers));
    }
  }

  IExpr condition(Condition c) {
    IExpr l = convert(c.left());
    IExpr r = convert(c.right());
    switch (c.relation()) {
      case LESS:
        return F.Less(l, r);
      case LESS_EQUAL:
        return F.LessEqual(l, r);
      case GREATER:
        return F.Greater(l, r);
      case GREATER_EQUAL:
        return F.GreaterEqual(l, r);
      case NOT_EQUAL:
        return F.Unequal(l, r);
      default:
        return F.Equal(l, r);
    }
  }

  // ---- the way back, for printing -----------------------------------------------------------------------------

  /** What each of our symbols stands for: variables and function heads by their Var, atoms by their Atom. */
  Map<ISymbol, Object> meanings() {
    Map<ISymbol, Object> m = new HashMap<>();
    symbols.forEach((v, s) -> m.put(s, v));
    heads.forEach((v, s) -> m.put(s, v));
    m.putAll(boundIndices);
    atoms.forEach(a -> m.put(a.head(), a));
    return m;
  }
}

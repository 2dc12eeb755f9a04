package deriv.kernel.symja;

import deriv.kernel.Condition;
import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Concrete stand-ins for uninterpreted functions and families in numeric tests:
 * {@code f(x1..xn) = c0 + Σ ci*xi + Σ qi*xi^2 + r*x1*x2 + s*sin(Σ di*xi + e) + t*cos(Σ gi*xi + h)} with small
 * random rational coefficients. Smooth and real, so an identity that holds for every function holds for these: a
 * difference found is a counterexample. Two waves and a quadratic part, so that identities of one sine wave (a
 * Hessian of rank one, f'''' proportional to f'') do not hold for every model.
 * Vectors are in general position: a vector variable with sample value s is s·(1, a, b), a direction of its own;
 * a member of a vector family has three such functions of its index as components; a function of a vector is a
 * function of its three components.
 */
final class FunctionModels {
  private record Model(Num c0, List<Num> linear, List<Num> quadratic, Num cross, Wave first, Wave second) {}

  /** {@code amplitude*sin(Σ frequencies_i*x_i + phase)}. */
  private record Wave(Num amplitude, List<Num> frequencies, Num phase) {}

  private final long seed;
  private final Map<Var, Model> models = new HashMap<>();
  /** The declared codomains of the functions modelled so far, for a counterexample's formula. */
  private final Map<Var, Condition.Relation> codomains = new HashMap<>();
  /** The vectors given so far, for a counterexample: name → components. */
  private final Map<String, String> vectors = new java.util.TreeMap<>();

  FunctionModels(long seed) {
    this.seed = seed;
  }

  /**
   * {@code f}'s model at {@code args}, within the codomain its declaration gives (null: all of R): e^m for
   * {@code R -> positive}, m² for nonnegative, −e^m and −m² for negative and nonpositive, ±e^m for nonzero (one sign
   * per model), m the smooth model above. A model outside the declared codomain would make a refutation bogus (a
   * point where p ≤ 0 for a positive p) and a confirmation rest on a function the declaration excludes.
   */
  IExpr apply(Var f, List<IExpr> args, Condition.Relation codomain) {
    IExpr m = apply(f, args);
    if (codomain == null) {
      return m;
    }
    codomains.put(f, codomain);
    switch (codomain) {
      case GREATER:
        return F.Exp(m);
      case GREATER_EQUAL:
        return F.Sqr(m);
      case LESS:
        return F.Negate(F.Exp(m));
      case LESS_EQUAL:
        return F.Negate(F.Sqr(m));
      case NOT_EQUAL:
        return models.get(f).c0().signum() > 0 ? F.Exp(m) : F.Negate(F.Exp(m));
      default:
        return m; // an equation is no codomain (the resolver makes none)
    }
  }

  IExpr apply(Var f, List<IExpr> args) {
    Model m = model(f, args.size());
    IASTAppendable sum = F.PlusAlloc(2 * args.size() + 4);
    sum.append(ToSymja.number(m.c0()));
    for (int k = 0; k < args.size(); k++) {
      sum.append(F.Times(ToSymja.number(m.linear().get(k)), args.get(k)));
      sum.append(F.Times(ToSymja.number(m.quadratic().get(k)), F.Sqr(args.get(k))));
    }
    if (args.size() >= 2) {
      sum.append(F.Times(ToSymja.number(m.cross()), args.get(0), args.get(1)));
    }
    sum.append(wave(m.first(), args));
    sum.append(wave(m.second(), args));
    return sum;
  }

  private static IExpr wave(Wave w, List<IExpr> args) {
    IASTAppendable inner = F.PlusAlloc(args.size() + 1);
    for (int k = 0; k < args.size(); k++) {
      inner.append(F.Times(ToSymja.number(w.frequencies().get(k)), args.get(k)));
    }
    inner.append(ToSymja.number(w.phase()));
    return F.Times(ToSymja.number(w.amplitude()), F.Sin(inner));
  }

  /** The vector variable {@code v} at sample value {@code scale}: scale·(1, a, b), a direction of v's own. */
  IExpr vector(Var v, Num scale) {
    Random r = new Random(seed * 1_000_003L - 7 * v.id());
    Num[] c = {scale, scale.times(small(r)), scale.times(small(r))};
    vectors.put(v.name(), "(" + c[0] + ", " + c[1] + ", " + c[2] + ")");
    return F.List(ToSymja.number(c[0]), ToSymja.number(c[1]), ToSymja.number(c[2]));
  }

  /** The member of a family of vectors at {@code index}: three functions of the index, one per component. */
  IExpr vectorMember(Var family, IExpr index) {
    IExpr[] c = new IExpr[3];
    for (int k = 0; k < 3; k++) {
      c[k] = apply(new Var(-2_000_000 - 3 * family.id() - k, family.name() + "_" + (k + 1), Sort.FUNCTION),
          List.of(index));
    }
    return F.List(c);
  }

  /**
   * A vector argument as a function reads it: its three components, each an argument of its own. An explicit list
   * gives its elements themselves: Part of it would make Symja evaluate the whole list once per component read.
   */
  static List<IExpr> components(IExpr vector) {
    if (vector.isList() && vector.argSize() == 3) {
      return List.of(vector.getAt(1), vector.getAt(2), vector.getAt(3));
    }
    return List.of(F.Part(vector, F.C1), F.Part(vector, F.C2), F.Part(vector, F.C3));
  }

  /** The functions used so far, for a counterexample: name → formula in x1, x2, …; and the vectors' components. */
  Map<String, String> describe() {
    Map<String, String> out = new java.util.TreeMap<>(vectors);
    models.forEach((f, m) -> {
      List<Var> xs = new ArrayList<>();
      for (int k = 0; k < m.linear().size(); k++) {
        xs.add(new Var(Integer.MIN_VALUE + k, "x" + (k + 1), Sort.SCALAR));
      }
      List<Term> terms = new ArrayList<>(List.of(m.c0()));
      for (int k = 0; k < xs.size(); k++) {
        terms.add(Terms.times(m.linear().get(k), xs.get(k)));
        terms.add(Terms.times(m.quadratic().get(k), Terms.op(Head.POWER, xs.get(k), Num.of(2))));
      }
      if (xs.size() >= 2) {
        terms.add(Terms.times(m.cross(), Terms.times(xs.get(0), xs.get(1))));
      }
      for (Wave w : List.of(m.first(), m.second())) {
        List<Term> inner = new ArrayList<>();
        for (int k = 0; k < xs.size(); k++) {
          inner.add(Terms.times(w.frequencies().get(k), xs.get(k)));
        }
        inner.add(w.phase());
        terms.add(Terms.times(w.amplitude(), Terms.op(Head.SIN, Terms.plus(inner))));
      }
      out.put(f.name(), shown(Terms.plus(terms), codomains.get(f), m));
    });
    return out;
  }

  /** A model's formula as {@link #apply} uses it within the codomain {@code c} (null: as it is). */
  private static String shown(Term m, Condition.Relation c, Model model) {
    if (c == null || c == Condition.Relation.EQUAL) {
      return Terms.show(m);
    }
    boolean square = c == Condition.Relation.GREATER_EQUAL || c == Condition.Relation.LESS_EQUAL;
    Term inner = square ? Terms.op(Head.POWER, m, Num.of(2)) : Terms.op(Head.EXP, m);
    boolean negative = c == Condition.Relation.LESS || c == Condition.Relation.LESS_EQUAL
        || c == Condition.Relation.NOT_EQUAL && model.c0().signum() <= 0;
    return Terms.show(negative ? Terms.neg(inner) : inner);
  }

  private Model model(Var f, int arity) {
    Model m = models.get(f);
    if (m == null || m.linear().size() != arity) {
      Random r = new Random(seed * 1_000_003L + f.id());
      List<Num> quadratic = new ArrayList<>();
      for (Num q : smalls(r, arity)) {
        quadratic.add(q.times(Num.of(BigInteger.ONE, BigInteger.valueOf(8)))); // gentle: exp(f) stays evaluable
      }
      m = new Model(small(r), smalls(r, arity), List.copyOf(quadratic), small(r),
          new Wave(small(r), smalls(r, arity), small(r)), new Wave(small(r), smalls(r, arity), small(r)));
      models.put(f, m);
    }
    return m;
  }

  private static List<Num> smalls(Random r, int n) {
    Num[] xs = new Num[n];
    for (int k = 0; k < n; k++) {
      xs[k] = small(r);
    }
    return List.of(xs);
  }

  /** A nonzero rational p/q with |p| ≤ 9, 1 ≤ q ≤ 4. */
  private static Num small(Random r) {
    int p = r.nextInt(9) + 1;
    return Num.of(BigInteger.valueOf(r.nextBoolean() ? p : -p), BigInteger.valueOf(r.nextInt(4) + 1));
  }
}

package deriv.kernel.symja;

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
 * {@code f(x1..xn) = c0 + Σ ci*xi + s*sin(Σ di*xi + e)} with small random rational coefficients. Smooth and real,
 * so an identity that holds for every function holds for these: a difference found is a counterexample.
 * Vectors are in general position: a vector variable with sample value s is s·(1, a, b), a direction of its own;
 * a member of a vector family has three such functions of its index as components; a function of a vector sees
 * it through a fixed linear form.
 */
final class FunctionModels {
  private record Model(Num c0, List<Num> linear, Num amplitude, List<Num> frequencies, Num phase) {}

  private final long seed;
  private final Map<Var, Model> models = new HashMap<>();
  /** The vectors given so far, for a counterexample: name → components. */
  private final Map<String, String> vectors = new java.util.TreeMap<>();
  /** How a function reads a vector argument: its dot product with this. */
  private static final IExpr READ_VECTOR = F.List(F.C1, F.QQ(1, 2), F.QQ(1, 3));

  FunctionModels(long seed) {
    this.seed = seed;
  }

  IExpr apply(Var f, List<IExpr> args) {
    Model m = model(f, args.size());
    IASTAppendable sum = F.PlusAlloc(args.size() + 2);
    IASTAppendable inner = F.PlusAlloc(args.size() + 1);
    sum.append(ToSymja.number(m.c0()));
    for (int k = 0; k < args.size(); k++) {
      sum.append(F.Times(ToSymja.number(m.linear().get(k)), args.get(k)));
      inner.append(F.Times(ToSymja.number(m.frequencies().get(k)), args.get(k)));
    }
    inner.append(ToSymja.number(m.phase()));
    sum.append(F.Times(ToSymja.number(m.amplitude()), F.Sin(inner)));
    return sum;
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

  /** A vector argument as a function reads it (a fixed linear form of its components). */
  static IExpr readVector(IExpr vector) {
    return F.Dot(vector, READ_VECTOR);
  }

  /** The functions used so far, for a counterexample: name → formula in x1, x2, …; and the vectors' components. */
  Map<String, String> describe() {
    Map<String, String> out = new java.util.TreeMap<>(vectors);
    models.forEach((f, m) -> {
      List<Term> linear = new ArrayList<>(List.of(m.c0()));
      List<Term> inner = new ArrayList<>();
      for (int k = 0; k < m.linear().size(); k++) {
        Var xk = new Var(Integer.MIN_VALUE + k, "x" + (k + 1), Sort.SCALAR);
        linear.add(Terms.times(m.linear().get(k), xk));
        inner.add(Terms.times(m.frequencies().get(k), xk));
      }
      inner.add(m.phase());
      linear.add(Terms.times(m.amplitude(), Terms.op(Head.SIN, Terms.plus(inner))));
      out.put(f.name(), Terms.show(Terms.plus(linear)));
    });
    return out;
  }

  private Model model(Var f, int arity) {
    Model m = models.get(f);
    if (m == null || m.linear().size() != arity) {
      Random r = new Random(seed * 1_000_003L + f.id());
      m = new Model(small(r), smalls(r, arity), small(r), smalls(r, arity), small(r));
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

package deriv.kernel;

import deriv.kernel.symja.ZeroCheck;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an equation {@code residual = 0} that is linear in its variables, with rational coefficients, has no
 * solution the declarations allow: integer variables need an integer solution (2·N = 3 has none: gcd 2 does not
 * divide 3), and a single variable's one solution must satisfy its declared conditions and sign. The linear form is
 * read off by substituting 0 and 1 and confirmed by Symja on binder-free algebra (residual − form = 0).
 */
final class Integrality {
  private Integrality() {}

  /** Why no allowed values satisfy {@code residual = 0}; null when that is not shown. */
  static String noAllowedSolution(Term residual, Context ctx, Prover p) {
    List<Var> vars = new ArrayList<>(Terms.freeVars(residual));
    if (vars.isEmpty() || vars.size() > 8
        || vars.stream().anyMatch(v -> v.sort() != Sort.INTEGER && v.sort() != Sort.SCALAR)) {
      return null;
    }
    if (vars.stream().allMatch(v -> v.sort() == Sort.INTEGER) && vars.size() <= 3) {
      String why = noSolutionModulo(residual, vars, p);
      if (why != null) {
        return why;
      }
    }
    Map<Var, Num> coefficients = linearForm(residual, vars, ctx, p);
    if (coefficients == null) {
      return null;
    }
    Num constant = coefficients.remove(null);
    if (vars.stream().allMatch(v -> v.sort() == Sort.INTEGER)) {
      String why = noIntegerSolution(coefficients, constant);
      if (why != null) {
        return why;
      }
    }
    if (vars.size() == 1) {
      Var v = vars.get(0);
      Num a = coefficients.get(v);
      Num root = a.signum() == 0 ? null : constant.negate().times(a.reciprocal());
      return root == null ? null : excluded(v, root, ctx);
    }
    return null;
  }

  /** Constant and coefficients (constant under the key null), when residual is provably their linear form. */
  static Map<Var, Num> linearForm(Term residual, List<Var> vars, Context ctx, Prover p) {
    Map<Var, Term> zeros = new LinkedHashMap<>();
    vars.forEach(v -> zeros.put(v, Num.ZERO));
    Num constant = Terms.rationalValue(Terms.substitute(residual, zeros, ctx));
    if (constant == null) {
      return null;
    }
    Map<Var, Num> out = new LinkedHashMap<>();
    Term form = constant;
    for (Var v : vars) {
      Map<Var, Term> unit = new LinkedHashMap<>(zeros);
      unit.put(v, Num.ONE);
      Num at = Terms.rationalValue(Terms.substitute(residual, unit, ctx));
      if (at == null) {
        return null;
      }
      Num c = at.plus(constant.negate());
      out.put(v, c);
      form = Terms.plus(form, Terms.times(c, v));
    }
    if (p.symja().simplifiesToZero(Terms.minus(residual, form), ctx).outcome() != ZeroCheck.Outcome.ZERO) {
      return null;
    }
    out.put(null, constant);
    return out;
  }

  /** The moduli tried: an integer solution would be a solution modulo each of them. */
  private static final int[] MODULI = {2, 3, 4, 5, 7, 8, 9};

  /**
   * A polynomial equation P = 0 in integer variables with rational coefficients has no integer solution when, for
   * some modulus k, D·P (D clearing the denominators) is nonzero modulo k at every residue of the variables:
   * n² = 2 has none modulo 3, n² + n = 2m + 1 none modulo 2.
   */
  private static String noSolutionModulo(Term residual, List<Var> vars, Prover p) {
    Map<List<Integer>, Num> poly = p.symja().polynomial(residual, vars);
    if (poly == null || poly.isEmpty()) {
      return null;
    }
    BigInteger lcm = BigInteger.ONE;
    for (Num c : poly.values()) {
      lcm = lcm.divide(lcm.gcd(c.denominator())).multiply(c.denominator());
    }
    for (int k : MODULI) {
      if (!solvableModulo(poly, lcm, vars.size(), k)) {
        String names = String.join(", ", vars.stream().map(Var::name).toList());
        return "it has no solution in integers " + names + ": it has none modulo " + k;
      }
    }
    return null;
  }

  private static boolean solvableModulo(Map<List<Integer>, Num> poly, BigInteger lcm, int n, int k) {
    int[] residues = new int[n];
    BigInteger modulus = BigInteger.valueOf(k);
    while (true) {
      BigInteger value = BigInteger.ZERO;
      for (Map.Entry<List<Integer>, Num> term : poly.entrySet()) {
        BigInteger c = term.getValue().numerator().multiply(lcm).divide(term.getValue().denominator());
        for (int i = 0; i < n; i++) {
          c = c.multiply(BigInteger.valueOf(residues[i]).pow(term.getKey().get(i)));
        }
        value = value.add(c);
      }
      if (value.mod(modulus).signum() == 0) {
        return true;
      }
      int i = 0;
      while (i < n && ++residues[i] == k) {
        residues[i++] = 0;
      }
      if (i == n) {
        return false;
      }
    }
  }

  /** Σ aᵢ·vᵢ + c = 0 over the integers: solvable iff gcd of the aᵢ (made integral) divides c. */
  private static String noIntegerSolution(Map<Var, Num> coefficients, Num constant) {
    BigInteger lcm = constant.denominator();
    for (Num a : coefficients.values()) {
      lcm = lcm.divide(lcm.gcd(a.denominator())).multiply(a.denominator());
    }
    BigInteger gcd = BigInteger.ZERO;
    for (Num a : coefficients.values()) {
      gcd = gcd.gcd(a.numerator().multiply(lcm).divide(a.denominator()));
    }
    BigInteger c = constant.numerator().multiply(lcm).divide(constant.denominator());
    if (gcd.signum() == 0 || c.mod(gcd).signum() == 0) {
      return null;
    }
    String names = String.join(", ", coefficients.keySet().stream().map(Var::name).toList());
    return "it has no solution in integers " + names + " (the coefficients' gcd " + gcd + " does not divide "
        + c.negate() + ")";
  }

  /** Why the only solution v = root is not allowed; null when it is (or that is not clear). */
  private static String excluded(Var v, Num root, Context ctx) {
    String at = "its only solution " + v.name() + " = " + root;
    if (v.sort() == Sort.INTEGER && !root.isInteger()) {
      return at + " is not an integer, and " + v.name() + " is declared one";
    }
    if (Signs.isPositive(v, ctx) && root.signum() <= 0 || Signs.isNonNegative(v, ctx) && root.signum() < 0
        || Signs.isNegative(v, ctx) && root.signum() >= 0) {
      return at + " has the wrong sign for its declaration";
    }
    for (Condition c : ctx.conditions()) {
      Map<Var, Term> value = Map.of(v, root);
      // definitions unfolded: d > 0 with d := x − 1 is x − 1 > 0
      Term left = Terms.unfold(c.left(), ctx);
      Term right = Terms.unfold(c.right(), ctx);
      Condition closed = new Condition(c.relation(), Terms.substitute(left, value), Terms.substitute(right, value));
      Num l = Terms.rationalValue(closed.left());
      Num r = Terms.rationalValue(closed.right());
      if (l != null && r != null && Terms.occurs(v, Terms.plus(left, right)) && !holds(closed, l, r)) {
        return at + " violates the declared " + Definedness.show(c);
      }
    }
    return null;
  }

  private static boolean holds(Condition c, Num l, Num r) {
    int cmp = l.compareTo(r);
    switch (c.relation()) {
      case LESS:
        return cmp < 0;
      case LESS_EQUAL:
        return cmp <= 0;
      case GREATER:
        return cmp > 0;
      case GREATER_EQUAL:
        return cmp >= 0;
      case NOT_EQUAL:
        return cmp != 0;
      default:
        return cmp == 0;
    }
  }
}

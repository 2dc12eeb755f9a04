package deriv.kernel;

import deriv.kernel.symja.ZeroCheck;
import java.util.List;
import java.util.Map;

/**
 * Whether a postulate {@code lhs = rhs} is refutable, so that it must fail rather than be assumed: lhs − rhs is a
 * definite nonzero constant (closed and false, such as {@code 0 = 1}), or the declarations alone make lhs − rhs
 * positive or negative ({@code let x : positive; postulate p: x = -1}). A postulate that merely constrains its
 * symbols ({@code F = 9/5*C + 32}) is not refutable and is assumed.
 */
final class Refutation {
  private Refutation() {}

  static Verdict check(String kind, Term lhs, Term rhs, List<Var> params, Context ctx, Prover p) {
    Term difference = Terms.minus(lhs, rhs);
    Term unfolded = Terms.unfold(difference, ctx);
    if (!params.isEmpty() && params.containsAll(Terms.freeVars(unfolded))) {
      return asLaw(kind, lhs, rhs, params, ctx, p);
    }
    if (Terms.freeVars(unfolded).isEmpty() && p.symja().isDefiniteNonzeroNumber(unfolded)) {
      return refuted(kind, "it is closed and false: lhs − rhs is a nonzero constant");
    }
    List<Term> forms = new java.util.ArrayList<>(List.of(difference));
    if (!unfolded.equals(difference)) {
      forms.add(unfolded);
    }
    p.symja().constantPlusFactored(unfolded).ifPresent(forms::add); // a square once expanded: 1 + (x + y)²
    for (Term d : forms) {
      if (Signs.isPositive(d, ctx, p)) {
        return refuted(kind, "the declarations make lhs − rhs > 0, so it can never hold");
      }
      if (Signs.isPositive(Terms.neg(d), ctx, p)) {
        return refuted(kind, "the declarations make lhs − rhs < 0, so it can never hold");
      }
    }
    ZeroCheck z = p.symja().simplifiesToZero(unfolded, ctx);
    if (z.outcome() == ZeroCheck.Outcome.NONZERO) {
      return refuted(kind, "lhs − rhs is the nonzero constant " + z.residual() + ", so it is false");
    }
    String contradicted = contradictsEarlier(unfolded, ctx, p);
    if (contradicted != null) {
      return refuted(kind, contradicted);
    }
    String unsolvable = Integrality.noAllowedSolution(unfolded, ctx, p);
    if (unsolvable != null) {
      return refuted(kind, unsolvable + ", so it can never hold");
    }
    return twoInstances(kind, unfolded, params, ctx, p);
  }

  /**
   * A law must hold at every value of its parameters: an instance at all (real) parameters 0 or 1 that is false
   * ({@code L(u): u*a = 1} at u = 0), or instances at 0 and at 1 whose lhs − rhs differ by a definite nonzero
   * constant ({@code L(u): u = a}), refute it, whatever the other symbols are. A vector parameter is tried along
   * one axis (0 and the unit vector: {@code L(u : R^3): |u| = a} says a = 0 and a = 1); integer parameters, which
   * may range over 1.. only, are tried in the difference of instances alone.
   */
  private static Verdict twoInstances(String kind, Term residual, List<Var> params, Context ctx, Prover p) {
    java.util.Map<Var, Term> zero = new java.util.HashMap<>();
    java.util.Map<Var, Term> one = new java.util.HashMap<>();
    for (Var v : params) {
      if (v.sort() == Sort.SCALAR || v.sort() == Sort.INTEGER || v.sort() == Sort.VECTOR) {
        zero.put(v, Num.ZERO);
        one.put(v, Num.ONE);
      }
    }
    if (!zero.isEmpty()) {
      // only real parameters: an integer parameter may range over 1.. only (j : integer [1])
      boolean reals = zero.keySet().stream().allMatch(v -> v.sort() != Sort.INTEGER);
      for (java.util.Map<Var, Term> instance : reals ? List.of(zero, one) : List.<java.util.Map<Var, Term>>of()) {
        Term at = instance(residual, instance, ctx);
        if (p.symja().simplifiesToZero(at, ctx).outcome() == ZeroCheck.Outcome.NONZERO) {
          return refuted(kind, "its instance at parameters " + (instance == zero ? 0 : 1) + " is false (lhs − rhs "
              + "there is a nonzero constant)");
        }
      }
      String system = reals ? inconsistentInstances(residual, List.copyOf(zero.keySet()), ctx, p) : null;
      if (system != null) {
        return refuted(kind, system);
      }
      Term gap = Terms.minus(instance(residual, zero, ctx), instance(residual, one, ctx));
      if (p.symja().simplifiesToZero(gap, ctx).outcome() == ZeroCheck.Outcome.NONZERO) {
        return refuted(kind, "its instances at parameters 0 and at parameters 1 cannot both hold (their lhs − rhs "
            + "differ by a nonzero constant)");
      }
    }
    return Verdict.assumed(kind, kind + ", accepted without proof");
  }

  /**
   * The residual at numbers for the parameters. A vector parameter given a number k is the vector k·e₁ along one
   * axis: a law for every vector holds for those, and the length of a vector whose every symbol is now a number or
   * a real scalar is the absolute value.
   */
  private static Term instance(Term residual, Map<Var, Term> at, Context ctx) {
    return alongOneAxis(Terms.substitute(residual, at, ctx));
  }

  private static Term alongOneAxis(Term t) {
    Term inner = Terms.mapChildren(t, Refutation::alongOneAxis);
    if (inner instanceof Op o && o.head() == Head.NORM
        && Terms.freeVars(o.arg(0)).stream().allMatch(v -> v.sort() == Sort.SCALAR || v.sort() == Sort.INTEGER)) {
      return Terms.abs(o.arg(0));
    }
    return inner;
  }

  /**
   * An earlier exact postulate {@code v = e} (no parameters, e free of v) pins v: with e put for v, a nonzero
   * constant lhs − rhs contradicts it ({@code x = 1} and then {@code x = 2}).
   */
  private static String contradictsEarlier(Term residual, Context ctx, Prover p) {
    for (AssumedEquation e : ctx.assumedEquations()) {
      if (!e.exact() || !e.params().isEmpty()) {
        continue;
      }
      for (boolean forward : new boolean[] {true, false}) {
        Term side = forward ? e.lhs() : e.rhs();
        Term value = Terms.unfold(forward ? e.rhs() : e.lhs(), ctx);
        if (side instanceof Var v && !Terms.occurs(v, value) && Terms.occurs(v, residual)) {
          Term pinned = Terms.substitute(residual, Map.of(v, value), ctx);
          if (p.symja().simplifiesToZero(pinned, ctx).outcome() == ZeroCheck.Outcome.NONZERO) {
            return "with the earlier postulate " + Terms.show(e.lhs()) + " = " + Terms.show(e.rhs()) + " it gives a "
                + "nonzero constant lhs − rhs, so the two contradict each other";
          }
        }
      }
    }
    return null;
  }

  /**
   * The instances at parameters 0, 1, 2 and 3, each linear in the other (real) symbols with rational coefficients,
   * that no values of those symbols satisfy together: {@code L(u): u^2 = a*u} says a = 1 at u = 1 and a = 2 at
   * u = 2. Decided by exact elimination over the rationals.
   */
  private static String inconsistentInstances(Term residual, List<Var> params, Context ctx, Prover p) {
    List<Term> instances = new java.util.ArrayList<>();
    java.util.Set<Var> others = new java.util.LinkedHashSet<>();
    for (int k = 0; k <= 3; k++) {
      java.util.Map<Var, Term> at = new java.util.HashMap<>();
      for (Var v : params) {
        at.put(v, Num.of(k));
      }
      Term instance = instance(residual, at, ctx);
      instances.add(instance);
      others.addAll(Terms.freeVars(instance));
    }
    if (others.isEmpty() || others.size() > 6 || others.stream().anyMatch(v -> v.sort() != Sort.SCALAR)) {
      return null;
    }
    List<Var> vars = List.copyOf(others);
    List<Num[]> rows = new java.util.ArrayList<>();
    for (Term instance : instances) {
      java.util.Map<Var, Num> form = Integrality.linearForm(instance, vars, ctx, p);
      if (form == null) {
        return null;
      }
      Num[] row = new Num[vars.size() + 1];
      for (int i = 0; i < vars.size(); i++) {
        row[i] = form.get(vars.get(i));
      }
      row[vars.size()] = form.get(null).negate(); // Σ aᵢ·vᵢ = −constant
      rows.add(row);
    }
    return eliminatesToContradiction(rows, vars.size()) ? "its instances at parameters 0, 1, 2 and 3 cannot all "
        + "hold, for any values of " + String.join(", ", vars.stream().map(Var::name).toList()) : null;
  }

  /** Gaussian elimination of the augmented rows: true when a row becomes 0 = nonzero. */
  private static boolean eliminatesToContradiction(List<Num[]> rows, int columns) {
    int rank = 0;
    for (int c = 0; c < columns && rank < rows.size(); c++) {
      int pivot = -1;
      for (int r = rank; r < rows.size(); r++) {
        if (rows.get(r)[c].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(rows, rank, pivot);
      Num[] top = rows.get(rank);
      for (int r = 0; r < rows.size(); r++) {
        Num[] row = rows.get(r);
        if (r != rank && row[c].signum() != 0) {
          Num factor = row[c].times(top[c].reciprocal());
          for (int k = c; k <= columns; k++) {
            row[k] = row[k].plus(factor.times(top[k]).negate());
          }
        }
      }
      rank++;
    }
    for (int r = rank; r < rows.size(); r++) {
      if (rows.get(r)[columns].signum() != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A law that mentions nothing but its parameters is a closed statement "for every value": it is refuted by one
   * admissible value at which it is false, as a claim would be.
   */
  private static Verdict asLaw(String kind, Term lhs, Term rhs, List<Var> params, Context ctx, Prover p) {
    Context withParams = ctx;
    for (Var v : params) {
      withParams = withParams.with(v);
    }
    Verdict v = Algebra.decide(lhs, rhs, withParams, p);
    if (v.status() == Status.FAILED) {
      return refuted(kind, "it speaks only of its parameters, and as a law for all of their values it is " + v.message());
    }
    return Verdict.assumed(kind, kind + ", accepted without proof");
  }

  private static Verdict refuted(String kind, String why) {
    return Verdict.of(Status.FAILED, kind, "refuted " + kind + ": " + why + "; a false " + kind
        + " is not assumed", null, Map.of(), List.of("refutation: " + why));
  }
}

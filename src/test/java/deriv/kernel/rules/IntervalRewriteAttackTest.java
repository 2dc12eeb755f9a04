package deriv.kernel.rules;

import static deriv.kernel.rules.StepClaims.proved;
import static deriv.kernel.rules.StepClaims.rejected;
import static deriv.kernel.rules.StepClaims.run;

import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/**
 * A definite integral's body is rewritten knowing its variable lies between the bounds, when their order is known
 * without proof search (first try clausius_clapeyron/04: Clapeyron's law under ∫_{T_1}^{T_2} needs T ≠ 0, which
 * T ≥ T_1 &gt; 0 gives). The interval is only what the order of the bounds shows, a derivative inside sees only open
 * conditions, and a condition left unproved is named as it is (y² ≠ 0, not a true y² ≥ 0).
 */
class IntervalRewriteAttackTest {
  private static final String LAW = String.join("\n", "let a : real", "let b, T_1, T_2 : positive",
      "assume T_1 <= T_2", "let p : R -> R", "postulate law(τ : R): diff(p(τ), τ) = 1/τ");

  @Test
  void aLawWithAQuotientAppliesOnAnIntervalThatAvoidsItsPole() {
    proved(LAW, "claim c: int(T in T_1..T_2, diff(p(T), T)) = int(T in T_1..T_2, 1/T) by law");
    // reversed bounds: the integral still depends on [T_1, T_2] only
    proved(LAW, "claim c: int(T in T_2..T_1, diff(p(T), T)*T) = int(T in T_2..T_1, 1/T*T) by law");
  }

  @Test
  void boundsOfUnknownOrderOrAnIntervalAcrossThePoleGiveNothing() {
    rejected(run(LAW, "claim c: int(T in a..b, diff(p(T), T)) = int(T in a..b, 1/T) by law"), Status.UNKNOWN,
        "holds only where T ≠ 0 for every T in [a, b], which is not proved");
    rejected(run(LAW, "claim c: int(T in -1..1, diff(p(T), T)) = int(T in -1..1, 1/T) by law"), Status.UNKNOWN,
        "holds only where T ≠ 0 for every T in [-1, 1], which is not proved");
  }

  @Test
  void aDerivativeInsideSeesOnlyOpenConditions() {
    // sqrt(u²) = u for u ≥ 0 must not rewrite inside d/dy at y = 0, an end of [0, 1]: |y| has no derivative there
    String decl = String.join("\n", "let u : real", "assume u >= 0", "claim r: sqrt(u^2) = u by algebra");
    rejected(run(decl, "claim c: int(y in 0..1, diff(sqrt(y^2), y)) = int(y in 0..1, diff(y, y)) by r"),
        Status.UNKNOWN, "holds only where y^2 ≠ 0 for every y in [0, 1], which is not proved");
  }

  @Test
  void aFunctionsCodomainHoldsInsideAnIntegralOverADeclaredName() {
    // z is declared positive; inside int(z in …) that says nothing, but pp's codomain still holds
    proved(String.join("\n", "let z : positive", "let q : R -> R", "let pp : R -> positive",
        "postulate law2(τ : R): q(τ) = 1/pp(τ)"),
        "claim c: int(z in -1..1, q(z)) = int(z in -1..1, 1/pp(z)) by law2");
  }
}

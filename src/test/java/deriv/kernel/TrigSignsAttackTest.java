package deriv.kernel;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the interval facts for sin and cos, the derivative signs the substitution rule reads, the sign of
 * k·e^a − k·e^b, and sinh, cosh, tanh, coth (issue 12): each false claim is rejected for the right reason, each true
 * one nearby is proved. Signs are observed through steps that need them: |t| = t needs t ≥ 0, solving for y in
 * y·t = 1 needs t ≠ 0, and a substitution whose f is not shown defined names g "not shown monotone" unless g' has a
 * proved sign (g monotone, f is checked between g(a) and g(b) only, so a wrong sign would weaken the rule).
 */
class TrigSignsAttackTest {
  private static StepResult run(String declarations, String... claims) {
    return step(check(derivation(declarations, claims)), "c");
  }

  private static void rejected(StepResult s, Status status, String... reasons) {
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(status);
    for (String reason : reasons) {
      assertThat(s.verdict().message()).contains(reason);
    }
  }

  private static void proved(StepResult s) {
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.PROVED);
  }

  /** Not proved, and the algebra says so: tested at the sample points, or failed at one. */
  private static void notProved(StepResult s) {
    assertThat(s.status()).as(s.verdict().message()).isIn(Status.TESTED, Status.FAILED);
    assertThat(s.verdict().message()).containsAnyOf("not proved", "false");
  }

  // ---- sin and cos on intervals --------------------------------------------------------------------------------

  @Test
  void sinIsNotNonNegativeOnZeroToTwoPi() {
    notProved(run("let θ : real, θ >= 0, θ <= 2*π", "claim c: abs(sin(θ)) = sin(θ) by algebra"));
  }

  @Test
  void sinIsNonNegativeOnZeroToPi() {
    proved(run("let θ : real, θ >= 0, θ <= π", "claim c: abs(sin(θ)) = sin(θ) by algebra"));
    proved(run("let θ : real, θ >= 0, θ <= π", "claim c: sqrt(sin(θ)^2) = sin(θ) by algebra"));
  }

  @Test
  void anUnrestrictedAngleHasNoSign() {
    rejected(run("let θ : real", "claim c: abs(sin(θ)) = sin(θ) by algebra"), Status.FAILED, "the sides differ");
    rejected(run("let θ : real", "claim c: abs(cos(θ)) = cos(θ) by algebra"), Status.FAILED, "the sides differ");
  }

  @Test
  void aBoundWrittenAsADecimalAbovePiIsNotPi() {
    // 3.15 > π: sin(3.15) < 0
    notProved(run("let θ : real, θ >= 0, θ <= 3.15", "claim c: abs(sin(θ)) = sin(θ) by algebra"));
    // 3.14 < π: true, and proved
    proved(run("let θ : real, θ >= 0, θ <= 3.14", "claim c: abs(sin(θ)) = sin(θ) by algebra"));
  }

  @Test
  void sinIsNonZeroOnlyOnTheOpenInterval() {
    String postulate = "postulate s: y*sin(θ) = 1";
    String solve = "claim c: y = 1/sin(θ) from s by solve(y)";
    rejected(run("let y : real\nlet θ : real, θ >= 0, θ <= π", postulate, solve), Status.UNKNOWN,
        "is not proved nonzero");
    proved(run("let y : real\nlet θ : real, θ > 0, θ < π", postulate, solve));
  }

  @Test
  void cosOnTheRightHalfAndNotOnZeroToPi() {
    proved(run("let θ : real, θ >= -π/2, θ <= π/2", "claim c: abs(cos(θ)) = cos(θ) by algebra"));
    notProved(run("let θ : real, θ >= 0, θ <= π", "claim c: abs(cos(θ)) = cos(θ) by algebra"));
    // cos ≤ 0 on [π/2, 3π/2]
    proved(run("let θ : real, θ >= π/2, θ <= 3*π/2", "claim c: abs(cos(θ)) = -cos(θ) by algebra"));
  }

  @Test
  void boundsThroughAnotherVariableAndMultiples() {
    proved(run("let φ : real, φ >= 0, φ <= π/2\nlet θ : real, θ >= 0, θ <= φ",
        "claim c: abs(sin(2*θ)) = sin(2*θ) by algebra"));
    notProved(run("let θ : real, θ >= 0, θ <= π", "claim c: abs(sin(2*θ)) = sin(2*θ) by algebra"));
  }

  // ---- substitution: g monotone from the sign of g' on the interval -----------------------------------------------

  private static final String SPHERE = "let x : positive";

  /** f with a condition free of its variable (k ≠ 0) fails either way, so the message says whether g was monotone. */
  private static final String UNKNOWN_K = SPHERE + "\nlet k : real";

  @Test
  void cosIsNotMonotoneOnZeroToTwoPi() {
    rejected(run(UNKNOWN_K, "claim c: int(θ in 0..2*π, exp(x*cos(θ))*sin(θ)) = int(w in 1..1, -exp(x*w)/k*k) "
        + "by substitution(cos(θ))"), Status.UNKNOWN, "is not shown monotone on [0, 2*pi]");
    // the theorem needs no monotone g: exp(x*w) is defined at every cos(θ)
    proved(run(SPHERE, "claim c: int(θ in 0..2*π, exp(x*cos(θ))*sin(θ)) = int(w in 1..1, -exp(x*w)) "
        + "by substitution(cos(θ))"));
  }

  @Test
  void cosIsNotMonotoneUpToADecimalAbovePi() {
    rejected(run(UNKNOWN_K, "claim c: int(θ in 0..3.15, exp(x*cos(θ))*sin(θ)) = "
        + "int(w in cos(3.15)..1, exp(x*w)/k*k) by substitution(cos(θ))"), Status.UNKNOWN,
        "is not shown monotone on [0, 63/20]");
    proved(run(SPHERE, "claim c: int(θ in 0..3.15, exp(x*cos(θ))*sin(θ)) = int(w in cos(3.15)..1, exp(x*w)) "
        + "by substitution(cos(θ))"));
  }

  @Test
  void sinIsNotMonotoneOnZeroToPi() {
    rejected(run(UNKNOWN_K, "claim c: int(θ in 0..π, cos(θ)*sin(θ)) = int(w in 0..0, w/k*k) "
        + "by substitution(sin(θ))"), Status.UNKNOWN, "is not shown monotone on [0, pi]");
    proved(run(SPHERE, "claim c: int(θ in 0..π, cos(θ)*sin(θ)) = int(w in 0..0, w) by substitution(sin(θ))"));
  }

  @Test
  void anUnboundedUpperEndGivesNoMonotonicity() {
    rejected(run(UNKNOWN_K + "\nlet b : real, b >= 0", "claim c: int(θ in 0..b, exp(x*cos(θ))*sin(θ)) = "
        + "int(w in cos(b)..1, exp(x*w)/k*k) by substitution(cos(θ))"), Status.UNKNOWN, "is not shown monotone");
  }

  @Test
  void aMonotoneGChecksFBetweenTheEnds() {
    // cos decreasing on [0, π]: the refusal names f on [−1, 1], and no "not shown monotone"
    StepResult s = run(UNKNOWN_K, "claim c: int(θ in 0..π, exp(x*cos(θ))*sin(θ)) = int(w in -1..1, exp(x*w)/k*k) "
        + "by substitution(cos(θ))");
    rejected(s, Status.UNKNOWN, "the integrand exp(x*w)/k*k is not shown defined on [-1, 1]: k ≠ 0 not proved");
    assertThat(s.verdict().message()).doesNotContain("monotone");
  }

  @Test
  void cosDecreasingOnZeroToPiInEveryWriting() {
    String lhs = "claim c: int(θ in 0..π, exp(x*cos(θ))*sin(θ)) = ";
    proved(run(SPHERE, lhs + "int(w in 1..-1, -exp(x*w)) by substitution(cos(θ))"));
    proved(run(SPHERE, lhs + "int(w in -1..1, exp(-x*w)) by substitution(-cos(θ))"));
    // the sign of dw = −sin θ dθ absorbed by writing the image in increasing order
    proved(run(SPHERE, lhs + "int(w in -1..1, exp(x*w)) by substitution(cos(θ))"));
  }

  @Test
  void theAbsorbedSignMustBeRight() {
    // with the bounds swapped the integrand must be f(g)·(−g'): here the sign is wrong
    rejected(run(SPHERE, "claim c: int(θ in 0..π, exp(x*cos(θ))*sin(θ)) = int(w in -1..1, -exp(x*w)) "
        + "by substitution(cos(θ))"), Status.UNKNOWN, "is not f(g(θ))·(−g'(θ))");
    // on [π, 2π] the bounds -1..1 are g(a)..g(b) = cos(π)..cos(2π): no sign to absorb
    rejected(run(SPHERE, "claim c: int(θ in π..2*π, exp(x*cos(θ))*sin(θ)) = int(w in -1..1, exp(x*w)) "
        + "by substitution(cos(θ))"), Status.UNKNOWN, "is not f(g(θ))·g'(θ)");
  }

  @Test
  void sinIncreasingOnTheRightHalf() {
    proved(run(SPHERE, "claim c: int(θ in -π/2..π/2, exp(x*sin(θ))*cos(θ)) = int(w in -1..1, exp(x*w)) "
        + "by substitution(sin(θ))"));
  }

  // ---- k·e^a − k·e^b has the sign of k·(a − b) ---------------------------------------------------------------------

  @Test
  void expMinusOneIsNotPositiveAtZero() {
    String postulate = "postulate s: y*(exp(n) - 1) = 1";
    String solve = "claim c: y = 1/(exp(n) - 1) from s by solve(y)";
    rejected(run("let y : real\nlet n : real, n >= 0", postulate, solve), Status.UNKNOWN, "is not proved nonzero");
    proved(run("let y : real\nlet n : real, n > 0", postulate, solve));
    proved(run("let y : real\nlet n : real, n != 0", postulate, solve));
    // e^n − 1 ≥ 0 for n ≥ 0 is true (0 at n = 0)
    proved(run("let n : real, n >= 0", "claim c: abs(exp(n) - 1) = exp(n) - 1 by algebra"));
  }

  @Test
  void oneMinusExpOfMinusUIsNonZeroForNonZeroU() {
    proved(run("let y : real\nlet u : real, u != 0", "postulate s: y*(1 - exp(-u)) = 1",
        "claim c: y = 1/(1 - exp(-u)) from s by solve(y)"));
    rejected(run("let y : real\nlet u : real", "postulate s: y*(1 - exp(-u)) = 1",
        "claim c: y = 1/(1 - exp(-u)) from s by solve(y)"), Status.UNKNOWN, "is not proved nonzero");
  }

  @Test
  void expOfAIsNotAboveExpOfBWithoutAAboveB() {
    rejected(run("let a, b : real", "claim c: abs(exp(a) - exp(b)) = exp(a) - exp(b) by algebra"), Status.FAILED,
        "the sides differ");
    proved(run("let a, b : real, a > b", "claim c: abs(exp(a) - exp(b)) = exp(a) - exp(b) by algebra"));
    // scaled alike: 3·e^a − 3·e^b
    proved(run("let a, b : real, a > b", "claim c: abs(3*exp(a) - 3*exp(b)) = 3*exp(a) - 3*exp(b) by algebra"));
    // scaled differently: 3·e^a − e^b has no sign from a > b
    rejected(run("let a, b : real, a > b", "claim c: abs(exp(a) - 3*exp(b)) = exp(a) - 3*exp(b) by algebra"),
        Status.FAILED, "the sides differ");
  }

  // ---- sinh, cosh, tanh, coth ------------------------------------------------------------------------------------

  @Test
  void sinhIsNotPositiveForEveryReal() {
    rejected(run("let x : real", "claim c: abs(sinh(x)) = sinh(x) by algebra"), Status.FAILED, "the sides differ");
    proved(run("let x : positive", "claim c: abs(sinh(x)) = sinh(x) by algebra"));
    proved(run("let x : positive", "claim c: abs(tanh(x)) = tanh(x) by algebra"));
    proved(run("let x : real", "claim c: abs(cosh(x)) = cosh(x) by algebra"));
  }

  @Test
  void cothOfZeroIsUndefined() {
    rejected(run("", "claim c: coth(0) = 1 by algebra"), Status.FAILED, "undefined");
    rejected(run("let x, y : real", "postulate s: y*sinh(x) = 1", "claim c: y = 1/sinh(x) from s by solve(y)"),
        Status.UNKNOWN, "is not proved nonzero");
    proved(run("let x, y : real, x != 0", "postulate s: y*sinh(x) = 1", "claim c: y = 1/sinh(x) from s by solve(y)"));
  }

  @Test
  void hyperbolicIdentitiesAreProved() {
    proved(run("let x : real", "claim c: cosh(x)^2 - sinh(x)^2 = 1 by algebra"));
    proved(run("let x : real, x != 0", "claim c: coth(x) = cosh(x)/sinh(x) by algebra"));
    proved(run("let x : real", "claim c: tanh(x) = sinh(x)/cosh(x) by algebra"));
    proved(run("let x : real", "claim c: sinh(2*x) = 2*sinh(x)*cosh(x) by algebra"));
    rejected(run("let x : positive", "claim c: coth(x) = sinh(x)/cosh(x) by algebra"), Status.FAILED,
        "the sides differ");
  }

  // ---- the kernel's derivative --------------------------------------------------------------------------------

  @Test
  void theDerivativeIsTheTextbookOne() {
    Var t = new Var(900, "t", Sort.SCALAR);
    Var a = new Var(901, "a", Sort.SCALAR);
    Context ctx = Context.empty().with(t).with(a);
    for (Term f : List.of(Terms.op(Head.COS, t), Terms.times(t, Terms.exp(Terms.times(a, t))),
        Terms.log(Terms.plus(Terms.pow(t, Num.of(2)), Num.ONE)), Terms.sqrt(Terms.plus(t, Num.of(3))),
        Terms.pow(Terms.op(Head.SIN, t), Num.of(3)), Terms.op(Head.TAN, Terms.times(a, t)),
        Terms.pow(Terms.plus(t, Num.of(2)), t), Hyperbolic.coth(t))) {
      Term d = Derivatives.of(f, t, ctx);
      assertThat(d).as("d/dt %s", Terms.show(f)).isNotNull();
      java.util.concurrent.atomic.AtomicBoolean equal = new java.util.concurrent.atomic.AtomicBoolean();
      Prover.run(Limits.DEFAULT, p -> {
        equal.set(Algebra.provablyEqual(new Op(Head.DIFF, List.of(f, t)), d, ctx, p));
        return Verdict.assumed("test", "done");
      });
      assertThat(equal.get()).as("d/dt %s = %s", Terms.show(f), Terms.show(d)).isTrue();
    }
    // a declared function, |t| and a binder that depend on t have no derivative here
    assertThat(Derivatives.of(Terms.abs(t), t, ctx)).isNull();
    assertThat(Derivatives.of(Terms.apply(new Var(902, "f", Sort.FUNCTION), t), t, ctx)).isNull();
  }
}

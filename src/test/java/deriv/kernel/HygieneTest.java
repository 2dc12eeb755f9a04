package deriv.kernel;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Bound variables are hygienic (issue 10, class 3): a binder never captures a free variable, a definition that
 * depends on a bound or differentiated variable is unfolded before the variable is renamed, substituted, compared or
 * differentiated, a binder's variable carries only its domain (never the outer declaration's conditions), and a
 * binder named like a declared variable that a definition in its scope uses is an error. Each attack asserts that the
 * false claim is rejected and why; the controls are true statements with shadowed names that must stay proved.
 */
class HygieneTest {
  private static final Limits LIMIT = Limits.DEFAULT;

  /** The step {@code c} of a one-claim derivation. */
  private static StepResult claim(String declarations, String claim) {
    return step(check(derivation(declarations, "claim c: " + claim), LIMIT), "c");
  }

  /** The claim is not established, and the verdict's message or residual contains {@code why}. */
  private static void rejected(String declarations, String claim, String why) {
    StepResult s = claim(declarations, claim);
    assertThat(s.status()).as(claim).isIn(Status.UNKNOWN, Status.FAILED);
    assertThat(s.verdict().message() + " " + s.verdict().residual()).as(claim).contains(why);
  }

  private static void proved(String declarations, String claim) {
    assertThat(claim(declarations, claim).status()).as(claim).isEqualTo(Status.PROVED);
  }

  /** The file is refused with a {@code hidden-declaration} error that names the definition. */
  private static void hides(String text, String definition) {
    FileResult r = check(text, LIMIT);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("hidden-declaration");
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("hides the declared") && m.contains(definition + "'s definition"));
  }

  // ---- the kernel operations themselves ---------------------------------------------------------------------------

  @Test
  void substitutionSeesThroughADefinitionUnderABinderThatMustBeRenamed() {
    Var x = new Var(1, "x", Sort.SCALAR);
    Var u = new Var(2, "u", Sort.SCALAR);
    Var y = new Var(3, "y", Sort.SCALAR);
    Context ctx = Context.empty().with(x).with(u).withDefinition(new Definition(y, java.util.List.of(),
        Terms.times(x, u)));
    Term integral = new Integral(java.util.List.of(x), y); // int(x, y) with y := x*u, a function of x
    Term substituted = Terms.substitute(integral, java.util.Map.of(u, x), ctx);
    Var z = new Var(-999, "z", Sort.SCALAR);
    assertThat(Terms.alphaEquivalent(substituted, new Integral(java.util.List.of(z), Terms.times(z, x)))).isTrue();
    assertThat(Terms.freeVars(substituted)).containsExactly(x);
  }

  @Test
  void alphaEquivalenceWithDefinitionsComparesUnfolded() {
    Var x = new Var(1, "x", Sort.SCALAR);
    Var w = new Var(2, "w", Sort.SCALAR);
    Var y = new Var(3, "y", Sort.SCALAR);
    Context ctx = Context.empty().with(x).with(w).withDefinition(new Definition(y, java.util.List.of(),
        Terms.exp(Terms.neg(Terms.pow(x, Terms.num(2))))));
    Term overX = new Integral(java.util.List.of(x), y);
    Term overW = new Integral(java.util.List.of(w), y);
    assertThat(Terms.alphaEquivalent(overX, overW)).as("as written").isTrue();
    assertThat(Terms.alphaEquivalent(overX, overW, ctx)).as("with y unfolded").isFalse();
  }

  // ---- the five examples of the issue -------------------------------------------------------------------------

  @Test
  void mergingBindersDoesNotCaptureAFreeVariable() {
    rejected("let x, w : real", "int(x, exp(-2*x^2)) = int(w, exp(-x^2 - w^2))", "int(w in R, exp(-x^2 - w^2))");
  }

  @Test
  void siftSubstitutesIntoDefinitionsThatUseTheVariable() {
    // sift puts a into y's x: exp(-a^2), which is not y = exp(-x^2) (a bound x would have captured y's)
    rejected("let x, a : real\ndef y := exp(-x^2)", "int(x, δ(x - a)*y) = y by sift", "the sides differ at");
  }

  @Test
  void aDefinedNameIsUnfoldedBeforeDifferentiating() {
    rejected("let x : real\ndef y := x*int(u in R, exp(-u^2))", "diff(y, x) = 0", "int(u in R, exp(-u^2))");
  }

  @Test
  void alphaEquivalenceSeesDefinitionsThatMentionTheBoundVariable() {
    rejected("let x, w : real\ndef y := exp(-x^2)", "int(x, y) = int(w, y)", "int(w in R, exp(-x^2))");
  }

  @Test
  void anIntegralOverAPositiveDeclaredVariableRangesOverR() {
    rejected("let x : positive\ndef I := int(x, x*exp(-(x + 1)^2))", "abs(I) = I",
        "|int(x in R, x*exp(-(x + 1)^2))|");
  }

  // ---- every binder kind ----------------------------------------------------------------------------------------

  @Test
  void mergingIntegralsOverR3AndNewVariables() {
    rejected("let x, w : R^3", "int(x, exp(-2*|x|^2)) = int(w, exp(-|x|^2 - |w|^2))", "int(w in R^3");
    rejected("let x : real", "int(x in R, exp(-2*x^2)) = int(w in R, exp(-x^2 - w^2))", "int(w in R");
  }

  @Test
  void derivativesThroughChainsOfDefinitions() {
    rejected("let x : real\ndef y := x^2\ndef z := 3*y", "diff(z, x) = 0", "6*x");
    rejected("let x : real\ndef f(u : R) := u*x", "diff(f(2), x) = 0", "2");
  }

  // ---- rules that build binders -----------------------------------------------------------------------------------

  @Test
  void siftOverAFamilyWithADefinitionOfTheFamily() {
    rejected("""
        let N : natural
        let x[1..N] : R^3
        let f : R^3 -> R
        let y : R^3
        let k : integer, k >= 1, k <= N
        def g := |x[1]|^2""",
        "int(x, δ(x[k] - y)*prod(j=1..N, f(x[j]))*g) = f(y)*prod(j=1..N, j != k, int(z in R^3, f(z)))*g by sift",
        "|x[1]|^2");
  }

  @Test
  void linearityKeepsADefinitionOfTheVariableInside() {
    rejected("let x : real\ndef y := x^2", "int(x, y*exp(-x^2)) = y*int(x, exp(-x^2)) by linearity",
        "int(x in R, x^2*exp(-x^2))");
  }

  @Test
  void gaussianSeesThroughADefinitionOfTheExponent() {
    rejected("let x : real\nlet b : positive\ndef y := x^2 + b", "int(x, exp(-y)) = sqrt(pi/b) by gaussian",
        "int(x in R, exp(-(x^2 + b)))");
  }

  @Test
  void factsAboutAPositiveVariableDoNotHoldUnderItsIntegral() {
    StepResult s = step(check(derivation("let x : positive", "claim a: abs(x) = x",
        "claim c: int(x, abs(x)*exp(-x^2)) = int(x, x*exp(-x^2)) by a"), LIMIT), "c");
    assertThat(s.status()).isIn(Status.UNKNOWN, Status.FAILED);
    assertThat(s.verdict().message()).contains("does not turn one side into the other");
  }

  @Test
  void instanceOfALawAtAValueThatNamesTheBoundVariable() {
    StepResult s = step(check(derivation("let x : real",
        "postulate law(u : R): int(x in R, exp(-(x - u)^2)) = sqrt(pi)",
        "claim c: int(x in R, exp(-(x - x)^2)) = sqrt(pi) from law[u := x]"), LIMIT), "c");
    assertThat(s.status()).isIn(Status.UNKNOWN, Status.FAILED);
    assertThat(s.verdict().message()).contains("is not law[u := x]");
  }

  @Test
  void aPatternVariableCannotTakeADefinitionOfTheBoundVariable() {
    // y := x^2 is free in int(w, y*g(w)); under int(x, …) it would be a function of the bound x
    StepResult s = step(check(derivation("let x, w, Y : real\nlet g : R -> R\ndef y := x^2",
        "claim swap: int(x, Y*g(x)) = int(x, g(x)*Y)", "claim c: int(w, y*g(w)) = int(x, g(x)*y) by swap"), LIMIT),
        "c");
    assertThat(s.status()).isIn(Status.UNKNOWN, Status.FAILED);
    assertThat(s.verdict().message()).contains("does not turn one side into the other");
  }

  // ---- lexical scoping: a binder may not hide a declared name a definition uses ------------------------------

  @Test
  void aNewIntegrationVariableMayNotHideWhatADefinitionUses() {
    hides(derivation("let x : real\ndef y := exp(-x^2)", "claim c: int(x in R, y) = sqrt(pi)"), "y");
    hides(derivation("let x : real\ndef y := exp(-x^2)\ndef z := 2*y", "claim c: int(x in R, z) = 1"), "z");
  }

  @Test
  void aSumIndexMayNotHideWhatADefinitionUses() {
    hides(derivation("let j : integer\nlet N : natural\ndef y := j^2", "claim c: sum(j=1..N, y) = N*j^2"), "y");
    hides(derivation("let j, k : integer\nlet N : natural\ndef y := j^2",
        "claim c: prod(j=1..N, j != k, y) = 1"), "y");
  }

  @Test
  void parametersMayNotHideWhatADefinitionUses() {
    hides(derivation("let x : real\ndef y := exp(-x^2)\ndef f(x : R) := x*y"), "y");
    hides(derivation("let x : real\ndef y := exp(-x^2)\npostulate law(x : R): y = 1"), "y");
  }

  @Test
  void theErrorPointsAtTheBinder() {
    FileResult r = check(derivation("let x : real\ndef y := exp(-x^2)", "claim c: int(x in R, y) = 1"), LIMIT);
    Diagnostic d = r.diagnostics().stream().filter(x -> x.code().equals("hidden-declaration")).findFirst()
        .orElseThrow();
    assertThat(d.message()).contains("give the bound variable another name");
    assertThat(d.span().line()).isEqualTo(4);
  }

  @Test
  void aBuiltInNameCannotBeBound() {
    FileResult r = check(derivation("", "claim c: sum(pi=1..3, pi) = 3*pi"), LIMIT);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("reserved-binder");
    FileResult s = check(derivation("", "claim c: int(π in R, exp(-π^2)) = sqrt(pi)"), LIMIT);
    assertThat(s.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("cannot be a bound variable"));
  }

  // ---- controls: true statements with shadowed names stay proved -----------------------------------------------

  @Test
  void shadowingWithoutDefinitionsIsAllowed() {
    proved("let x : positive", "int(x in R, exp(-x^2)) = sqrt(pi) by gaussian");
    proved("let j : integer\nlet N : natural", "sum(j=1..N, 2) = 2*N");
    proved("let N : natural", "sum(j=1..N, sum(j=1..2, j)) = 3*N");
  }

  @Test
  void definitionsOfTheIntegrationVariableAreFunctionsOfIt() {
    proved("let x, a : real\ndef y := exp(-x^2)", "int(x, δ(x - a)*y) = exp(-a^2) by sift");
    proved("let x : real\ndef y := x^2", "diff(y, x) = 2*x");
  }

  @Test
  void renamedBindersAroundAnIndependentDefinitionAreEqual() {
    proved("let x : real\ndef y := exp(-x^2)", "int(u in R, y*exp(-u^2)) = int(v in R, y*exp(-v^2))");
  }
}

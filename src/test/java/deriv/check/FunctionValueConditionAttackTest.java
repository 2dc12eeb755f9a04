package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a function's declared codomain ({@code let p : R -> positive}) is a fact, and points are chosen to satisfy
 * conditions on function values and on definite integrals. Each false claim is rejected, and the test says why; the
 * true ones are proved.
 */
class FunctionValueConditionAttackTest {
  private static StepResult only(String text, String name) {
    FileResult r = check(text);
    assertThat(r.diagnostics()).as("diagnostics").isEmpty();
    return step(r, name);
  }

  private static void rejected(StepResult s, Status status, String why) {
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(status);
    assertThat(s.verdict().message()).contains(why);
  }

  private static void notProved(StepResult s, String why) {
    assertThat(s.status()).as(s.verdict().message()).isNotIn(Status.PROVED, Status.TESTED);
    assertThat(s.verdict().message()).contains(why);
  }

  private static void proved(StepResult s) {
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(Status.PROVED);
  }

  // ---- a codomain is a fact, of its function only ------------------------------------------------------------------

  @Test
  void aPositiveCodomainSaysNothingOfAnotherFunction() {
    rejected(only("""
        derivation d
          let f : R -> positive
          let g : R -> R
          let t : real
          claim a: abs(f(t)) = f(t)
          claim b: abs(g(t)) = g(t)
          goal abs(g(t)) = g(t)
        """, "b"), Status.FAILED, "the sides differ at");
  }

  @Test
  void positiveIsNotAtLeastOne() {
    // the models of a positive function are e^m: they take values below 1 too
    rejected(only("""
        derivation d
          let f : R -> positive
          let t : real
          claim c: abs(f(t) - 1) = f(t) - 1
          goal abs(f(t) - 1) = f(t) - 1
        """, "c"), Status.FAILED, "the sides differ at");
  }

  @Test
  void aNonnegativeFunctionMayVanish() {
    notProved(only("""
        derivation d
          let f : R -> nonnegative
          let t : real
          claim c: f(t)/f(t) = 1
          goal f(t)/f(t) = 1
        """, "c"), "f(t) ≠ 0");
  }

  @Test
  void aCodomainOfAFunctionOfAVectorOrOfTwoArguments() {
    FileResult r = check("""
        derivation d
          let h : R^3 -> positive
          let k : (R, R) -> negative
          let v : R^3
          let t, s : real
          claim a: abs(h(v)) = h(v)
          claim b: abs(h(v) - 1) = h(v) - 1
          claim c: abs(k(t, s)) = -k(t, s)
          claim e: abs(k(t, s)) = k(t, s)
          goal abs(k(t, s)) = -k(t, s)
        """);
    assertThat(r.diagnostics()).isEmpty();
    proved(step(r, "a"));
    rejected(step(r, "b"), Status.FAILED, "the sides differ at");
    proved(step(r, "c"));
    rejected(step(r, "e"), Status.FAILED, "the sides differ at");
  }

  @Test
  void aPostulateAgainstTheCodomainIsRefuted() {
    rejected(only("""
        derivation d
          let p : R -> positive
          postulate bad: p(0) = -1
          goal p(0) = -1
        """, "bad"), Status.FAILED, "refuted postulate");
  }

  @Test
  void aConditionAgainstTheCodomainIsAContradiction() {
    FileResult r = check("""
        derivation d
          let p : R -> positive
          assume p(1) < 0
          claim c: abs(p(1)) = -p(1)
          goal abs(p(1)) = -p(1)
        """);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("contradictory-conditions");
    assertThat(d.message()).contains("every value of p is > 0").contains("p(1) < 0");
  }

  @Test
  void anIntegerCodomainIsRefused() {
    FileResult r = check("""
        derivation d
          let p : R -> integer
          let t : real
          claim c: p(t) = p(t)
          goal p(t) = p(t)
        """);
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("a function's values must be"));
  }

  // ---- contradictory conditions on function values: no ex falso ---------------------------------------------------

  @Test
  void contradictoryConditionsOnAFunctionValueProveNothing() {
    String text = """
        derivation d
          let p : R -> R
          assume p(1) > 0, p(1) < 0
          claim a: abs(p(1)) = p(1)
          claim b: abs(p(1)) = -p(1)
          goal abs(p(1)) = p(1)
        """;
    FileResult r = check(text);
    for (String name : new String[] {"a", "b"}) {
      StepResult s = step(r, name);
      assertThat(s.status()).as(s.verdict().message()).isNotIn(Status.PROVED, Status.TESTED);
      assertThat(s.verdict().message()).containsAnyOf("no admissible point", "no point satisfying");
    }
  }

  @Test
  void aConditionOnAnIntegralIsJudgedOnlyWhereItCanBe() {
    // ∫_0^a f > 0 for a positive f: the condition is false, and nothing may follow from it
    rejected(only("""
        derivation d
          let f : R -> positive
          let a : positive
          assume int(x in 0..a, f(x)) < 0
          claim c: abs(a) = a
          goal abs(a) = a
        """, "c"), Status.UNKNOWN, "no point satisfying all the declared conditions");
  }

  @Test
  void anIntegralAtomIsNotGivenAValueThatIgnoresItsIntegrand() {
    // the integral of a positive function is not its own negative; its value is never a generic number in a test
    notProved(only("""
        derivation d
          let f : R -> positive
          claim c: int(x in 0..1, f(x)) = -int(x in 0..1, f(x))
          goal int(x in 0..1, f(x)) = -int(x in 0..1, f(x))
        """, "c"), "cannot evaluate");
    notProved(only("""
        derivation d
          let c : real, c = int(x in 0..1, x^2)
          assume c < 0
          claim e: abs(c) = -c
          goal abs(c) = -c
        """, "e"), "not");
  }

  // ---- the two pending holes: their false neighbours ---------------------------------------------------------------

  @Test
  void anIntegerWithARealValueIsStillOnlyAnInteger() {
    rejected(only("""
        derivation d
          let r : real
          let n : integer, n = r
          claim c: (-1)^n = 1
          goal (-1)^n = 1
        """, "c"), Status.FAILED, "the sides differ at");
  }

  @Test
  void aBodyUndefinedOnPartOfTheIntervalIsNotDefined() {
    notProved(only("""
        derivation d
          claim c: int(x in -1..1, 0^x) = 0 by ftc(0)
          goal int(x in -1..1, 0^x) = 0
        """, "c"), "0 > 0");
  }

  // ---- true claims ------------------------------------------------------------------------------------------------

  @Test
  void aPositiveCodomainProvesWhatPositivityGives() {
    FileResult r = check("""
        derivation d
          let f : R -> positive
          let t, s : real
          claim a: abs(f(t)) = f(t)
          claim b: f(t)/f(t) = 1
          claim c: ln(f(t)*f(s)) = ln(f(t)) + ln(f(s))
          claim e: sqrt(f(t)^2) = f(t)
          goal abs(f(t)) = f(t)
        """);
    assertThat(r.diagnostics()).isEmpty();
    for (String name : new String[] {"a", "b", "c", "e"}) {
      proved(step(r, name));
    }
  }

  @Test
  void conditionsOnFunctionValuesLeaveAdmissiblePoints() {
    FileResult r = check("""
        derivation d
          let L : positive
          let T : positive
          let p : R -> R
          let v_g, v_l : R -> R
          assume p(T) > 0, v_g(T) > v_l(T), v_l(T) > 0
          claim a: L/(T*T) = L/T^2
          goal L/(T*T) = L/T^2
        """);
    proved(step(r, "a"));
  }

  @Test
  void definiteIntegralsWithEqualIntegrandsUnderOrderedBounds() {
    proved(only("""
        derivation d
          let L : positive
          let T_1, T_2 : positive
          assume T_1 <= T_2
          claim a: int(T in T_1..T_2, L/T^2) = int(T in T_1..T_2, L/(T*T))
          goal int(T in T_1..T_2, L/T^2) = int(T in T_1..T_2, L/(T*T))
        """, "a"));
  }
}

package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Kernel;
import deriv.kernel.Limits;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.kernel.Verdict;
import deriv.syntax.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions that are equations ({@code let x : real, x = e}) used to make false claims proved: contradictory
 * conditions, an equation misused, cycles, family members, binders that rebind the name, imports. Each is rejected,
 * and the test says why.
 */
class EquationConditionAttackTest {
  private static Diagnostic onlyError(FileResult r) {
    assertThat(r.diagnostics()).as("diagnostics").hasSize(1);
    return r.diagnostics().get(0);
  }

  private static void refused(String text, String code, String reason) {
    Diagnostic d = onlyError(check(text));
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.message()).contains(reason);
  }

  @Test
  void aValueOutsideTheDeclaredSignIsAContradiction() {
    refused("""
        derivation d
          let x : positive, x = -1
          claim e: x = 1
          goal x = 1
        """, "contradictory-conditions", "conditions contradict: x = -1 but x > 0");
  }

  @Test
  void aConditionDeclaredAfterTheValueIsJudgedToo() {
    refused("""
        derivation d
          let x : real, x = -1
          assume x >= 0
          claim e: x = 1
          goal x = 1
        """, "contradictory-conditions", "x = -1 but x >= 0");
  }

  @Test
  void aNonIntegerValueOfAnIntegerIsAContradiction() {
    refused("""
        derivation d
          let n : integer, n = 1/2
          claim e: n = 1
          goal n = 1
        """, "contradictory-conditions", "n = 1/2 but n is an integer");
  }

  @Test
  void aValueWhoseSignContradictsTheDeclarationIsAContradiction() {
    refused("""
        derivation d
          let y : real
          let x : positive, x = -y^2
          claim e: x = 1
          goal x = 1
        """, "contradictory-conditions", "x = -y^2 but x > 0");
  }

  @Test
  void theKernelDecidesNothingUnderContradictoryConditions() {
    Var x = new Var(1, "x", Sort.SCALAR);
    Var y = new Var(2, "y", Sort.SCALAR);
    Context ctx = Context.empty().with(x, new Condition(Condition.Relation.GREATER, x, Terms.num(0))).with(y)
        .withDefinition(new Definition(x, List.of(), Terms.num(-1)));
    Verdict v = Kernel.checkLink(Terms.abs(y), y, "algebra", List.of(), List.of(), ctx, Limits.DEFAULT);
    assertThat(v.status()).isEqualTo(Status.UNKNOWN);
    assertThat(v.message()).contains("conditions contradict each other (x = -1 but x > 0)");
  }

  @Test
  void aSquareIsNeverNegative() {
    FileResult r = check("""
        derivation d
          let y : real
          let x : real, x = y^2
          claim abs_neg: abs(x) = -x
          claim root: sqrt(x^2) = -x
          goal sqrt(x^2) = -x
        """);
    assertThat(step(r, "abs_neg").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "abs_neg").verdict().message()).contains("the sides differ");
    assertThat(step(r, "root").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "root").verdict().message()).contains("the sides differ");
  }

  @Test
  void anIntegerThatIsTwiceARealIsNotEven() {
    FileResult r = check("""
        derivation d
          let k : real
          let n : integer, n = 2*k
          claim e: (-1)^n = 1
          goal (-1)^n = 1
        """);
    assertThat(step(r, "e").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "e").verdict().message()).contains("false");
  }

  @Test
  void cyclicEquationsAreRefused() {
    refused("""
        derivation d
          let x, y : real
          assume x = y + 1, y = x - 1
          claim e: x = y + 1
          goal x = y + 1
        """, "cyclic-equation", "write `name = expression`");
    refused("""
        derivation d
          let x : real, x = x + 1
          claim e: 0 = 1
          goal 0 = 1
        """, "cyclic-equation", "the value mentions x");
  }

  @Test
  void anEquationThatIsNotNameEqualsExpressionIsRefused() {
    refused("""
        derivation d
          let a, b : real
          assume a*b = 1
          claim e: a*b = 1
          goal a*b = 1
        """, "bad-equation", "write `name = expression`");
  }

  @Test
  void aFamilyAndItsMembersGetNoValue() {
    refused("""
        derivation d
          let N : natural
          let x[1..N] : real
          assume x[1] = 2
          claim e: x[1] = 2
          goal x[1] = 2
        """, "bad-equation", "member of a family");
    refused("""
        derivation d
          let N : natural
          let x[1..N] : real
          assume x = 2
          claim e: x[1] = 2
          goal x[1] = 2
        """, "bad-equation", "'x' is a family");
  }

  @Test
  void aFunctionOrADefinitionGetsNoValue() {
    refused("""
        derivation d
          let f : R -> R
          assume f = 2
          claim e: f(1) = 2
          goal f(1) = 2
        """, "bad-equation", "'f' is a function");
    refused("""
        derivation d
          let x : real
          def d := x + 1
          assume d = 5
          claim e: x = 4
          goal x = 4
        """, "bad-equation", "'d' has a value already");
    refused("""
        derivation d
          let x : real, x = 1, x = 2
          claim e: 1 = 2
          goal 1 = 2
        """, "bad-equation", "'x' has a value already");
  }

  @Test
  void theValueDoesNotLeakUnderABinderThatRebindsTheName() {
    FileResult r = check("""
        derivation d
          let x : real, x = 2
          claim s: sum(x=1..2, x) = 4
          goal sum(x=1..2, x) = 4
        """);
    assertThat(step(r, "s").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "s").verdict().message()).contains("false");
    refused("""
        derivation d
          let x : real, x = 2
          claim e: int(x, exp(-x^2)) = 0
          goal x = 2
        """, "bad-integration-variable", "'x' has a value");
  }

  @Test
  void aValueThatMentionsAnIntegratedVariableIsNotAFunctionOfIt() {
    refused("""
        derivation d
          let x : real
          let y : real, y = x
          claim e: int(x, exp(-y^2)) = sqrt(π)
          goal y = x
        """, "value-under-binder", "'y' has the value x, a fixed number, but here x varies");
    refused("""
        derivation d
          let x : real
          let y : real, y = x
          def g := exp(-y^2)
          claim e: diff(g, x) = -2*x*exp(-x^2)
          goal y = x
        """, "value-under-binder", "'y' has the value x");
  }

  @Test
  void aPostulateThatContradictsAValueFails() {
    FileResult r = check("""
        derivation d
          let x : real, x = 2
          postulate q: x = 3
          claim c: 2 = 3 from q
          goal 2 = 3
        """);
    assertThat(step(r, "q").status()).isEqualTo(Status.FAILED);
    assertThat(step(r, "q").verdict().message()).contains("closed and false");
    assertThat(r.derivations().get(0).goal().reached()).isFalse();
  }

  @Test
  void aValueGivenAfterTheNameWasBoundIsRefused() {
    refused("""
        derivation d
          let x : real
          def g := int(x, exp(-x^2))
          assume x = 2
          claim e: g = int(y in R, exp(-4))
          goal g = int(y in R, exp(-4))
        """, "bad-equation", "'x' is used before this equation gives it a value");
  }

  @Test
  void aDimensionMismatchInTheEquationIsAnError() {
    refused("""
        derivation d
          let z_0 : real [m], z_0 = 1
          claim e: z_0 = z_0
          goal z_0 = z_0
        """, "dimension", "dimension mismatch");
  }

  @Test
  void anImportedResultThatUsedAValueNeedsTheSameValueHere() {
    String source = """
        derivation base
          let x : real, x = 2
          claim c: x = 2
          goal x = 2
        """;
    String user = """
        derivation user
          let x : real
          import c from "base.deriv"
          claim d: x = 2 from c
          goal x = 2
        """;
    FileResult r = checkFiles(Map.of("base.deriv", source, "user.deriv", user), "user.deriv");
    Diagnostic d = onlyError(r);
    assertThat(d.code()).isEqualTo("import");
    assertThat(d.message()).contains("'x' is a definition there but not here");
    String same = user.replace("let x : real", "let x : real, x = 2");
    FileResult ok = checkFiles(Map.of("base.deriv", source, "user.deriv", same), "user.deriv");
    assertThat(ok.diagnostics()).isEmpty();
    assertThat(step(ok, "d").status()).isEqualTo(Status.PROVED);
  }

  private static FileResult checkFiles(Map<String, String> files, String path) {
    Checker checker = new Checker(Options.DEFAULT, p -> {
      String text = files.get(p);
      if (text == null) {
        throw new IOException("no such file");
      }
      return text;
    });
    return checker.checkText(path, files.get(path));
  }
}

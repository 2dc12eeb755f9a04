package deriv.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scope of a link's rule arguments: the variables of the definite integrals in the link's sides, and (when a name
 * is still not in scope) the variable of the one definite integral of that name in the definitions the link uses.
 */
class RuleArgumentScopeTest {
  private static Resolved resolve(String body) {
    Parsing.Result parsed = Parsing.parse("t.deriv", "derivation t\n" + body + "\n");
    assertThat(parsed.diagnostics()).as("syntax").isEmpty();
    return Resolver.resolve(parsed.file().derivations().get(0));
  }

  /** The variable of the first definite integral in the body of the definition {@code name}. */
  private static Var integralVariableOf(Resolved r, String name) {
    Resolved.Assumption def = r.items().stream().filter(i -> i instanceof Resolved.Assumption a
        && a.name().equals(name)).map(Resolved.Assumption.class::cast).findFirst().orElseThrow();
    return firstIntegral(def.rhs()).var();
  }

  private static DefiniteIntegral firstIntegral(Term t) {
    if (t instanceof DefiniteIntegral d) {
      return d;
    }
    return Terms.children(t).stream().map(RuleArgumentScopeTest::firstIntegral).filter(d -> d != null).findFirst()
        .orElse(null);
  }

  private static Term firstRuleArgument(Resolved r, String claim) {
    Resolved.ClaimItem c = r.items().stream().filter(i -> i instanceof Resolved.ClaimItem ci
        && ci.name().equals(claim)).map(Resolved.ClaimItem.class::cast).findFirst().orElseThrow();
    return c.links().get(0).rule().args().get(0);
  }

  @Test
  void aRuleArgumentNamesTheVariableOfTheIntegralHiddenInADefinition() {
    Resolved r = resolve("""
        let a : positive
        def Z := int(φ in 0..2*π, exp(a))
        claim z: Z = 2*π*exp(a) by ftc(φ*exp(a))
        goal Z = 2*π*exp(a)""");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(Terms.freeVars(firstRuleArgument(r, "z"))).contains(integralVariableOf(r, "Z"));
  }

  @Test
  void throughDefinitionsOfDefinitionsAndFunctionDefinitions() {
    Resolved r = resolve("""
        let a : positive
        def W := int(φ in 0..2*π, exp(a))
        def Z := 3*W
        def f(b) := int(s in 0..b, a)
        claim z: Z = 6*π*exp(a) by ftc(φ*exp(a))
        claim y: f(1) = a by ftc(s*a)
        goal Z = 6*π*exp(a)""");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(Terms.freeVars(firstRuleArgument(r, "z"))).contains(integralVariableOf(r, "W"));
    assertThat(Terms.freeVars(firstRuleArgument(r, "y"))).contains(integralVariableOf(r, "f"));
  }

  @Test
  void anIntegralWrittenInTheLinkAndADeclaredNameComeFirst() {
    Resolved r = resolve("""
        let a : positive
        let φ : real
        def Z := int(θ in 0..2*π, exp(a))
        def Y := int(φ in 0..1, a)
        claim z: Z = int(θ in 0..2*π, exp(a)) by ftc(θ*exp(a))
        claim y: Y = a by ftc(φ*a)
        goal Z = 2*π*exp(a)""");
    assertThat(r.diagnostics()).isEmpty();
    Var written = firstIntegral(((Resolved.ClaimItem) r.items().stream().filter(i -> i instanceof Resolved.ClaimItem)
        .findFirst().orElseThrow()).links().get(0).rhs()).var();
    assertThat(Terms.freeVars(firstRuleArgument(r, "z"))).contains(written)
        .doesNotContain(integralVariableOf(r, "Z"));
    // the declared φ is in scope at the link: the hidden integral's φ is not looked for
    assertThat(Terms.freeVars(firstRuleArgument(r, "y"))).doesNotContain(integralVariableOf(r, "Y"));
  }

  @Test
  void severalIntegralsOfThatNameAreAnErrorAtTheName() {
    Resolved r = resolve("""
        let a : positive
        def A := int(φ in 0..1, a)
        def B := int(φ in 0..2, a)
        claim z: A + B = 3*a by ftc(φ*a)
        goal A + B = 3*a""");
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("ambiguous-integral-variable");
    assertThat(d.message()).contains("'φ' is the variable of several definite integrals (2)")
        .contains("write the integral meant in the link");
    assertThat(List.of(d.span().line(), d.span().column())).containsExactly(5, 29);
  }

  @Test
  void noIntegralOfThatNameIsAnUnknownNameThatSaysSo() {
    Resolved r = resolve("""
        let a : positive
        def Z := int(φ in 0..2*π, exp(a))
        claim z: Z = 2*π*exp(a) by ftc(ψ*exp(a)*ψ)
        goal Z = 2*π*exp(a)""");
    assertThat(r.diagnostics()).hasSize(1); // once, however often the argument names it
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("unknown-name");
    assertThat(d.message()).contains("'ψ' is the variable of no definite integral in this link or in the "
        + "definitions it uses (their variables: φ)").endsWith("(1 more use of 'ψ' below, not reported again)");
    assertThat(List.of(d.span().line(), d.span().column())).containsExactly(4, 32);
  }

  @Test
  void withoutAnyDefiniteIntegralAnUnknownNameIsJustUnknown() {
    Resolved r = resolve("""
        let a : positive
        def Z := 2*a
        claim z: Z = 2*a by ftc(ψ)
        goal Z = 2*a""");
    assertThat(r.diagnostics()).extracting(Diagnostic::message)
        .containsExactly("unknown name 'ψ': declare it first, e.g. `let ψ : real`");
  }

  @Test
  void theBoundVariableIsNotVisibleOutsideTheRuleArgument() {
    Resolved r = resolve("""
        let a : positive
        def Z := int(φ in 0..2*π, exp(a))
        claim z: Z = 2*π*exp(a) by ftc(φ*exp(a))
        goal Z = φ""");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-name");
    assertThat(r.diagnostics().get(0).span().line()).isEqualTo(5);
  }
}

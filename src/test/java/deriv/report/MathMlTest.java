package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** MathML from the shared printer walk: the same decisions as the LaTeX, spelled as MathML Core. */
class MathMlTest {
  private static String mathMl(String expression) {
    return MathMl.render(MathPrinter.exprNode(Exprs.parse(expression)));
  }

  @Test
  void fractionsInDisplayAndSlashesInExponents() {
    assertThat(Exprs.tex("a/b")).isEqualTo("\\frac{a}{b}");
    assertThat(mathMl("a/b")).isEqualTo("<mfrac><mi>a</mi><mi>b</mi></mfrac>");
    assertThat(mathMl("exp(a/b)")).isEqualTo("<msup><mi>e</mi><mrow><mi>a</mi><mo>/</mo><mi>b</mi></mrow></msup>");
  }

  @Test
  void bracketsOnlyWherePrecedenceNeedsThem() {
    assertThat(mathMl("(a + b)*c")).isEqualTo("<mrow><mrow><mo stretchy=\"false\">(</mo><mrow><mi>a</mi><mo>+</mo>"
        + "<mi>b</mi></mrow><mo stretchy=\"false\">)</mo></mrow><mo>\u2062</mo><mi>c</mi></mrow>");
    assertThat(mathMl("a + (b*c)")).doesNotContain("(");
    assertThat(mathMl("a - (b - c)")).contains("<mo>\u2212</mo><mrow><mo stretchy=\"false\">(</mo>");
  }

  @Test
  void symbolsWithSubscriptsAndGreek() {
    assertThat(mathMl("k_B")).isEqualTo("<msub><mi>k</mi><mi mathvariant=\"normal\">B</mi></msub>");
    assertThat(mathMl("beta")).isEqualTo("<mi>β</mi>");
    assertThat(mathMl("n_1^2")).isEqualTo("<msubsup><mi>n</mi><mn>1</mn><mn>2</mn></msubsup>");
  }

  @Test
  void bigOperatorsCarryTheirLimits() {
    String sum = mathMl("sum(j=1..N, j != k, x[j])");
    assertThat(Exprs.tex("sum(j=1..N, j != k, x[j])")).isEqualTo("\\sum_{\\substack{j=1\\\\ j\\neq k}}^{N} x_{j}");
    assertThat(sum).startsWith("<mrow><munderover><mo largeop=\"true\">∑</mo><mtable><mtr><mtd>")
        .contains("<mo>≠</mo>", "<msub><mi>x</mi><mi>j</mi></msub>");
    assertThat(mathMl("sqrt(a)")).isEqualTo("<msqrt><mi>a</mi></msqrt>");
    // a definite integral: ∫ with its bounds as scripts (as printed ∫ carries them), then the body and dx
    assertThat(mathMl("int(x in -1..1, exp(a*x))")).startsWith("<mrow><msubsup><mo largeop=\"true\">∫</mo><mrow>"
        + "<mo>−</mo><mn>1</mn></mrow><mn>1</mn></msubsup>").endsWith("<mi mathvariant=\"normal\">d</mi><mi>x</mi>"
        + "</mrow></mrow>");
  }

  @Test
  void textIsEscaped() {
    assertThat(MathMl.render(MathNode.op("<", "<&\""))).isEqualTo("<mo>&lt;&amp;&quot;</mo>");
    assertThat(MathMl.render(new MathNode.Ident("x", "<script>", true))).isEqualTo("<mi>&lt;script&gt;</mi>");
  }
}

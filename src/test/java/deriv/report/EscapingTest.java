package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {
  @Test
  void hostileSourceReallyCarriesTheHostileTitle() {
    assertThat(Hostile.file().derivations().get(0).derivation().title()).isEqualTo(Hostile.TEXT);
  }

  @Test
  void latexEscapesEverySpecialCharacter() {
    assertThat(LatexText.escape("\\input{/etc/passwd} % _ & # $ { } ~ ^ <b>|"))
        .isEqualTo("\\textbackslash{}input\\{/etc/passwd\\} \\% \\_ \\& \\# \\$ \\{ \\} \\textasciitilde{} "
            + "\\textasciicircum{} \\textless{}b\\textgreater{}\\textbar{}");
  }

  @Test
  void latexTitleCannotRunCommands() {
    String tex = new LatexReport().write(Hostile.file());
    assertThat(tex).doesNotContain("\\input{", "\\write18{", "\\include");
    assertThat(tex).contains("\\title{\\textbackslash{}input\\{/etc/passwd\\} \\textbackslash{}write18\\{rm -rf /\\} "
        + "100\\% a\\_b \\& \\#1 \\$x\\$ \\{y\\} \\textasciitilde{}z \\textasciicircum{}w \\textbackslash{} "
        + "\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\textquotedbl{}q\\textquotedbl{}");
  }

  @Test
  void latexTextNeverFailsOnUnicode() {
    assertThat(LatexText.escape("β ≈ 2 Ω é 日")).isEqualTo("$\\beta$ $\\approx$ 2 $\\Omega$ é \\textsc{u+65e5}");
    assertThat(LatexText.escape("a\nb\u0007")).isEqualTo("a b");
  }

  @Test
  void markdownProseHasNoMarkupMathOrLiquid() {
    String md = new MarkdownReport().write(Hostile.file());
    String body = md.substring(md.indexOf("\n---\n") + 5);
    for (String line : body.split("\n")) {
      boolean math = line.startsWith("$$") || line.startsWith("  ") || line.startsWith("\\") || line.startsWith("| $$")
          || line.startsWith("Throughout");
      if (!math) {
        assertThat(line).as("prose line").doesNotContain("$", "<script", "{{", "{%", "\\(");
      }
    }
    assertThat(body).doesNotContain("<script").doesNotContain("{{").doesNotContain("{%");
    assertThat(md).doesNotContain("<script");
  }

  @Test
  void markdownEscapesHtmlMarkdownAndMathDelimiters() {
    assertThat(MarkdownText.escape("<b>&</b> *x* _y_ $z$ \\(w\\) [l](u) {{ a }}"))
        .isEqualTo("&lt;b&gt;&amp;&lt;/b&gt; \\*x\\* \\_y\\_ <span>&#36;</span>z<span>&#36;</span> "
            + "<span>&#92;</span>(w<span>&#92;</span>) \\[l\\](u) &#123;&#123; a &#125;&#125;");
    assertThat(MarkdownText.escape("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownText.escape("- not an item")).isEqualTo("\\- not an item");
  }

  @Test
  void yamlFrontMatterValuesAreQuoted() {
    assertThat(MarkdownText.yamlString("a \"b\" \\c: #d\n---")).isEqualTo("\"a \\\"b\\\" \\\\c: #d\\n---\"");
    String md = new MarkdownReport().write(Hostile.file());
    String frontMatter = md.substring(0, md.indexOf("\n---\n", 4));
    assertThat(frontMatter.split("\n")).hasSize(4).allSatisfy(line -> assertThat(line)
        .matches("---|layout: post|(title|description): \"([^\"\\\\]|\\\\.)*\""));
  }

  @Test
  void mathTextKeepsMathJaxFromReadingEscapes() {
    assertThat(MarkdownText.mathText("by ln_exp {x}")).isEqualTo("\\text{by ln}\\_\\text{exp }\\{\\text{x}\\}");
  }

  @Test
  void liquidDelimitersAreSplitInMath() {
    assertThat(MarkdownText.math("x^{{a}_{b}}")).isEqualTo("x^{ {a}_{b}}");
  }
}

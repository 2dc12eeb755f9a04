package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MathPrinterTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // symbols: upright labels, italic indices, Greek by glyph or by name, primes
        Arguments.of("k_B", "k_{\\mathrm{B}}"),
        Arguments.of("n_1", "n_{1}"),
        Arguments.of("n₁", "n_{1}"),
        Arguments.of("T_eff", "T_{\\mathrm{eff}}"),
        Arguments.of("ψ_k", "\\psi_{k}"),
        Arguments.of("β", "\\beta"),
        Arguments.of("beta", "\\beta"),
        Arguments.of("Δ", "\\Delta"),
        Arguments.of("rho0", "\\rho_{0}"),
        Arguments.of("x'", "x'"),
        Arguments.of("x_1'^2", "{x'_{1}}^{2}"),
        Arguments.of("x[j]", "x_{j}"),
        // operators and minimal brackets
        Arguments.of("a/b", "\\frac{a}{b}"),
        Arguments.of("1/(k_B*T)", "\\frac{1}{k_{\\mathrm{B}} T}"),
        Arguments.of("4*a*c", "4 a c"),
        Arguments.of("2*3", "2 \\cdot 3"),
        Arguments.of("x*2", "x \\cdot 2"),
        Arguments.of("2*π*r", "2 \\pi r"),
        Arguments.of("a + (b + c)", "a + b + c"),
        Arguments.of("a - (b - c)", "a - (b - c)"),
        Arguments.of("a*(-b)", "a (-b)"),
        Arguments.of("-(a*b)", "-a b"),
        Arguments.of("(-a)^2", "(-a)^{2}"),
        Arguments.of("-a^2", "-a^{2}"),
        Arguments.of("(a/b)^2", "\\left(\\frac{a}{b}\\right)^{2}"),
        Arguments.of("a^b^c", "a^{b^{c}}"),
        Arguments.of("(a^b)^c", "(a^{b})^{c}"),
        Arguments.of("x^(1/2)", "x^{1/2}"),
        Arguments.of("1.5e-3*x", "1.5 \\times 10^{-3} x"),
        Arguments.of("a*(x + b/(2*a))^2 - b^2/(4*a) + c",
            "a \\left(x + \\frac{b}{2 a}\\right)^{2} - \\frac{b^{2}}{4 a} + c"),
        Arguments.of("f(x)*g(x)", "f(x)\\, g(x)"),
        Arguments.of("sum(j=1..N, x[j])*y", "\\left(\\sum_{j=1}^{N} x_{j}\\right) y"),
        // functions and binders
        Arguments.of("ln(x)", "\\ln x"),
        Arguments.of("ln(n_1/n_2)", "\\ln\\left(\\frac{n_{1}}{n_{2}}\\right)"),
        Arguments.of("exp(x)", "e^{x}"),
        Arguments.of("exp(-β*q*V(y))", "e^{-\\beta q\\, V(y)}"),
        Arguments.of("exp(-(a+b+c+d+e+f+g+h+i+j)/(k_B*T))",
            "\\exp\\left(\\frac{-(a + b + c + d + e + f + g + h + i + j)}{k_{\\mathrm{B}} T}\\right)"),
        Arguments.of("sqrt(x^2+1)", "\\sqrt{x^{2} + 1}"),
        Arguments.of("|p|", "\\lvert p \\rvert"),
        Arguments.of("δ(x[k] - y)", "\\delta(x_{k} - y)"),
        Arguments.of("sum(j=1..N, |p[j]|^2/(2*m))", "\\sum_{j=1}^{N} \\frac{\\lvert p_{j} \\rvert^{2}}{2 m}"),
        Arguments.of("sum(j=1..N, j != k, x[j])", "\\sum_{\\substack{j=1\\\\ j\\neq k}}^{N} x_{j}"),
        Arguments.of("prod(j=1..N, x[j])", "\\prod_{j=1}^{N} x_{j}"),
        Arguments.of("int(y in R^3, exp(-β*q*V(y)))",
            "\\int_{\\mathbb{R}^{3}} e^{-\\beta q\\, V(y)} \\,\\mathrm{d}^{3} y"),
        Arguments.of("int(x, p, f(x,p))", "\\int f(x, p) \\,\\mathrm{d}x\\,\\mathrm{d}p"),
        Arguments.of("int(x in 0..1, x^2)", "\\int_{0}^{1} x^{2} \\,\\mathrm{d}x"),
        Arguments.of("∫(T in T_1..T_2, L/(R*T^2))",
            "\\int_{T_{1}}^{T_{2}} \\frac{L}{R T^{2}} \\,\\mathrm{d}T"),
        Arguments.of("diff(f, x)", "\\frac{\\partial f}{\\partial x}"),
        Arguments.of("diff(a*x^2 + b, x)", "\\frac{\\partial}{\\partial x} (a x^{2} + b)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsPublicationMath(String source, String latex) {
    assertThat(Exprs.tex(source)).isEqualTo(latex);
  }
}

package deriv.nernst;

import static deriv.nernst.Mutant.at;
import static deriv.nernst.Mutant.sides;

import java.util.List;

/** The mutants of nernst.deriv, each with the numeric value of both sides of the equation it breaks. */
final class NernstMutants {
  private NernstMutants() {}

  static final int N = NernstModel.N;

  static List<Mutant> all() {
    return List.of(
        at("1/Z dropped", "= 1/Z*prod(j=1..N, exp(-β*|p[j]|^2/(2*m))*exp(-β*q*V(x[j])))  by exp_sum", "= 1/Z*prod(", "= prod(",
            m -> sides(m.probability(), m.boltzmannProduct())),
        at("potential sign flipped in the product", "= 1/Z*prod(j=1..N, exp(-β*|p[j]|^2/(2*m))*exp(-β*q*V(x[j])))  by exp_sum", "*exp(-β*q*V(x[j])))", "*exp(β*q*V(x[j])))",
            m -> sides(m.probability(), flippedPotentialProduct(m) / m.z())),
        at("kinetic energy doubled", "= 1/Z*prod(j=1..N, exp(-β*|p[j]|^2/(2*m))*exp(-β*q*V(x[j])))  by exp_sum", "|p[j]|^2/(2*m)", "|p[j]|^2/m",
            m -> sides(m.probability(), doubledKineticProduct(m) / m.z())),
        at("Z = N*Z_1", "= Z_1^N", "Z_1^N", "N*Z_1",
            m -> sides(m.z(), N * m.z1())),
        at("Z_1 to the power N-1", "= Z_1^N", "Z_1^N", "Z_1^(N-1)",
            m -> sides(m.z(), Math.pow(m.z1(), N - 1))),
        at("product of Z_1 from 2", "= prod(j=1..N, Z_1)", "j=1..N", "j=2..N",
            m -> sides(m.z(), Math.pow(m.z1(), N - 1))),
        at("mass doubled in the factorised integral", "= prod(j=1..N, int(r in R^3", "|u|^2/(2*m)", "|u|^2/m",
            m -> sides(m.z(), Math.pow(m.gaussian(m.beta / m.m) * m.configurationIntegral(), N))),
        at("1/Z_1^N written 1/Z_1", "= 1/Z_1^N*prod", "1/Z_1^N*", "1/Z_1*",
            m -> sides(m.probability(), m.boltzmannProduct() / m.z1())),
        at("Z_1 dropped inside the product", "*exp(-β*q*V(x[j]))/Z_1)", "/Z_1)", ")",
            m -> sides(m.probability(), m.boltzmannProduct())),
        at("P = P_1^N read literally", "= prod(j=1..N, P_1", "prod(j=1..N, P_1(x[j], p[j]))", "P_1(x[1], p[1])^N",
            m -> sides(m.probability(), Math.pow(m.p1(m.x[0], m.p[0]), N))),
        at("Gaussian prefactor pi instead of 2 pi", "claim gaussian_integral", "(2*π*m/β)", "(π*m/β)",
            m -> sides(m.momentumIntegral(), Math.pow(Math.PI * m.m / m.beta, 1.5))),
        at("Gaussian power 1/2 instead of 3/2", "claim gaussian_integral", "^(3/2)", "^(1/2)",
            m -> sides(m.momentumIntegral(), Math.sqrt(2 * Math.PI * m.m / m.beta))),
        at("Gaussian with β in the numerator", "claim gaussian_integral", "(2*π*m/β)", "(2*π*m*β)",
            m -> sides(m.momentumIntegral(), Math.pow(2 * Math.PI * m.m * m.beta, 1.5))),
        at("Gaussian factor dropped from Z_1", "= (2*π*m/β)^(3/2)*int(z", "(2*π*m/β)^(3/2)*int(z", "int(z",
            m -> sides(m.z1(), m.configurationIntegral())),
        at("momentum integral squared in Z_1", "= int(u in R^3 [kg*m/s], exp(-β*|u|^2/(2*m)))*int(z", ")))*int(z", ")))^2*int(z",
            m -> sides(m.z1(), Math.pow(m.momentumIntegral(), 2) * m.configurationIntegral())),
        at("marginal at the wrong point", "exp(-β*q*V(y))/Z_1)", "V(y))/Z_1)", "V(x_1))/Z_1)",
            m -> sides(m.rho(m.y), m.rho(m.x1))),
        at("Boltzmann factor squared when taken out", "= exp(-β*q*V(y))/Z_1*int(u", "= exp(-β*q*V(y))/Z_1",
            "= exp(-β*q*V(y))^2/Z_1",
            m -> sides(m.rho(m.y), Math.pow(m.boltzmannFactor(m.y), 2) * m.momentumIntegral() / m.z1())),
        at("Z_1 dropped from the marginal", "exp(-β*q*V(y))/Z_1)  ", "exp(-β*q*V(y))/Z_1)", "exp(-β*q*V(y)))",
            m -> sides(m.rho(m.y), m.rho(m.y) * m.z1())),
        at("α inverted", "= α*exp(-β*q*V(y))", "= α*exp(-β*q*V(y))", "= exp(-β*q*V(y))/α",
            m -> sides(m.rho(m.y), m.boltzmannFactor(m.y) / m.alpha())),
        at("ρ normalised to 2", "= 1      ", "= 1", "= 2",
            m -> sides(m.alpha() * m.configurationIntegral(), 2)),
        at("δ argument shifted", "= sum(k=1..N, int(x, p, δ(x[k] - y)*P))", "δ(x[k] - y)", "δ(x[k] - y - x_1)",
            m -> sides(m.density(m.y), m.density(NernstModel.plus(m.y, m.x1)))),
        at("sum over k from 2", "= sum(k=1..N, int(x, p, δ(x[k] - y)*P))", "sum(k=1..N", "sum(k=2..N",
            m -> sides(m.density(m.y), (N - 1) * m.rho(m.y))),
        at("P_1 arguments swapped", "δ(x[k] - y)*prod(j=1..N, P_1", "P_1(x[j], p[j])", "P_1(p[j], x[j])",
            m -> sides(m.density(m.y), N * m.kinetic(m.y) / m.momentumIntegral())),
        at("factor 2 in the marginal", "int(x, δ(x[k] - y)*prod(j=1..N, ρ(x[j])))", "ρ(x[j])", "2*ρ(x[j])",
            m -> sides(m.density(m.y), Math.pow(2, N) * m.density(m.y))),
        at("sifted at the wrong point", "ρ(y)*prod(j=1..N, j != k, int(z", "ρ(y)*prod", "ρ(x_2)*prod",
            m -> sides(m.density(m.y), m.density(m.x2))),
        at("integral of the others doubled", "ρ(y)*prod(j=1..N, j != k, int(z", "ρ(z))", "2*ρ(z))",
            m -> sides(m.density(m.y), m.density(m.y) * Math.pow(2, N - 1))),
        at("normalisation gives 2", "prod(j=1..N, j != k, 1)", "j != k, 1)", "j != k, 2)",
            m -> sides(m.density(m.y), m.density(m.y) * Math.pow(2, N - 1))),
        at("Σ_k ρ = N²ρ", "= N*ρ(y)", "= N*ρ(y)", "= N^2*ρ(y)",
            m -> sides(m.density(m.y), N * N * m.rho(m.y))),
        at("N+1 terms", "= N*ρ(y)", "= N*ρ(y)", "= (N+1)*ρ(y)",
            m -> sides(m.density(m.y), (N + 1) * m.rho(m.y))),
        at("factor N dropped", "= N*α*exp", "= N*α*exp", "= α*exp",
            m -> sides(m.density(m.y), m.rho(m.y))),
        at("β dropped in the density", "= N*α*exp", "exp(-β*q*V(y))", "exp(-q*V(y))",
            m -> sides(m.density(m.y), N * m.alpha() * Math.exp(-m.q * m.potential(m.y)))),
        new Mutant("n_1 and n_2 swapped", "  n_1/n_2", "n_1/n_2", "n_2/n_1", "claim density_ratio",
            m -> sides(1 / m.densityRatio(), Math.exp(-m.beta * m.q * (m.v1() - m.v2())))),
        new Mutant("exponent sign flipped", "    = exp(-β*q*(V_1 - V_2))", "exp(-β*q*", "exp(β*q*", "claim density_ratio",
            m -> sides(m.densityRatio(), Math.exp(m.beta * m.q * (m.v1() - m.v2())))),
        new Mutant("N left in the ratio", "    = exp(-β*q*(V_1 - V_2))", "= exp(", "= N*exp(", "claim density_ratio",
            m -> sides(m.densityRatio(), N * Math.exp(-m.beta * m.q * (m.v1() - m.v2())))),
        new Mutant("q dropped in the ratio", "    = exp(-β*q*(V_1 - V_2))", "exp(-β*q*", "exp(-β*", "claim density_ratio",
            m -> sides(m.densityRatio(), Math.exp(-m.beta * (m.v1() - m.v2())))),
        at("β doubled in the logarithm", "claim log_ratio", "= -β*q*", "= -2*β*q*",
            m -> sides(Math.log(m.densityRatio()), -2 * m.beta * m.q * (m.v1() - m.v2()))),
        at("V_1 and V_2 swapped in the logarithm", "claim log_ratio", "(V_1 - V_2)", "(V_2 - V_1)",
            m -> sides(Math.log(m.densityRatio()), -m.beta * m.q * (m.v2() - m.v1()))),
        at("q dropped when solving", "claim potential", "/(β*q)", "/β",
            m -> sides(m.v2() - m.v1(), Math.log(m.densityRatio()) / m.beta)),
        at("ln(n_2/n_1) in the solve step", "claim potential", "ln(n_1/n_2)/(β*q)", "ln(n_2/n_1)/(β*q)",
            m -> sides(m.v2() - m.v1(), Math.log(1 / m.densityRatio()) / (m.beta * m.q))),
        new Mutant("ΔV := V_1 - V_2", "def ΔV", "V_2 - V_1", "V_1 - V_2", "claim potential",
            m -> sides(m.v1() - m.v2(), Math.log(m.densityRatio()) / (m.beta * m.q))),
        new Mutant("β := k_B*T", "def β :=", "1/(k_B*T)", "k_B*T", "    = k_B*T/q*ln",
            m0 -> {
              NernstModel m = m0.withBeta(m0.kB * m0.temperature);
              double log = Math.log(m.densityRatio());
              return sides(log / (m.beta * m.q), m.kB * m.temperature / m.q * log);
            }),
        at("goal with n_1 and n_2 swapped", "goal ΔV", "ln(n_1/n_2)", "ln(n_2/n_1)",
            m -> sides(m.v2() - m.v1(), m.kB * m.temperature / m.q * Math.log(1 / m.densityRatio()))),
        at("T dropped from the goal", "goal ΔV", "k_B*T/q", "k_B/q",
            m -> sides(m.v2() - m.v1(), m.kB / m.q * Math.log(m.densityRatio()))));
  }

  private static double flippedPotentialProduct(NernstModel m) {
    double out = 1;
    for (int j = 0; j < N; j++) {
      out *= m.kinetic(m.p[j]) * Math.exp(m.beta * m.q * m.potential(m.x[j]));
    }
    return out;
  }

  private static double doubledKineticProduct(NernstModel m) {
    double out = 1;
    for (int j = 0; j < N; j++) {
      out *= Math.exp(-m.beta * NernstModel.norm2(m.p[j]) / m.m) * m.boltzmannFactor(m.x[j]);
    }
    return out;
  }
}

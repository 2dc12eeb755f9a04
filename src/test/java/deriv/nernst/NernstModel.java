package deriv.nernst;

/**
 * A concrete instance of the Nernst model, evaluated in double precision without any computer algebra: N = 3
 * particles of negative charge in the potential V(r) = κ|r|² + g·r₁ (κ < 0, so that e^{−βqV} is integrable), fixed
 * positions and momenta, and three points y, x_1, x_2. Integrals over R³ are products of one-dimensional Gaussian
 * integrals, computed by the trapezoidal rule (spectrally accurate for such integrands).
 */
final class NernstModel {
  static final int N = 3;
  final double kB = 1.3;
  final double temperature = 0.9;
  final double m = 0.7;
  final double q = -1.6;
  final double kappa = -0.5;
  final double g = 0.8;
  final double beta;
  final double[][] x = {{0.3, -0.2, 0.5}, {-0.7, 0.4, 0.1}, {0.2, 0.9, -0.6}};
  final double[][] p = {{0.5, 0.1, -0.3}, {-0.2, 0.6, 0.4}, {0.8, -0.5, 0.2}};
  final double[] y = {0.4, -0.3, 0.2};
  final double[] x1 = {-0.6, 0.2, 0.3};
  final double[] x2 = {0.9, 0.5, -0.4};

  NernstModel() {
    this.beta = 1 / (kB * temperature);
  }

  private NernstModel(double beta) {
    this.beta = beta;
  }

  /** The same model with another value standing for β (for a mutated definition of β). */
  NernstModel withBeta(double b) {
    return new NernstModel(b);
  }

  double potential(double[] r) {
    return kappa * norm2(r) + g * r[0];
  }

  static double norm2(double[] r) {
    return r[0] * r[0] + r[1] * r[1] + r[2] * r[2];
  }

  static double[] plus(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
  }

  /** ∫_R exp(−A s² − B s) ds for A > 0, by the trapezoidal rule around the peak. */
  static double gauss1(double a, double b) {
    double centre = -b / (2 * a);
    double half = 14 / Math.sqrt(a);
    int steps = 4000;
    double h = 2 * half / steps;
    double total = 0;
    for (int i = 0; i <= steps; i++) {
      double s = centre - half + i * h;
      double w = i == 0 || i == steps ? 0.5 : 1;
      total += w * Math.exp(-a * s * s - b * s);
    }
    return total * h;
  }

  /** ∫_{R³} exp(−a|u|²) d³u. */
  double gaussian(double a) {
    return Math.pow(gauss1(a, 0), 3);
  }

  /** The momentum integral ∫ exp(−β|u|²/(2m)) d³u. */
  double momentumIntegral() {
    return gaussian(beta / (2 * m));
  }

  /** The configuration integral ∫ exp(−βqV(z)) d³z (V separates into its three coordinates). */
  double configurationIntegral() {
    double a = beta * q * kappa;
    return gauss1(a, beta * q * g) * gauss1(a, 0) * gauss1(a, 0);
  }

  double z1() {
    return momentumIntegral() * configurationIntegral();
  }

  double z() {
    return Math.pow(z1(), N);
  }

  double alpha() {
    return 1 / configurationIntegral();
  }

  double boltzmannFactor(double[] r) {
    return Math.exp(-beta * q * potential(r));
  }

  double kinetic(double[] u) {
    return Math.exp(-beta * norm2(u) / (2 * m));
  }

  /** ρ(r): the marginal density of one particle. */
  double rho(double[] r) {
    return alpha() * boltzmannFactor(r);
  }

  /** n(r) = N ρ(r): the particle density. */
  double density(double[] r) {
    return N * rho(r);
  }

  /** Π_j e^{−β|p_j|²/(2m)} e^{−βqV(x_j)} at the fixed configuration. */
  double boltzmannProduct() {
    double out = 1;
    for (int j = 0; j < N; j++) {
      out *= kinetic(p[j]) * boltzmannFactor(x[j]);
    }
    return out;
  }

  /** P at the fixed configuration. */
  double probability() {
    return boltzmannProduct() / z();
  }

  double p1(double[] r, double[] u) {
    return kinetic(u) * boltzmannFactor(r) / z1();
  }

  double v1() {
    return potential(x1);
  }

  double v2() {
    return potential(x2);
  }

  double densityRatio() {
    return density(x1) / density(x2);
  }
}

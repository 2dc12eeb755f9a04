package deriv.units;

import deriv.syntax.Parsing;

/**
 * The exact SI defining constants and two derived from them. A file ties a symbol to one explicitly
 * ({@code let k_B : positive [J/K] = boltzmann}); {@code deriv eval --at q=e} names one as a value.
 */
public enum PhysicalConstant {
  BOLTZMANN("boltzmann", "k_B", "1.380649e-23", "J/K"),
  ELEMENTARY_CHARGE("elementary_charge", "e", "1.602176634e-19", "C"),
  AVOGADRO("avogadro", "N_A", "6.02214076e23", "1/mol"),
  PLANCK("planck", "h", "6.62607015e-34", "J*s"),
  /** h/(2π): not a rational number, so its value is h/(2π) rounded to 30 significant digits (see {@link #exact}). */
  REDUCED_PLANCK("hbar", "ħ", "1.05457181764615639126242800330e-34", "J*s"),
  SPEED_OF_LIGHT("speed_of_light", "c", "299792458", "m/s"),
  GAS_CONSTANT("gas_constant", "R", null, "J/(mol*K)"),
  FARADAY("faraday", "F", null, "C/mol");

  /** The name a file uses after {@code =}; {@code symbol} is the usual letter, accepted too ({@code ℏ} for ħ). */
  public final String longName;
  public final String symbol;
  private final String value;
  private final String unit;

  PhysicalConstant(String longName, String symbol, String value, String unit) {
    this.longName = longName;
    this.symbol = symbol;
    this.value = value;
    this.unit = unit;
  }

  /** By its long name or its symbol; null if there is none. */
  public static PhysicalConstant named(String name) {
    for (PhysicalConstant c : values()) {
      if (c.longName.equals(name) || c.symbol.equals(name) || c == REDUCED_PLANCK && name.equals("ℏ")) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@link #siValue} is the constant's exact value (every SI defining constant is; ħ = h/(2π) is not). */
  public boolean exact() {
    return this != REDUCED_PLANCK;
  }

  /** The value in coherent SI units, exact unless {@link #exact} says not; R = N_A·k_B and F = N_A·e. */
  public Rational siValue() {
    switch (this) {
      case GAS_CONSTANT: return AVOGADRO.siValue().times(BOLTZMANN.siValue());
      case FARADAY: return AVOGADRO.siValue().times(ELEMENTARY_CHARGE.siValue());
      default: return Rational.decimal(value);
    }
  }

  public Dimension dimension() {
    return UnitExpressions.parse(Parsing.expression(unit).orElseThrow()).unit().dimension();
  }

  /** The unit as written in docs and output, e.g. {@code J/K}. */
  public String unitText() {
    return unit;
  }
}

package deriv.units;

/**
 * A unit as deriv uses it: its dimension and the exact factor that converts a value in it to the coherent SI unit
 * (mV: kg·m²·s⁻³·A⁻¹, 1/1000). {@code offset} is non-null only for °C, whose zero is not the kelvin's.
 */
public record PhysicalUnit(Dimension dimension, Rational factor, Rational offset) {
  public static final PhysicalUnit ONE = new PhysicalUnit(Dimension.NONE, Rational.ONE, null);

  public PhysicalUnit(Dimension dimension, Rational factor) {
    this(dimension, factor, null);
  }

  public boolean isAffine() {
    return offset != null;
  }

  public PhysicalUnit times(PhysicalUnit o) {
    return new PhysicalUnit(dimension.times(o.dimension), factor.times(o.factor));
  }

  public PhysicalUnit over(PhysicalUnit o) {
    return new PhysicalUnit(dimension.over(o.dimension), factor.over(o.factor));
  }

  public PhysicalUnit pow(int n) {
    return new PhysicalUnit(dimension.pow(Rational.of(n)), factor.pow(n));
  }

  /** A value given in this unit, in the coherent SI unit. */
  public Rational toSi(Rational value) {
    Rational v = value.times(factor);
    return offset == null ? v : v.plus(offset);
  }
}

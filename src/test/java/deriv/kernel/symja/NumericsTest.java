package deriv.kernel.symja;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/** The kernel's own real arithmetic against Symja's N, and where it must leave the answer to Symja. */
class NumericsTest {
  private static ExprEvaluator symja;

  @BeforeAll
  static void setUp() {
    SymjaSetup.init();
    symja = new ExprEvaluator(true, (short) 0);
  }

  /** Seeded random closed expressions over the heads Numerics knows: its 40 digits are Symja's at 80, rounded. */
  @Test
  void agreesWithSymjaToFortyDigitsOnRandomExpressions() {
    Random random = new Random(20261130L);
    int compared = 0;
    for (int k = 0; k < 300; k++) {
      IExpr e = expression(random, 4);
      BigDecimal fast = Numerics.value(e, 40);
      if (fast == null) {
        continue;
      }
      IExpr reference = symja.eval(F.N(e, F.ZZ(80)));
      assertThat(reference.isReal()).as("Symja finds %s real too", e).isTrue();
      BigDecimal exact = new BigDecimal(reference.toString().replace("*10^", "E"));
      BigDecimal gap = fast.subtract(exact).abs();
      BigDecimal scale = exact.abs().max(BigDecimal.ONE.movePointLeft(300));
      assertThat(gap.compareTo(scale.movePointLeft(38))).as("%s: %s against %s", e, fast, exact).isLessThanOrEqualTo(0);
      compared++;
    }
    assertThat(compared).as("most random expressions are real and evaluated").isGreaterThan(150);
  }

  /** Hundreds of digits, as the numeric test asks for values like e^−700: still Symja's, digit for digit. */
  @Test
  void manyDigits() {
    for (IExpr e : List.of(F.Sin(F.QQ(7, 3)), F.Cos(F.ZZ(-1000)), F.Exp(F.ZZ(-700)), F.Log(F.QQ(1, 7)),
        F.Tan(F.QQ(-11, 5)), F.Power(F.QQ(3, 2), F.QQ(2, 7)))) {
      BigDecimal fast = Numerics.value(e, 700);
      BigDecimal exact = new BigDecimal(symja.eval(F.N(e, F.ZZ(740))).toString().replace("*10^", "E"));
      assertThat(fast.subtract(exact).abs().compareTo(exact.abs().movePointLeft(698))).as("%s", e)
          .isLessThanOrEqualTo(0);
    }
  }

  /** π from Machin's formula: the kept 700 digits and a fresh computation beyond them, against Symja's own N. */
  @Test
  void piAgreesWithSymjaWithinTheKeptDigitsAndBeyond() {
    for (int digits : List.of(55, 700, 1500)) {
      BigDecimal fast = Numerics.value(S.Pi, digits);
      BigDecimal exact = new BigDecimal(symja.eval(F.N(S.Pi, F.ZZ(digits + 40))).toString().replace("*10^", "E"));
      assertThat(fast.precision()).isEqualTo(digits);
      assertThat(fast.subtract(exact).abs().compareTo(BigDecimal.ONE.movePointLeft(digits - 1))).as("%d digits", digits)
          .isLessThanOrEqualTo(0);
    }
  }

  /** ln 10 from 6·atanh(1/3) + 2·atanh(1/9), kept and beyond, through logarithms outside [1, 10), against Symja's N. */
  @Test
  void logarithmsOutsideOneToTenAgreeWithSymja() {
    for (int digits : List.of(40, 680, 1500)) {
      for (IExpr x : List.of(F.ZZ(10), F.ZZ(1000), F.QQ(1, 7000), F.ZZ(123456789))) {
        BigDecimal fast = Numerics.value(F.Log(x), digits);
        BigDecimal exact = new BigDecimal(symja.eval(F.N(F.Log(x), F.ZZ(digits + 40))).toString().replace("*10^", "E"));
        assertThat(fast.subtract(exact).abs().compareTo(exact.abs().movePointLeft(digits - 2)))
            .as("ln %s at %d digits", x, digits).isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void knownValues() {
    assertThat(Numerics.value(S.Pi, 30).toString()).isEqualTo("3.14159265358979323846264338328");
    assertThat(Numerics.value(S.E, 30).toString()).isEqualTo("2.71828182845904523536028747135");
    assertThat(Numerics.value(F.Log(F.C10), 20).toString()).isEqualTo("2.3025850929940456840");
    assertThat(Numerics.value(F.Sin(F.ZZ(100_000)), 20).round(new MathContext(10)).toString())
        .isEqualTo("0.03574879797");
    assertThat(Numerics.value(F.Power(F.C2, F.QQ(1, 2)), 20).toString()).isEqualTo("1.4142135623730950488");
    assertThat(Numerics.value(F.Exp(F.ZZ(-1000)), 10).toString()).isEqualTo("5.075958898E-435");
  }

  /** Outside the reals, or beyond the allow-list, the answer is Symja's: null here, never a real number. */
  @Test
  void leavesTheNonRealAndTheUnknownToSymja() {
    assertThat(Numerics.value(F.Power(F.ZZ(-8), F.QQ(1, 3)), 40)).as("Symja's principal cube root is complex").isNull();
    assertThat(Numerics.value(F.Sqrt(F.CN2), 40)).isNull();
    assertThat(Numerics.value(F.Log(F.CN1), 40)).isNull();
    assertThat(Numerics.value(F.Log(F.C0), 40)).isNull();
    assertThat(Numerics.value(F.Power(F.C0, F.C0), 40)).as("0^0 is Indeterminate").isNull();
    assertThat(Numerics.value(F.Power(F.C0, F.CN1), 40)).isNull();
    assertThat(Numerics.value(F.Gamma(F.C1D2), 40)).as("not on the allow-list").isNull();
    assertThat(Numerics.value(F.Plus(F.C1, F.symbol("numericsTestX")), 40)).as("a free symbol").isNull();
    assertThat(Numerics.value(F.Exp(F.ZZ(10_000_000)), 40)).as("too large an argument").isNull();
    assertThat(Numerics.value(F.Power(F.C2, F.ZZ(1L << 40)), 40)).as("too large an exponent").isNull();
    assertThat(Numerics.value(F.Tan(F.C1), 2_500)).as("more digits than sized here").isNull();
    assertThat(Numerics.value(F.num(1.5), 40)).as("an inexact number").isNull();
  }

  /**
   * Where digits cancel beyond the guard, the value is rounding: exp(1000 + 3/7) + 3/7 − exp(1000 + 3/7) was 0 (and a
   * false step with 64 sized terms before it was tested), sin π a number of 10^-56 whose reciprocal was real. Each is
   * either Symja's to give (null) or right to the digits asked.
   */
  @Test
  void cancellationBeyondTheGuardIsLeftToSymja() {
    IExpr big = F.Exp(F.Plus(F.ZZ(1000), F.QQ(3, 7)));
    assertRightOrNull(F.Plus(big, F.QQ(3, 7), F.Negate(big)));
    assertRightOrNull(F.Plus(F.Power(F.C10, F.ZZ(100)), F.C1, F.Negate(F.Power(F.C10, F.ZZ(100)))));
    assertRightOrNull(F.Log(F.Plus(F.C1, F.Power(F.C10, F.ZZ(-60)))));
    assertRightOrNull(F.Sinh(F.Exp(F.ZZ(-230))));
    assertRightOrNull(F.Times(F.Power(F.C10, F.ZZ(90)), F.Sin(F.Times(F.ZZ(1000), S.Pi))));
    assertThat(Numerics.value(F.Power(F.Sin(S.Pi), F.CN1), 40)).as("1/sin π is ComplexInfinity").isNull();
    assertThat(Numerics.value(F.Tan(F.Times(F.C1D2, S.Pi)), 40)).as("tan π/2 is ComplexInfinity").isNull();
    assertThat(Numerics.value(F.Sin(F.ZZ(3)), 40)).as("no cancellation: computed here").isNotNull();
    assertThat(Numerics.value(F.Sin(F.Power(F.C10, F.ZZ(-30))), 40)).as("sin of a small x is as small").isNotNull();
  }

  /** ln near 1 of an exact number: from u = x − 1, exact, to Symja's digits (was null: x's rounding was all of it). */
  @Test
  void aLogarithmNearOneOfAnExactNumberIsComputed() {
    for (IExpr x : List.of(F.Plus(F.C1, F.Power(F.C10, F.ZZ(-20))), F.Plus(F.C1, F.Negate(F.Power(F.C10, F.ZZ(-60)))),
        F.QQ(F.ZZ(java.math.BigInteger.TEN.pow(30).add(java.math.BigInteger.valueOf(7))),
            F.ZZ(java.math.BigInteger.TEN.pow(30))))) {
      assertThat(Numerics.value(F.Log(x), 40)).as("ln %s", x).isNotNull();
      assertRightOrNull(F.Log(x));
    }
    assertThat(Numerics.value(F.Log(F.Exp(F.Power(F.C10, F.ZZ(-30)))), 40)).as("not exact: Symja's to give").isNull();
  }

  /**
   * A value that could not be computed is no value that is missing: {@link Numerics#isReal} says no only where a
   * root, logarithm or power is shown to leave the reals, and leaves open what it cannot tell.
   */
  @Test
  void notRealOnlyWhereShown() {
    IExpr tinyLog = F.Log(F.Plus(F.C1, F.Power(F.C10, F.ZZ(-20))));
    IExpr tinySinh = F.Plus(F.Exp(F.Power(F.C10, F.ZZ(-30))), F.Negate(F.Exp(F.Negate(F.Power(F.C10, F.ZZ(-30))))));
    for (IExpr real : List.of(tinyLog, tinySinh, F.Sinh(F.Exp(F.ZZ(-230))), F.Sqrt(F.C0),
        F.Plus(F.Times(F.Power(F.C0, F.QQ(3, 2)), F.C0), tinyLog), F.Power(F.CN2, F.Plus(F.C1, F.C1)),
        F.Exp(F.ZZ(10_000_000)), F.Power(F.CN2, F.ZZ(1L << 40)))) {
      assertThat(Numerics.isReal(real, 40)).as("%s", real).isTrue();
    }
    for (IExpr notReal : List.of(F.Sqrt(F.CN2), F.Log(F.CN1), F.Log(F.C0), F.Power(F.C0, F.CN1),
        F.Power(F.ZZ(-8), F.QQ(1, 3)), F.Power(F.C0, F.QQ(-1, 2)), F.Plus(tinyLog, F.Sqrt(F.CN2)),
        F.Times(F.C0, F.Power(F.C0, F.CN1)), F.Log(F.Plus(tinyLog, F.CN1)))) {
      assertThat(Numerics.isReal(notReal, 40)).as("%s", notReal).isFalse();
    }
    // not shown either way: 0⁰, 1/sin π (sin π computed as rounding), tan π/2, a negative base to an irrational
    // exponent (an integer written otherwise?), √ and ln of a cancelled difference, a head beyond the allow-list
    for (IExpr open : List.of(F.Power(F.C0, F.C0), F.Power(F.Sin(S.Pi), F.CN1), F.Tan(F.Times(F.C1D2, S.Pi)),
        F.Power(F.CN2, F.Cosh(F.C1)), F.Sqrt(tinySinh), F.Log(F.Plus(F.Sqr(F.Sin(F.C1)), F.Sqr(F.Cos(F.C1)),
        F.CN1)), F.Gamma(F.C1D2))) {
      assertThat(Numerics.isReal(open, 40)).as("%s", open).isNull();
    }
  }

  /**
   * On random expressions and their roots, logarithms, cube roots and reciprocals: whatever has a value is real,
   * and a 'no' is said only where Symja's N has no real value either.
   */
  @Test
  void isRealAgreesWithValueAndWithSymja() {
    Random random = new Random(20270101L);
    int no = 0;
    for (int k = 0; k < 100; k++) {
      IExpr e = expression(random, 3);
      for (IExpr f : List.of(e, F.Sqrt(e), F.Log(e), F.Power(e, F.QQ(1, 3)), F.Power(e, F.CN1))) {
        Boolean real = Numerics.isReal(f, 40);
        if (Numerics.value(f, 40) != null) {
          assertThat(real).as("%s", f).isTrue();
        }
        if (Boolean.FALSE.equals(real)) {
          IExpr reference = symja.eval(F.N(f, F.ZZ(80)));
          assertThat(reference.isReal()).as("%s is %s", f, reference).isFalse();
          no++;
        }
      }
    }
    assertThat(no).as("negative numbers under roots and logarithms").isGreaterThan(20);
  }

  /** Null, or Symja's value (at 300 digits) to 38 significant digits. */
  private static void assertRightOrNull(IExpr e) {
    BigDecimal fast = Numerics.value(e, 40);
    if (fast == null) {
      return;
    }
    IExpr reference = symja.eval(F.N(e, F.ZZ(300)));
    BigDecimal exact = reference.isZero() ? BigDecimal.ZERO
        : new BigDecimal(reference.toString().replace("*10^", "E"));
    BigDecimal gap = fast.subtract(exact).abs();
    BigDecimal scale = exact.abs().max(BigDecimal.ONE.movePointLeft(280));
    assertThat(gap.compareTo(scale.movePointLeft(38))).as("%s: %s against %s", e, fast, exact).isLessThanOrEqualTo(0);
  }

  private static IExpr expression(Random random, int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return random.nextInt(6) == 0 ? (random.nextBoolean() ? S.Pi : S.E)
          : F.QQ(random.nextInt(41) - 20, 1 + random.nextInt(9));
    }
    IExpr a = expression(random, depth - 1);
    IExpr b = expression(random, depth - 1);
    switch (random.nextInt(12)) {
      case 0: return F.Plus(a, b);
      case 1: return F.Times(a, b);
      case 2: return F.Power(a, F.ZZ(random.nextInt(9) - 4));
      case 3: return F.Power(F.Abs(a), F.QQ(random.nextInt(7) - 3, 2 + random.nextInt(3)));
      case 4: return F.Sin(a);
      case 5: return F.Cos(a);
      case 6: return F.Exp(F.Times(F.QQ(1, 4), a));
      case 7: return F.Log(F.Plus(F.C1, F.Sqr(a)));
      case 8: return F.Tanh(a);
      case 9: return F.Norm(F.List(a, b, F.C1));
      case 10: return F.Part(F.List(a, b), F.C2);
      default: return F.Subtract(a, b);
    }
  }

  /** A negative base to an integer exponent written as a product (1·(−1)) is real, as Symja evaluates it. */
  @Test
  void anIntegerExponentWrittenAsAProductKeepsANegativeBaseReal() {
    IExpr e = F.Power(F.CN2, F.Times(F.C1, F.CN1));
    assertThat(Numerics.value(e, 20)).isEqualByComparingTo("-0.5");
    assertThat(Numerics.value(F.Power(F.CN2, F.Times(F.C1, F.C1D3)), 20)).as("a cube root of −2 is Symja's to give")
        .isNull();
  }

  /**
   * A sum that cancels to rounding (an exact zero) has no relative digits, but its absolute error is bounded: the
   * bound must cover the true value, for exact zeros and for tiny nonzero sums alike.
   */
  @Test
  void aCancellingSumsErrorBoundCoversItsTrueValue() {
    IExpr zero = F.Plus(F.Sqr(F.Sin(F.C1)), F.Sqr(F.Cos(F.C1)), F.CN1);
    assertThat(Numerics.value(zero, 40)).as("cancelled: no relative digits").isNull();
    BigDecimal[] z = Numerics.sumWithError(zero, 40);
    assertThat(z[0].abs()).isLessThanOrEqualTo(z[1]);
    assertThat(z[1]).isLessThan(new BigDecimal("1e-30"));
    // e − 2.71828182845904523536028747135266249775724 is about 7.09e-42, below the 40 digits' resolution of e
    IExpr tiny = F.Plus(F.E, F.Negate(F.QQ(F.ZZ(new java.math.BigInteger("271828182845904523536028747135266249775724")),
        F.ZZ(java.math.BigInteger.TEN.pow(41)))));
    BigDecimal[] t = Numerics.sumWithError(tiny, 40);
    BigDecimal truth = new BigDecimal("7.0937e-42");
    assertThat(t[0].subtract(truth).abs()).isLessThanOrEqualTo(t[1]);
    assertThat(Numerics.sumWithError(F.Sin(F.C1), 40)).as("only a sum").isNull();
  }

  /** Symja's toIntDefault keeps an integer's low 32 bits; the bridge's narrowing refuses anything of 2^31 or more. */
  @Test
  void integersOfTwoToTheThirtyOneAndMoreAreNeverNarrowed() {
    IExpr wraps = F.ZZ(java.math.BigInteger.TWO.pow(64).add(java.math.BigInteger.TWO));
    assertThat(Numerics.intOr(wraps, -7)).isEqualTo(-7);
    assertThat(Numerics.intOr(F.ZZ(-(1L << 31)), -7)).as("its absolute value is no int").isEqualTo(-7);
    assertThat(Numerics.intOr(F.ZZ(12), -7)).isEqualTo(12);
    assertThat(Numerics.value(F.Power(F.QQ(3, 2), wraps), 20)).isNull();
    IExpr twoToThe64 = F.Times(F.ZZ(1L << 32), F.ZZ(1L << 32));
    assertThat(Numerics.value(F.Power(F.QQ(3, 2), F.Times(F.C1, twoToThe64)), 20)).isNull();
    assertThat(Numerics.value(F.Plus(F.Power(F.QQ(3, 2), F.Plus(twoToThe64, F.C2)), F.QQ(-9, 4)), 20)).isNull();
  }
}

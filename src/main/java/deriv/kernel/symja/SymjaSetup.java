package deriv.kernel.symja;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * One-time, process-wide set-up of Symja. {@link #init()} must run before any Symja class is loaded (the CLI calls it
 * first thing): the logging properties are read when log4j initialises, and the thread switch when JAS first runs.
 */
public final class SymjaSetup {
  /** Largest integer Symja may build, in bits: 2^(10^8) would otherwise be computed digit by digit. */
  static final int MAX_BIT_LENGTH = 200_000;
  /** Largest expression Symja may build, in nodes. */
  static final int MAX_AST_SIZE = 100_000;

  /** Exponents beyond this are held: exact powers that large are beyond {@link #MAX_BIT_LENGTH} anyway. */
  static final long HUGE_EXPONENT = 1L << 31;
  /** The head such a power is held under, as Symja prints it. */
  static final String HUGE_POWER = "deriv$hugepower";
  /** The head a factorial of a number beyond {@link #HUGE_EXPONENT} is held under. */
  static final String HUGE_FACTORIAL = "deriv$hugefactorial";

  private static boolean done;

  private SymjaSetup() {}

  public static synchronized void init() {
    if (done) {
      return;
    }
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    // Without this a polynomial Simplify starts a non-daemon pool and the JVM lingers 60 s after main returns.
    Config.JAS_NO_THREADS = true;
    Config.FILESYSTEM_ENABLED = false;
    Config.MAX_BIT_LENGTH = bounded(Config.MAX_BIT_LENGTH, MAX_BIT_LENGTH);
    Config.MAX_AST_SIZE = bounded(Config.MAX_AST_SIZE, MAX_AST_SIZE);
    holdHugePowers();
    holdHugeFactorials();
    Config.UNPROTECT_ALLOWED = false;
    done = true;
    warmUp();
    Numerics.warmUp();
  }

  /**
   * Symja 3.0.0 raises a number or an expression to an integer power of 2^63 or more with the exponent reduced
   * modulo 2^64: (3/2)^(2^64) is 1, (1 + i)^(2^64 + 4) is −4, (y + 1)^(2^64) − 1 simplifies to 0, and so does
   * anything that becomes such a power inside Symja (e^(2^64·ln(3/2)), (3x/2)^(2^64), a square root of a saturated
   * size…). Whatever route leads there, the power itself is evaluated by Power, so a rule on Power closes them all:
   * an integer exponent beyond 2^31, whatever the base, leaves the power as an inert {@code deriv$hugePower(b, n)}, which no rule simplifies, no number evaluates and deriv's reading of
   * Symja's results does not know, so a proof that needs its value fails. Process-wide, like Symja's built-ins.
   */
  private static void holdHugePowers() {
    ISymbol base = F.symbol("deriv$base");
    ISymbol exponent = F.symbol("deriv$exponent");
    ISymbol held = F.symbol(HUGE_POWER); // created here: no Symja class may load before init's settings
    hold(S.Power, F.Power(F.$p(base), F.$p(exponent, S.Integer)),
        F.Condition(F.binaryAST2(held, base, exponent), F.Greater(F.Abs(exponent), F.ZZ(HUGE_EXPONENT))));
  }

  /** A process-wide rule {@code pattern :> held} on the built-in {@code builtin}, which is protected again after. */
  private static void hold(ISymbol builtin, IExpr pattern, IExpr held) {
    ExprEvaluator evaluator = new ExprEvaluator(true, (short) 0);
    evaluator.getEvalEngine().setQuietMode(true);
    evaluator.eval(F.unaryAST1(S.Unprotect, builtin));
    evaluator.eval(F.SetDelayed(pattern, held));
    evaluator.eval(F.unaryAST1(S.Protect, builtin));
  }

  /**
   * Symja 3.0.0 reduces the argument of Factorial modulo 2^64 as it does a power's exponent: (2^64 + 3)! is 6 and
   * (2^64 − 1)! is −1. A factorial of a number beyond 2^31 in size is held instead, as {@code deriv$hugeFactorial(n)},
   * which nothing simplifies or evaluates (such a factorial is beyond {@link #MAX_BIT_LENGTH} anyway).
   */
  private static void holdHugeFactorials() {
    ISymbol n = F.symbol("deriv$n");
    ISymbol held = F.symbol(HUGE_FACTORIAL);
    hold(S.Factorial, F.Factorial(F.$p(n)),
        F.Condition(F.unaryAST1(held, n), F.And(F.NumberQ(n), F.Greater(F.Abs(n), F.ZZ(HUGE_EXPONENT)))));
  }

  /**
   * Loads Symja's engine and simplifier once, before any step's time limit starts: otherwise the first step of a run
   * pays about a second of class loading inside its own limit. Built with F, like everything else.
   */
  private static void warmUp() {
    ExprEvaluator evaluator = new ExprEvaluator(true, (short) 0);
    evaluator.getEvalEngine().setQuietMode(true);
    IExpr w = F.Dummy("w");
    evaluator.eval(F.Simplify(F.Subtract(F.Sqr(F.Plus(w, F.C1)), F.Plus(F.Sqr(w), F.Times(F.C2, w), F.C1))));
  }

  private static int bounded(int current, int limit) {
    return current <= 0 || current > limit ? limit : current;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}

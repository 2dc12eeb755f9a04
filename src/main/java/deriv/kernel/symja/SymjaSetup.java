package deriv.kernel.symja;

import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * One-time, process-wide set-up of Symja. {@link #init()} must run before any Symja class is loaded (the CLI calls it
 * first thing): the logging properties are read when log4j initialises, and the thread switch when JAS first runs.
 */
public final class SymjaSetup {
  /** Largest integer Symja may build, in bits: 2^(10^8) would otherwise be computed digit by digit. */
  static final int MAX_BIT_LENGTH = 200_000;
  /** Largest expression Symja may build, in nodes. */
  static final int MAX_AST_SIZE = 100_000;

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
    Config.UNPROTECT_ALLOWED = false;
    Config.MAX_BIT_LENGTH = bounded(Config.MAX_BIT_LENGTH, MAX_BIT_LENGTH);
    Config.MAX_AST_SIZE = bounded(Config.MAX_AST_SIZE, MAX_AST_SIZE);
    done = true;
    warmUp();
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

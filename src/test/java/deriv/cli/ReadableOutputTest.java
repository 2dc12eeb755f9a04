package deriv.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The output scan of {@link TestSupport#assertReadable} catches each leak it is there for, and passes clean text. */
class ReadableOutputTest {
  @Test
  void eachKindOfLeakIsCaught() {
    for (String leak : new String[] {"residual: k_b$1*t$2", "coefficient --1*β*q", "ρ(--y)",
        "int(x in (R^3)^x, p in (R^3)^p, P)", "at org.matheclipse.core.eval.EvalEngine",
        "the computer algebra failed: ArgumentTypeException", "java.lang.IllegalStateException: x"}) {
      assertThatThrownBy(() -> TestSupport.assertReadable("sample", leak)).as(leak)
          .isInstanceOf(AssertionError.class).hasMessageContaining("to a reader");
    }
  }

  @Test
  void cleanTextAndOptionNamesPass() {
    assertThatCode(() -> TestSupport.assertReadable("sample", "work budget used up: more than 1000 units "
        + "(--budget); use --no-cache or --strict; -β*q*(V_1 - V_2); int(x, p, δ(x[k] - y)*P); derivations/n.deriv:3"))
        .doesNotThrowAnyException();
  }
}

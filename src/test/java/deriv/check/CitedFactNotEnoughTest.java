package deriv.check;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.kernel.Status;
import org.junit.jupiter.api.Test;

/** A cited fact that applies but does not finish the step: unknown, saying what is left and what nothing evaluates. */
class CitedFactNotEnoughTest {
  @Test
  void theIntegralTheFactDoesNotCoverIsNamed() {
    FileResult r = check("""
        derivation d
          let m, β : positive
          claim g: int(p in R, exp(-β*p^2/(2*m))) = sqrt(2*π*m/β) by gaussian
          claim avg: int(p in R, p^2/(2*m)*exp(-β*p^2/(2*m)))/int(p in R, exp(-β*p^2/(2*m))) = 1/(2*β) by g
          goal int(p in R, p^2/(2*m)*exp(-β*p^2/(2*m)))/int(p in R, exp(-β*p^2/(2*m))) = 1/(2*β)
        """);
    StepResult avg = step(r, "avg");
    assertThat(avg.status()).isEqualTo(Status.UNKNOWN);
    assertThat(avg.verdict().message()).contains("'g' does not turn one side into the other; it is not enough: "
        + "with it applied the step reads")
        .contains("nothing evaluates int(p in R, p^2/(2*m)*exp(-β*p^2/(2*m)))");
  }
}

package deriv.kernel.rules;

import static deriv.cli.TestSupport.check;
import static deriv.cli.TestSupport.derivation;
import static deriv.cli.TestSupport.step;
import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.StepResult;
import deriv.kernel.Status;

/** One claim named c under some declarations, checked in-process: the attack tests of the interval rules share it. */
final class StepClaims {
  private StepClaims() {}

  static StepResult run(String declarations, String claim) {
    return step(check(derivation(declarations, claim)), "c");
  }

  static void rejected(StepResult s, Status status, String... reasons) {
    assertThat(s.status()).as(s.verdict().message()).isEqualTo(status);
    for (String reason : reasons) {
      assertThat(s.verdict().message()).contains(reason);
    }
  }

  static void proved(String declarations, String claim) {
    StepResult s = run(declarations, claim);
    assertThat(s.status()).as(claim + ": " + s.verdict().message()).isEqualTo(Status.PROVED);
  }
}

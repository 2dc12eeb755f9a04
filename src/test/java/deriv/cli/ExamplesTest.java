package deriv.cli;

import static deriv.cli.JsonContractTest.contract;
import static deriv.cli.JsonContractTest.list;
import static deriv.cli.JsonContractTest.map;
import static deriv.cli.TestSupport.deriv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples are correct derivations: every step proved (not merely tested) or assumed, every goal reached. */
class ExamplesTest {
  @Test
  void everyExampleIsProvedStepByStep() {
    TestSupport.Run run = deriv("check", "--strict", "--format", "json", "derivations/examples");
    assertThat(run.exit()).as(run.all()).isZero();
    Map<String, Object> root = contract(run.out());
    assertThat(list(root.get("files"))).hasSizeGreaterThanOrEqualTo(8);
    for (Map<String, Object> f : list(root.get("files"))) {
      assertThat(list(f.get("diagnostics"))).isEmpty();
      for (Map<String, Object> d : list(f.get("derivations"))) {
        assertThat(map(d.get("goal")).get("reached")).as("%s: goal", d.get("name")).isEqualTo(true);
        for (Map<String, Object> s : list(d.get("steps"))) {
          assertThat((String) s.get("status")).as("%s %s", f.get("path"), s.get("name")).isIn("proved", "assumed");
        }
      }
    }
    Map<String, Object> summary = map(root.get("summary"));
    assertThat(summary.get("tested").toString()).isEqualTo("0");
    assertThat(summary.get("failed").toString()).isEqualTo("0");
  }

  /** Each construct of the language appears in some example: a guard against examples shrinking unnoticed. */
  @Test
  void theExamplesCoverTheLanguage() {
    String all = examples();
    for (String construct : new String[] {"let ", ": positive", ": nonzero", ": natural", ": integer", ": R^3",
        "R^3 -> R", "[1..N]", "assume ", "def ", "postulate ", "approx ", "≈", "by algebra", "by def", " from ",
        "by ratio", "by log", "by solve(", "[u := ", "sum(", "Σ(", "prod(", "Π(", "int(", "δ(", "diff(", "sin(",
        "cos(", "ln(", "sqrt(", "|", "β", "ΔV", "n₁", "n_1", "note ", "goal ", "#"}) {
      assertThat(all).as("an example uses %s", construct).contains(construct);
    }
  }

  private static String examples() {
    try (Stream<Path> files = Files.list(Path.of("derivations/examples"))) {
      return String.join("\n", files.sorted().map(TestSupport::read).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

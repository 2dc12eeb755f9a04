package deriv.cli;

import static deriv.cli.TestSupport.GOLDEN;
import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.parseJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON contract of docs/json.md, field by field, on passing, failing and broken files. */
class JsonContractTest {
  private static final Set<String> VERDICTS = Set.of("proved", "tested", "assumed", "failed", "timeout", "unknown");

  @Test
  void passingAndFailingFilesFollowTheContract() {
    TestSupport.Run run = deriv("check", "--format", "json", GOLDEN.resolve("pass.deriv").toString(),
        GOLDEN.resolve("fail.deriv").toString());
    assertThat(run.exit()).isEqualTo(1);
    Map<String, Object> root = contract(run.out());

    List<Map<String, Object>> files = list(root.get("files"));
    assertThat(files).extracting(f -> f.get("path")).containsExactly(
        GOLDEN.resolve("fail.deriv").toString(), GOLDEN.resolve("pass.deriv").toString());
    Map<String, Object> fail = files.get(0);
    Map<String, Object> failing = list(fail.get("derivations")).get(0);
    assertThat(failing.get("name")).isEqualTo("fail");
    assertThat(map(failing.get("goal"))).containsEntry("reached", false)
        .containsEntry("statement", "(x + y)^2 = x^2 + y^2");
    Map<String, Object> wrong = list(failing.get("steps")).get(1);
    assertThat(wrong).containsEntry("name", "expand.2").containsEntry("status", "failed")
        .containsEntry("rule", "algebra").containsEntry("line", new BigDecimal(5))
        .containsEntry("column", new BigDecimal(5)).containsEntry("residual", "2*x*y");
    assertThat(map(wrong.get("counterexample"))).containsKeys("x", "y", "lhs", "rhs");

    Map<String, Object> summary = map(root.get("summary"));
    assertThat(summary).containsEntry("proved", new BigDecimal(4)).containsEntry("assumed", new BigDecimal(2))
        .containsEntry("failed", new BigDecimal(1)).containsEntry("tested", BigDecimal.ZERO)
        .containsEntry("timeout", BigDecimal.ZERO).containsEntry("unknown", BigDecimal.ZERO);
  }

  @Test
  void diagnosticsFollowTheContract() {
    TestSupport.Run run = deriv("check", "--format", "json", "src/test/resources/corpus/bad/two_unknown_names.deriv");
    assertThat(run.exit()).isEqualTo(2);
    Map<String, Object> file = list(contract(run.out()).get("files")).get(0);
    assertThat(list(file.get("derivations"))).isEmpty();
    List<Map<String, Object>> diagnostics = list(file.get("diagnostics"));
    assertThat(diagnostics).hasSize(2);
    for (Map<String, Object> d : diagnostics) {
      assertThat(d).containsEntry("severity", "error").containsEntry("code", "unknown-name");
    }
  }

  @Test
  void everyExampleIsInTheContract() {
    TestSupport.Run run = deriv("check", "--format", "json", "derivations/examples");
    assertThat(run.exit()).as(run.all()).isZero();
    contract(run.out());
  }

  /** Parses the output and checks every field the contract promises, for every file, derivation and step. */
  static Map<String, Object> contract(String json) {
    Map<String, Object> root = map(parseJson(json));
    assertThat(root).containsKeys("files", "summary");
    for (Map<String, Object> f : list(root.get("files"))) {
      assertThat(f.get("path")).isInstanceOf(String.class);
      for (Map<String, Object> d : list(f.get("derivations"))) {
        assertThat(d.get("name")).isInstanceOf(String.class);
        Map<String, Object> goal = map(d.get("goal"));
        assertThat(goal).containsKeys("statement", "reached", "rests_on");
        assertThat(goal.get("reached")).isInstanceOf(Boolean.class);
        for (Map<String, Object> e : list(goal.get("rests_on"))) {
          assertThat(e).containsKeys("name", "kind", "file", "line");
          assertThat(e.get("name")).isInstanceOf(String.class);
          assertThat((String) e.get("kind")).isIn("postulate", "approximation", "tested");
          assertThat(e.get("file")).isInstanceOf(String.class);
          assertThat((BigDecimal) e.get("line")).isPositive();
        }
        for (Map<String, Object> s : list(d.get("steps"))) {
          assertThat(s).containsKeys("name", "line", "column", "rule", "status", "message");
          assertThat(s.get("name")).isInstanceOf(String.class);
          assertThat((BigDecimal) s.get("line")).isPositive();
          assertThat((BigDecimal) s.get("column")).isPositive();
          assertThat(s.get("rule")).isInstanceOf(String.class);
          assertThat(s.get("message")).isInstanceOf(String.class);
          assertThat((String) s.get("status")).isIn(VERDICTS);
        }
      }
      for (Map<String, Object> d : list(f.get("diagnostics"))) {
        assertThat(d).containsKeys("line", "column", "severity", "code", "message");
        assertThat((String) d.get("severity")).isIn("error", "warning");
      }
    }
    Map<String, Object> summary = map(root.get("summary"));
    assertThat(summary.keySet()).containsExactlyInAnyOrderElementsOf(VERDICTS);
    summary.values().forEach(n -> assertThat((BigDecimal) n).isNotNegative());
    return root;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<Map<String, Object>>) o;
  }
}

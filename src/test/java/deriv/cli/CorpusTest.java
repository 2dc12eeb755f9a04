package deriv.cli;

import static deriv.cli.JsonContractTest.contract;
import static deriv.cli.JsonContractTest.list;
import static deriv.cli.TestSupport.deriv;
import static deriv.cli.TestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code src/test/resources/corpus/bad} is rejected for the reason its first line states:
 * {@code # expect: exit=2 code=CODE [count=N]} (a file error with that diagnostic code, N times) or
 * {@code # expect: exit=1 step=NAME status=S1|S2} (the named step gets one of those verdicts).
 */
class CorpusTest {
  static final Path BAD = Path.of("src/test/resources/corpus/bad");

  static Stream<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".deriv")).sorted().toList();
      assertThat(all).hasSizeGreaterThan(30);
      return all.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rejectedForTheStatedReason(Path file) throws IOException {
    Map<String, String> expect = expectation(file);
    TestSupport.Run run = deriv("check", "--format", "json", file.toString());
    TestSupport.assertReadable(file.toString(), run.all());

    assertThat(run.err()).as("nothing on stderr").isEmpty();
    assertThat(run.exit()).as(run.out()).isEqualTo(Integer.parseInt(expect.get("exit")));
    Map<String, Object> result = list(contract(run.out()).get("files")).get(0);
    if (expect.containsKey("code")) {
      List<Object> codes = new ArrayList<>();
      list(result.get("diagnostics")).forEach(d -> codes.add(d.get("code")));
      assertThat(codes).as(run.out()).contains(expect.get("code"));
      if (expect.containsKey("count")) {
        assertThat(codes).hasSize(Integer.parseInt(expect.get("count")));
      }
    } else {
      List<String> allowed = Arrays.asList(expect.get("status").split("\\|"));
      Object status = list(result.get("derivations")).stream().flatMap(d -> list(d.get("steps")).stream())
          .filter(s -> s.get("name").equals(expect.get("step"))).map(s -> s.get("status")).findFirst()
          .orElseThrow(() -> new AssertionError("no step " + expect.get("step") + " in " + run.out()));
      assertThat(allowed).as(run.out()).contains((String) status);
    }
  }

  /** Files that are better made than kept: an empty one and one over the size limit. */
  @Test
  void emptyAndOversizedFilesAreRefusedWithAMessage(@TempDir Path dir) {
    Path empty = write(dir, "empty.deriv", "");
    TestSupport.Run run = deriv("check", empty.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("empty.deriv:1:1: error: no derivation in this file");

    Path big = write(dir, "big.deriv", "# padding\n".repeat(210_000));
    assertThat(big.toFile().length()).isGreaterThan(2_000_000);
    run = deriv("check", big.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("deriv reads at most").doesNotContain("Exception");
  }

  private static Map<String, String> expectation(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String first = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    assertThat(first).as("first line of %s", file).startsWith("# expect: ");
    Map<String, String> out = new HashMap<>();
    for (String kv : first.substring("# expect: ".length()).trim().split("\\s+")) {
      String[] parts = kv.split("=", 2);
      out.put(parts[0], parts[1]);
    }
    assertThat(out).containsKey("exit");
    assertThat(out.containsKey("code") || out.containsKey("step") && out.containsKey("status")).isTrue();
    return out;
  }
}

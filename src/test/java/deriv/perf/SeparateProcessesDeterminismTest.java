package deriv.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two JVMs give byte-identical output: what changes from one process to the next (Map.of's salted order, identity
 * hashes, here made sequential in the second run) must not reach a verdict, a message or an instance's name. An
 * instance's bindings were once listed in Map.copyOf's order; in-process tests never saw it, one JVM having one salt.
 */
class SeparateProcessesDeterminismTest {
  private static final List<String> FILES = List.of("derivations/nernst.deriv", "derivations/barometric.deriv",
      "derivations/debye.deriv");

  @Test
  void twoProcessesPrintTheSameJson() throws Exception {
    String first = run(List.of());
    String second = run(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3"));
    assertThat(first).contains("\"proved\"").contains("an instance of boltzmann_ratio[");
    assertThat(second).isEqualTo(first);
  }

  private static String run(List<String> jvmFlags) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss8m", "-cp", System.getProperty("java.class.path")));
    command.addAll(jvmFlags);
    command.addAll(List.of("deriv.cli.Main", "check", "--no-cache", "-j", "2", "--format", "json"));
    command.addAll(FILES);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }
}

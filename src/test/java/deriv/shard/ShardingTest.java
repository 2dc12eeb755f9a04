package deriv.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deriv.cli.Sharding;
import deriv.perf.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The N shards of a run check every file exactly once and together report what one run reports. */
class ShardingTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void files() throws Exception {
    Cli.generate(dir, 12, 4);
  }

  @Test
  void shardsTogetherReportExactlyTheWholeRun() {
    List<String> whole = stepLines(Cli.run("check", "-j1", "--no-cache", dir.toString()).out());
    List<String> union = new ArrayList<>();
    int nonEmpty = 0;
    for (int k = 1; k <= 3; k++) {
      List<String> lines = stepLines(Cli.run("check", "--shard", k + "/3", "--no-cache", dir.toString()).out());
      nonEmpty += lines.isEmpty() ? 0 : 1;
      union.addAll(lines);
    }
    assertThat(nonEmpty).as("12 files spread over 3 shards").isGreaterThan(1);
    assertThat(union.stream().sorted().toList()).isEqualTo(whole.stream().sorted().toList());
    assertThat(union).hasSameSizeAs(whole).doesNotHaveDuplicates();
  }

  @Test
  void aFileKeepsItsShardWhateverElseIsInTheFolder() {
    Sharding s = new Sharding(2, 5);
    List<String> names = IntStream.range(0, 200).mapToObj(i -> "sub/f" + i + ".deriv").toList();
    List<String> taken = names.stream().filter(n -> s.contains(Path.of(n))).toList();
    assertThat(taken).isNotEmpty().hasSizeLessThan(names.size());
    // Every path is in exactly one of the five shards.
    for (String n : names) {
      long in = IntStream.rangeClosed(1, 5).filter(k -> new Sharding(k, 5).contains(Path.of(n))).count();
      assertThat(in).as(n).isEqualTo(1);
    }
    // The choice is a function of the normalised path alone.
    assertThat(new Sharding(1, 2).contains(Path.of("a.deriv")))
        .isEqualTo(new Sharding(1, 2).contains(Path.of("./x/../a.deriv")));
  }

  @Test
  void badShardsAreUsageErrors() {
    for (String bad : List.of("0/3", "4/3", "1/0", "x", "1/3/4")) {
      Cli c = Cli.run("check", "--shard", bad, dir.toString());
      assertThat(c.exit()).as(bad).isEqualTo(2);
      assertThat(c.err()).contains("--shard");
    }
    assertThatThrownBy(() -> Sharding.parse("2/1")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A text report as records: a step's line with its indented detail lines, without the summary line (shards count
   * only their own files).
   */
  private static List<String> stepLines(String out) {
    List<String> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.matches("\\d+ steps:.*") || line.isEmpty()) {
        continue;
      }
      if (line.startsWith(" ") && !records.isEmpty()) {
        records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
      } else {
        records.add(line);
      }
    }
    return records;
  }
}

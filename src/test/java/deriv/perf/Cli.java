package deriv.perf;

import deriv.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code deriv} in-process and keeps what it printed, for tests that compare runs. */
public record Cli(int exit, String out, String err) {
  public static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code count} generated files of {@code steps} steps (some false) into {@code dir}, in sub-folders. */
  public static void generate(Path dir, int count, int steps) throws java.io.IOException {
    for (int i = 0; i < count; i++) {
      Path f = dir.resolve("part" + i % 3).resolve("gen" + i + ".deriv");
      Files.createDirectories(f.getParent());
      Files.writeString(f, Generated.file(steps, 1000 + i, 4));
    }
  }
}

package deriv.cli;

import deriv.check.RunResult;
import deriv.report.GithubAnnotations;
import deriv.report.JsonReport;
import deriv.report.JunitXml;
import deriv.report.Sarif;
import deriv.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** The {@code --format NAME[=FILE]} options of {@code check}: which writer, and where its output goes. */
final class OutputFormat {
  private static final Map<String, Function<RunResult, String>> WRITERS = new LinkedHashMap<>();

  static {
    WRITERS.put("text", TextReport::write);
    WRITERS.put("json", JsonReport::write);
    WRITERS.put("junit", run -> new JunitXml().write(run));
    WRITERS.put("sarif", run -> new Sarif().write(run));
    WRITERS.put("github", run -> new GithubAnnotations().write(run));
  }

  private OutputFormat() {}

  record Target(String name, Function<RunResult, String> writer, Path file) {
    void emit(RunResult run, PrintWriter stdout) {
      String text = writer.apply(run);
      if (file == null) {
        stdout.print(text);
        stdout.flush();
        return;
      }
      try {
        if (file.getParent() != null) {
          Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
  }

  static List<Target> parse(List<String> specs, Path output, CommandLine cli) {
    List<Target> out = new ArrayList<>();
    List<String> all = specs.isEmpty() ? List.of("text") : specs;
    for (String spec : all) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      Path file = eq < 0 ? null : Path.of(spec.substring(eq + 1));
      Function<RunResult, String> writer = WRITERS.get(name);
      if (writer == null) {
        throw new CommandLine.ParameterException(cli, "unknown format '" + name + "'; formats: "
            + String.join(", ", WRITERS.keySet()));
      }
      out.add(new Target(name, writer, file));
    }
    if (output != null) {
      if (out.size() != 1 || out.get(0).file() != null) {
        throw new CommandLine.ParameterException(cli, "-o goes with exactly one --format without =FILE");
      }
      out.set(0, new Target(out.get(0).name(), out.get(0).writer(), output));
    }
    long toStdout = out.stream().filter(t -> t.file() == null).count();
    if (toStdout > 1) {
      throw new CommandLine.ParameterException(cli, "only one format can go to standard output");
    }
    return out;
  }
}

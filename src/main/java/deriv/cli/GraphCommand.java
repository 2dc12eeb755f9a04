package deriv.cli;

import deriv.check.Checker;
import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.report.DerivationGraphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv graph FILE --format svg|dot}: the derivation graph alone, as the HTML report embeds it. */
@CommandLine.Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Write a checked derivation's graph (facts as nodes, citations as edges) as SVG or Graphviz DOT.")
final class GraphCommand implements Callable<Integer> {
  enum Format { svg, dot }

  @CommandLine.Parameters(paramLabel = "FILE", description = "a .deriv file")
  Path file;

  @CommandLine.Option(names = "--format", defaultValue = "svg", description = "svg (default) or dot")
  Format format;

  @CommandLine.Option(names = "--derivation", paramLabel = "NAME",
      description = "the derivation to draw, in a file with several (default: the first)")
  String derivation;

  @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to OUT (default: stdout)")
  Path output;

  @CommandLine.Mixin
  StepLimits stepLimits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), TextFiles.whyNotReadable(file));
    }
    Options options = stepLimits.options(spec.commandLine(), false);
    FileResult result = CheckCommand.checkFile(new Checker(options, TextFiles.IMPORTS), file.normalize());
    RunResult run = new RunResult(List.of(result), options);
    if (result.hasErrors() || result.derivations().isEmpty()) {
      spec.commandLine().getErr().print(deriv.report.TextReport.write(run));
      return Main.EXIT_USAGE;
    }
    DerivationResult chosen = choose(result);
    String text = format == Format.dot ? DerivationGraphs.dot(chosen) : DerivationGraphs.svg(chosen);
    TextFiles.writeOrPrint(output, text, spec.commandLine());
    return run.exitCode();
  }

  private DerivationResult choose(FileResult result) {
    if (derivation == null) {
      return result.derivations().get(0);
    }
    for (DerivationResult d : result.derivations()) {
      if (d.name().equals(derivation)) {
        return d;
      }
    }
    List<String> names = result.derivations().stream().map(DerivationResult::name).toList();
    throw new CommandLine.ParameterException(spec.commandLine(), "no derivation named '" + derivation + "' in "
        + file + " (it has " + String.join(", ", names) + ")");
  }
}

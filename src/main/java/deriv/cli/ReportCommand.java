package deriv.cli;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.report.HtmlReport;
import deriv.report.LatexReport;
import deriv.report.MarkdownReport;
import deriv.report.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv report FILE --format latex|markdown|html}: the checked derivation as a document for readers. */
@CommandLine.Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a checked derivation as a LaTeX document, a Markdown/MathJax post or a self-contained HTML page.")
final class ReportCommand implements Callable<Integer> {
  enum Format { latex, markdown, html }

  @CommandLine.Parameters(paramLabel = "FILE", description = "a .deriv file")
  Path file;

  @CommandLine.Option(names = "--format", defaultValue = "latex", description = "latex (default), markdown or html")
  Format format;

  @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to OUT (default: stdout)")
  Path output;

  @CommandLine.Option(names = "--pdf", description = "also run pdflatex on the LaTeX output (needs -o)")
  boolean pdf;

  @CommandLine.Mixin
  StepLimits stepLimits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), TextFiles.whyNotReadable(file));
    }
    if (pdf && (format != Format.latex || output == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pdf needs --format latex and -o FILE.tex");
    }
    Options options = stepLimits.options(spec.commandLine(), false);
    FileResult result = CheckCommand.checkFile(new Checker(options, TextFiles.IMPORTS), file.normalize());
    RunResult run = new RunResult(List.of(result), options);
    if (result.hasErrors()) {
      spec.commandLine().getErr().print(deriv.report.TextReport.write(run));
      return run.exitCode();
    }
    Provenance provenance = new Provenance(Main.VERSION, today(), options.limits().work());
    String text;
    switch (format) {
      case markdown: text = new MarkdownReport(provenance).write(result); break;
      case html: text = new HtmlReport(provenance).write(result); break;
      default: text = new LatexReport(provenance).write(result);
    }
    TextFiles.writeOrPrint(output, text, spec.commandLine());
    if (pdf && !Pdflatex.compile(output, spec.commandLine().getErr())) {
      return Main.EXIT_USAGE;
    }
    if (pdf) {
      spec.commandLine().getOut().println("wrote " + output + " and " + Pdflatex.pdfOf(output));
    }
    return run.exitCode();
  }

  /**
   * The day of the check in UTC, or the day of {@code SOURCE_DATE_EPOCH} when it is set (the reproducible-builds
   * convention), so that a report can be made byte for byte again.
   */
  static String today() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC).toString();
    }
    return LocalDate.now(ZoneOffset.UTC).toString();
  }
}

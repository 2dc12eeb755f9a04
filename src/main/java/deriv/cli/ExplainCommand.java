package deriv.cli;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.report.DiagnosticText;
import deriv.syntax.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code deriv explain FILE[:LINE]}: how every step (or the one at LINE) was decided, in words. */
@CommandLine.Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain how each step of FILE (or the step or statement at LINE) was checked: the equation the"
        + " kernel was asked, the rule and its theorem, side conditions, what Symja did, and the verdict.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:explained (whatever the verdicts)", "2:usage error, unreadable file, syntax or name error,"
        + " or no step at LINE"})
final class ExplainCommand implements Callable<Integer> {
  private static final Pattern WITH_LINE = Pattern.compile("(.+):(\\d+)");

  @CommandLine.Parameters(paramLabel = "FILE[:LINE]", description = "a .deriv file, optionally with a line number")
  String target;

  @CommandLine.Mixin
  StepLimits stepLimits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path file = Path.of(target);
    int line = 0;
    Matcher m = WITH_LINE.matcher(target);
    if (!Files.exists(file) && m.matches()) {
      file = Path.of(m.group(1));
      line = lineNumber(m.group(2));
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), TextFiles.whyNotReadable(file));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = SourceFiles.readOrSay(file, err);
    if (text == null) {
      return Main.EXIT_USAGE;
    }
    Options options = stepLimits.options(spec.commandLine(), false);
    String path = file.toString();
    FileResult result = SourceFiles.guarded(path, () -> new Checker(options, TextFiles.IMPORTS).checkText(path,
        text));
    if (result.hasErrors()) {
      for (Diagnostic d : result.diagnostics()) {
        err.print(DiagnosticText.render(file.toString(), text, d));
      }
      err.flush();
      return Main.EXIT_USAGE;
    }
    String explanation = Explanation.write(result, line);
    if (explanation == null) {
      err.println("deriv: no step or statement at " + file + ":" + line);
      err.flush();
      return Main.EXIT_USAGE;
    }
    out.print(explanation);
    out.flush();
    return 0;
  }

  /** The LINE of FILE:LINE, or a usage error (never a NumberFormatException) when it is not a line number. */
  private int lineNumber(String digits) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 9 || Integer.parseInt(significant) < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the line in FILE:LINE must be a number from 1 to 999999999 (got '" + digits + "')");
    }
    return Integer.parseInt(significant);
  }
}

package deriv.cli;

import deriv.report.DiagnosticText;
import deriv.syntax.Diagnostic;
import deriv.units.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv eval FILE --at NAME=VALUE…}: the goal's left side as a number with its unit (docs/units.md). */
@CommandLine.Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate a derivation's goal: its left side, computed from its right side with the definitions "
        + "unfolded, the exact SI constants and the given values.",
        "Example: deriv eval nernst.deriv --at T=310.15K --at n_1=140mM --at n_2=5mM --at q=e"},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:evaluated", "1:the file has a dimension error",
        "2:usage error, unreadable file, syntax, name or unit error, a missing or unfitting value"})
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "a .deriv file with units")
  Path file;

  @CommandLine.Option(names = "--at", paramLabel = "NAME=VALUE",
      description = "a value: 310.15K, 37degC, 140mM, 5mmol/L, 1.602176634e-19C, or a constant's name (e). "
          + "Repeatable.")
  Map<String, String> values = new LinkedHashMap<>();

  @CommandLine.Option(names = "--derivation", paramLabel = "NAME",
      description = "which derivation, when the file has several")
  String derivation;

  @CommandLine.Option(names = "--digits", paramLabel = "N", defaultValue = "4",
      description = "significant digits of the result (default ${DEFAULT-VALUE})")
  int digits;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (digits < 1 || digits > 15) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--digits must be between 1 and 15");
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
    Evaluation.Result r;
    try {
      r = Evaluation.run(file.toString(), text, new Evaluation.Request(derivation, values, digits));
    } catch (RuntimeException | StackOverflowError e) {
      err.println("deriv: could not evaluate " + file + " (" + e.getClass().getSimpleName() + "); please report it");
      return Main.EXIT_USAGE;
    }
    for (Diagnostic d : r.diagnostics()) {
      err.print(DiagnosticText.render(file.toString(), text, d));
    }
    if (r.error() != null) {
      err.println("deriv: " + r.error());
    }
    out.print(r.output());
    out.flush();
    err.flush();
    return r.exitCode();
  }
}

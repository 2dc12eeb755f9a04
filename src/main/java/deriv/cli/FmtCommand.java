package deriv.cli;

import deriv.syntax.Diagnostic;
import deriv.syntax.Formatter;
import deriv.report.DiagnosticText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv fmt FILE…}: rewrites files in the canonical layout; {@code --check} only lists those it would change. */
@CommandLine.Command(name = "fmt", mixinStandardHelpOptions = true,
    description = "Rewrite .deriv files in the canonical layout (comments kept). Folders are searched for *.deriv.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every file is formatted (or, with --check, already was)",
        "1:with --check: some file would change (they are listed)",
        "2:usage error, unreadable file or syntax error"})
final class FmtCommand implements Callable<Integer> {
  @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "files or folders")
  List<Path> paths;

  @CommandLine.Option(names = "--check", description = "change nothing; exit 1 and list the files that would change")
  boolean check;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    boolean wouldChange = false;
    for (Path file : Inputs.collect(paths, false)) {
      String text;
      try {
        text = TextFiles.read(file);
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        failed = true;
        continue;
      }
      Formatter.Result r = Formatter.format(file.toString(), text);
      if (!r.ok()) {
        for (Diagnostic d : r.diagnostics()) {
          err.print(DiagnosticText.render(file.toString(), text, d));
        }
        failed = true;
      } else if (!r.text().equals(text)) {
        wouldChange = true;
        if (check) {
          out.println("would reformat " + file);
        } else {
          Files.writeString(file, r.text(), StandardCharsets.UTF_8);
          out.println("formatted " + file);
        }
      }
    }
    out.flush();
    err.flush();
    return failed ? Main.EXIT_USAGE : check && wouldChange ? 1 : 0;
  }
}

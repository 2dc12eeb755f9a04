package deriv.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;

/** {@code deriv completion bash}: a completion script for the shell, made by picocli from deriv's own commands. */
@CommandLine.Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a shell completion script for deriv's commands and options. "
        + "Load it with: source <(./deriv completion bash)   (zsh: autoload -U bashcompinit && bashcompinit first)",
    exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:the script was printed", "2:an unsupported shell"})
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Parameters(paramLabel = "SHELL", description = "bash (zsh reads the same script through bashcompinit)")
  String shell;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      spec.commandLine().getErr().println("deriv: no completion for '" + shell + "'; bash and zsh are supported");
      return Main.EXIT_USAGE;
    }
    spec.commandLine().getOut().print(AutoComplete.bash("deriv", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

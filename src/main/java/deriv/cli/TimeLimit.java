package deriv.cli;

import java.time.Duration;
import picocli.CommandLine;

/** The {@code --timeout SECONDS} option every checking command shares. */
final class TimeLimit {
  @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "time limit per step (default ${DEFAULT-VALUE} s)")
  double seconds;

  /** The limit, or a usage error when it is not a sensible number of seconds. */
  Duration perStep(CommandLine cli) {
    if (!(seconds > 0) || seconds > 3600) {
      throw new CommandLine.ParameterException(cli, "--timeout must be between 0 and 3600 seconds");
    }
    return Duration.ofMillis((long) (seconds * 1000));
  }
}

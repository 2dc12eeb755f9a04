package deriv.cli;

import deriv.kernel.Limits;
import java.time.Duration;
import picocli.CommandLine;

/** The {@code --budget UNITS} and {@code --timeout SECONDS} options every checking command shares. */
final class StepLimits {
  @CommandLine.Option(names = "--budget", paramLabel = "UNITS", defaultValue = "" + Limits.DEFAULT_WORK,
      description = "work budget per step, in work units (1 unit = 1 MB allocated while deciding it; the same "
          + "verdicts on any machine at any load; default ${DEFAULT-VALUE})")
  long units;

  @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "wall-clock safety limit per step, only for a computation that does no measurable work "
          + "(default ${DEFAULT-VALUE} s)")
  double seconds;

  /** The limits, or a usage error when they are not sensible. */
  Limits perStep(CommandLine cli) {
    if (units < 1 || units > 1_000_000) {
      throw new CommandLine.ParameterException(cli, "--budget must be between 1 and 1000000 work units");
    }
    if (!(seconds > 0) || seconds > 3600) {
      throw new CommandLine.ParameterException(cli, "--timeout must be between 0 and 3600 seconds");
    }
    return new Limits(units, Duration.ofMillis((long) (seconds * 1000)));
  }
}

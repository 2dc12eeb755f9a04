package deriv.cli;

import deriv.kernel.Limits;
import java.time.Duration;
import picocli.CommandLine;

/** The {@code --budget}, {@code --file-budget} and {@code --timeout} options every checking command shares. */
final class StepLimits {
  @CommandLine.Option(names = "--budget", paramLabel = "UNITS", defaultValue = "" + Limits.DEFAULT_WORK,
      description = "work budget per step, in work units (1 unit = 1 MB allocated while deciding it; the same "
          + "verdicts on any machine at any load; default ${DEFAULT-VALUE})")
  long units;

  @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "wall-clock safety limit per step, only for a computation that does no measurable work "
          + "(default ${DEFAULT-VALUE} s)")
  double seconds;

  @CommandLine.Option(names = "--file-budget", paramLabel = "UNITS",
      description = "work units a file's steps may use up in all: once the steps that ran out of their budget add "
          + "up to this, the file's other steps are not decided (default " + deriv.check.Options.FILE_STEPS
          + " times --budget)")
  Long fileUnits;

  /** How to check, or a usage error when the limits are not sensible. */
  deriv.check.Options options(CommandLine cli, boolean strict) {
    Limits limits = perStep(cli);
    if (fileUnits == null) {
      return new deriv.check.Options(limits, strict);
    }
    if (fileUnits < 1 || fileUnits > 1_000_000_000L) {
      throw new CommandLine.ParameterException(cli, "--file-budget must be between 1 and 1000000000 work units");
    }
    return new deriv.check.Options(limits, strict, fileUnits);
  }

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

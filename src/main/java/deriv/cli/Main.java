package deriv.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** {@code deriv}: the command line. {@link #run} returns the exit code, so tests call it without a process. */
@CommandLine.Command(name = "deriv", mixinStandardHelpOptions = true, version = Main.VERSION,
    description = "Checks step-by-step derivations with the Symja computer-algebra system.")
public final class Main implements Runnable {
  /** The commands that decide steps: the computer algebra is set up from the start, on the other core. */
  private static final java.util.Set<Class<?>> DECIDING = java.util.Set.of(CheckCommand.class, ReportCommand.class,
      GraphCommand.class, ExplainCommand.class, EvalCommand.class);

  /** The commands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, ReportCommand.class, GraphCommand.class,
      ExplainCommand.class, FmtCommand.class, NewCommand.class, EvalCommand.class, LspCommand.class,
      CompletionCommand.class, CommandLine.HelpCommand.class);

  /** The name and version a report's provenance and {@code --version} give. */
  public static final String VERSION = "deriv 0.1.0";

  /** Usage errors, unreadable files, syntax and name errors. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  // read from the parse result (Main.run); declared here so that every command takes it and lists it in its help
  @CommandLine.Option(names = "--ascii", scope = CommandLine.ScopeType.INHERIT,
      description = "print plain ASCII: marks + ~ * X T ? for proved, tested, assumed, failed, timeout, unknown; "
          + "Greek letters spelled out (beta); automatic when standard output cannot print UTF-8 (LANG=C)")
  boolean ascii;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. `deriv check derivations/`");
  }

  public static void main(String[] args) {
    // As the launcher does, for `java -jar deriv.jar` too: before any Symja class loads, or log4j writes its own
    // "could not find a logging implementation" line to standard error.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // deriv prints through out and err; what Symja prints on its own goes through System.out/err, silenced.
    System.setOut(WorkerOutput.silencedOnWorkers(System.out));
    System.setErr(WorkerOutput.silencedOnWorkers(System.err));
    WorkLog.installIfAsked();
    Class<?> command = named(args);
    if (command != null && DECIDING.contains(command)) {
      startKernel();
    }
    int code = run(args, out, err, !Ascii.utf8Printable(System::getProperty));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Sets the computer algebra up on a spare thread (about 0.4 s of Symja's class initialisation), while picocli reads
   * the options and the files are parsed: every step waits for it. A run answered from the run cache never needs it,
   * and exits without waiting for it (a daemon thread).
   */
  static void startKernel() {
    Thread t = new Thread(null, deriv.kernel.Kernel::startUp, "deriv-start-up", 16L << 20);
    t.setDaemon(true);
    t.start();
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** The command the arguments name (the first one that is not an option), unless it is help or completion. */
  private static Class<?> named(String[] args) {
    for (String a : args) {
      if (!a.startsWith("-")) {
        for (Class<?> c : COMMANDS) {
          if (c != CommandLine.HelpCommand.class && c != CompletionCommand.class
              && c.getAnnotation(CommandLine.Command.class).name().equals(a)) {
            return c;
          }
        }
        return null;
      }
    }
    return null;
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /** @param asciiOnly standard output cannot print UTF-8: everything is printed as with {@code --ascii} */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean asciiOnly) {
    CommandLine cli = new CommandLine(new Main());
    // Only the command that runs is built (picocli reads every option's annotations of every command it is given,
    // a tenth of a second at start-up); help, completion and a misspelt name get them all.
    Class<?> named = named(args);
    for (Class<?> c : COMMANDS) {
      if (named == null || c == named) {
        cli.addSubcommand(c.getAnnotation(CommandLine.Command.class).name(), c);
      }
    }
    boolean[] ascii = {asciiOnly};
    // UTF-8 whatever the platform's default: the writers are the only place characters become bytes
    cli.setOut(new PrintWriter(new Ascii.Writer(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
        () -> ascii[0]), true));
    cli.setErr(new PrintWriter(new Ascii.Writer(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8),
        () -> ascii[0]), true));
    cli.setExecutionStrategy(parsed -> {
      for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
        ascii[0] |= p.hasMatchedOption("--ascii");
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // A file or folder that cannot be read or written is the user's to fix; its message is a path.
      if (e instanceof java.io.IOException io) {
        commandLine.getErr().println("deriv: cannot read or write " + io.getMessage());
        return EXIT_USAGE;
      }
      // Anything else is a bug in deriv: name it, but echo nothing (its message may quote the input).
      commandLine.getErr().println("deriv: internal error (" + e.getClass().getSimpleName() + "); please report it");
      return EXIT_USAGE;
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      PrintWriter usage = e.getCommandLine().getErr();
      usage.println("deriv: " + e.getMessage());
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        usage.println("Did you mean '" + u.getSuggestions().get(0) + "'?"); // `deriv chek` → check
      }
      usage.println("Try 'deriv --help'.");
      return EXIT_USAGE;
    });
    return cli.execute(args);
  }
}

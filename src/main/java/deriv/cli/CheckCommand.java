package deriv.cli;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.StepCache;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import deriv.syntax.Span;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv check PATH…}: checks every step of every derivation and reports in the requested formats. */
@CommandLine.Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check .deriv files (folders are searched for *.deriv, except broken/ folders).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every step proved or assumed and every goal reached",
        "1:a step failed, timed out or is unknown (or tested, with --strict), a goal was not reached, or a "
            + "dimension error (docs/units.md)",
        "2:usage error, unreadable file, syntax or name error, bad or missing unit"})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths;

  @CommandLine.Option(names = "--format", paramLabel = "FORMAT[=FILE]",
      description = "text (default), json, junit, sarif or github; FORMAT=FILE writes that format to a file. "
          + "Repeatable: --format text --format junit=reports/junit.xml")
  List<String> formats = new ArrayList<>();

  @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the (single) format to FILE instead of standard output")
  Path output;

  @CommandLine.Option(names = "--strict", description = "a step that is only tested (numerically) fails")
  boolean strict;

  @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "time limit per step (default ${DEFAULT-VALUE} s)")
  double timeoutSeconds;

  @CommandLine.Option(names = "--include-broken", description = "also check files under broken/ folders")
  boolean includeBroken;

  @CommandLine.Option(names = "--watch", description = "after checking, check again whenever a .deriv file is saved;"
      + " steps that did not change are not decided again (stop with Ctrl-C)")
  boolean watch;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be between 0 and 3600 seconds");
    }
    List<OutputFormat.Target> targets = OutputFormat.parse(formats, output, spec.commandLine());
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    Options options = new Options(Duration.ofMillis((long) (timeoutSeconds * 1000)), strict);
    StepCache cache = watch ? new StepCache() : null;
    RunResult run = checkAll(options, cache, targets);
    if (!watch) {
      return run.exitCode();
    }
    try (Watch w = new Watch(paths)) {
      spec.commandLine().getErr().println("deriv: watching for saved .deriv files (Ctrl-C stops)");
      w.forever(() -> {
        int decided = cache.misses();
        int reused = cache.hits();
        try {
          checkAll(options, cache, targets);
        } catch (IOException e) {
          spec.commandLine().getErr().println("deriv: " + e.getMessage());
        }
        spec.commandLine().getErr().println("deriv: checked again: " + (cache.misses() - decided)
            + " steps decided, " + (cache.hits() - reused) + " unchanged steps reused");
      });
    }
    return run.exitCode();
  }

  /** One run over every input; a new checker each time (files may have changed), the cache shared. */
  private RunResult checkAll(Options options, StepCache cache, List<OutputFormat.Target> targets)
      throws IOException {
    Checker checker = new Checker(options, CheckCommand::readImport, cache);
    List<FileResult> results = new ArrayList<>();
    for (Path file : Inputs.collect(paths, includeBroken)) {
      results.add(checkFile(checker, file));
    }
    RunResult run = new RunResult(results, strict);
    for (OutputFormat.Target t : targets) {
      t.emit(run, spec.commandLine().getOut());
    }
    return run;
  }

  static FileResult checkFile(Checker checker, Path file) {
    String path = file.toString();
    String text;
    try {
      // Refuse before reading: a huge file must not exhaust memory (UTF-8 takes at most 4 bytes a character).
      long size = Files.size(file);
      if (size > 4L * Parsing.MAX_CHARS) {
        return unreadable(path, "file has " + size + " bytes; deriv reads at most " + Parsing.MAX_CHARS
            + " characters");
      }
      text = TextFiles.read(file);
    } catch (CharacterCodingException e) {
      return unreadable(path, "file is not valid UTF-8");
    } catch (NoSuchFileException e) {
      return unreadable(path, "no such file");
    } catch (IOException | OutOfMemoryError e) {
      return unreadable(path, "cannot read file: " + e.getMessage());
    }
    try {
      return checker.checkText(path, text);
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(path, "deriv could not check this file (" + e.getClass().getSimpleName()
          + "); please report it");
    }
  }

  /** Imports are read with the same limits as named files. */
  static String readImport(String path) throws IOException {
    Path p = Path.of(path);
    if (Files.size(p) > deriv.syntax.Parsing.MAX_CHARS * 4L) {
      throw new IOException("file too large");
    }
    return TextFiles.read(p);
  }

  private static FileResult unreadable(String path, String message) {
    return new FileResult(path, new Ast.SourceFile(path, "", List.of()), List.of(),
        List.of(Diagnostic.error("unreadable", message, Span.NONE)));
  }
}

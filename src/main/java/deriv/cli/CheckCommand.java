package deriv.cli;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.cli.ParallelChecker;
import deriv.cli.Sharding;
import deriv.cli.SourceFiles;
import deriv.cache.VerdictCache;
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

  @CommandLine.Mixin
  StepLimits stepLimits;

  @CommandLine.Option(names = "--include-broken", description = "also check files under broken/ folders")
  boolean includeBroken;

  @CommandLine.Option(names = "--watch", description = "after checking, check again whenever a .deriv file is saved;"
      + " steps that did not change are not decided again (stop with Ctrl-C)")
  boolean watch;

  @CommandLine.Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "check on N threads (default: one per core); the output is the same for every N")
  Integer jobs;

  @CommandLine.Option(names = "--shard", paramLabel = "K/N",
      description = "check only shard K of N (by a stable hash of each file's path); the N shards together check "
          + "every file once")
  String shard;

  @CommandLine.Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".deriv-cache",
      description = "where verdicts are kept between runs (default ${DEFAULT-VALUE}); entries are signed with a key "
          + "outside the repository (~/.cache/deriv/key, or $DERIV_CACHE_KEY)")
  Path cacheDir;

  @CommandLine.Option(names = "--no-cache", description = "neither read nor write the verdict cache")
  boolean noCache;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private volatile boolean warned;

  @Override
  public Integer call() throws IOException {
    List<OutputFormat.Target> targets = OutputFormat.parse(formats, output, spec.commandLine());
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
      }
    }
    Options options = stepLimits.options(spec.commandLine(), strict);
    if (!watch) {
      return checkOnce(options, targets);
    }
    StepCache cache = new StepCache(deriv.cache.ObligationKey::describe);
    Decider decider = decider();
    RunResult run = checkAll(options, decider, cache, targets);
    try (Watch w = new Watch(paths)) {
      spec.commandLine().getErr().println("deriv: watching for saved .deriv files (Ctrl-C stops)");
      w.forever(() -> {
        int decided = cache.misses();
        int reused = cache.hits();
        try {
          checkAll(options, decider, cache, targets);
        } catch (IOException e) {
          spec.commandLine().getErr().println("deriv: " + e.getMessage());
        }
        spec.commandLine().getErr().println("deriv: checked again: " + (cache.misses() - decided)
            + " steps decided, " + (cache.hits() - reused) + " unchanged steps reused");
      });
    }
    return run.exitCode();
  }

  /**
   * One run over every input. An unchanged run that prints only to standard output is answered from the run cache
   * (docs/performance.md); otherwise checked, and kept there.
   */
  private int checkOnce(Options options, List<OutputFormat.Target> targets) throws IOException {
    // read once: the texts the cache describes are the texts that are checked
    List<Path> files = Inputs.collect(paths, includeBroken, sharding());
    if (files.isEmpty() && shard == null) {
      // a CI job pointed at the wrong folder must not pass with "0 steps"
      throw new CommandLine.ParameterException(spec.commandLine(), "no .deriv files in " + paths.stream()
          .map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
          + (includeBroken ? "" : " (files under broken/ folders are skipped without --include-broken)"));
    }
    List<SourceFiles.Source> sources = files.stream().map(SourceFiles::read).toList();
    boolean toStdoutOnly = targets.stream().allMatch(t -> t.file() == null);
    // the arguments after @file expansion: what the options really were
    CachedRuns cached = noCache || !toStdoutOnly ? null : CachedRuns.describe(
        deriv.cache.RunCache.open(cacheDir, System.getenv()), spec.commandLine().getParseResult().expandedArgs(),
        sources);
    java.io.PrintWriter out = spec.commandLine().getOut();
    if (cached != null) {
      deriv.cache.RunCache.Stored s = cached.stored(TextFiles.IMPORTS);
      if (s != null) {
        out.print(s.output());
        out.flush();
        return s.exitCode();
      }
    }
    CachedRuns.Recording imports = new CachedRuns.Recording(TextFiles.IMPORTS);
    List<FileResult> results;
    try (ParallelChecker checker = new ParallelChecker(options, imports, decider(), threads())) {
      results = checker.checkSources(sources);
    }
    RunResult run = new RunResult(results, options);
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter capture = new java.io.PrintWriter(text);
    for (OutputFormat.Target t : targets) {
      t.emit(run, capture);
    }
    capture.flush();
    out.print(text);
    out.flush();
    if (cached != null && !warned && deriv.cache.RunCache.storable(results)) {
      cached.store(text.toString(), run.exitCode(), imports.imports());
    }
    return run.exitCode();
  }

  /** Watch mode: one run over every input, in order; a new checker each time (files change), the cache shared. */
  private RunResult checkAll(Options options, Decider decider, StepCache cache, List<OutputFormat.Target> targets)
      throws IOException {
    Checker checker = new Checker(options, TextFiles.IMPORTS, decider, cache);
    List<FileResult> results = new ArrayList<>();
    for (Path file : Inputs.collect(paths, includeBroken, sharding())) {
      results.add(checkFile(checker, file));
    }
    return emit(new RunResult(results, options), targets);
  }

  private RunResult emit(RunResult run, List<OutputFormat.Target> targets) {
    for (OutputFormat.Target t : targets) {
      t.emit(run, spec.commandLine().getOut());
    }
    return run;
  }

  static FileResult checkFile(Checker checker, Path file) {
    return ParallelChecker.checkOne(SourceFiles.read(file), checker);
  }

  private Decider decider() {
    if (noCache) {
      return Decider.KERNEL;
    }
    return VerdictCache.open(cacheDir, System.getenv(), m -> {
      warned = true; // a run that warned is not kept: the next one should warn again
      spec.commandLine().getErr().println("deriv: " + m);
    });
  }

  private Sharding sharding() {
    try {
      return shard == null ? Sharding.ALL : Sharding.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shard: " + e.getMessage());
    }
  }

  private int threads() {
    if (jobs == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (jobs < 1 || jobs > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be between 1 and 256");
    }
    return jobs;
  }
}

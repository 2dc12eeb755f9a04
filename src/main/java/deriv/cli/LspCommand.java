package deriv.cli;

import deriv.cache.VerdictCache;
import deriv.check.Decider;
import deriv.lsp.DerivLanguageServer;
import deriv.lsp.Environment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;

/**
 * {@code deriv lsp}: the language server over standard input and output (docs/editors.md). Standard output carries
 * the protocol and nothing else: from here on whatever else is printed goes to standard error.
 */
@CommandLine.Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Run a Language Server Protocol server on standard input/output, for editors (docs/editors.md):"
        + " errors as you type, each step's verdict, hover, go to definition, outline, completion, formatting,"
        + " quick fixes. Steps are checked with the same budgets as `deriv check`.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the client asked the server to shut down, then to exit", "1:the client exited without "
        + "shutting down, or closed the connection", "2:usage error"})
final class LspCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StepLimits stepLimits;

  @CommandLine.Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = ".deriv-cache",
      description = "where verdicts are kept between runs (default ${DEFAULT-VALUE}), shared with `deriv check`")
  Path cacheDir;

  @CommandLine.Option(names = "--no-cache", description = "neither read nor write the verdict cache")
  boolean noCache;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    deriv.check.Options options = stepLimits.options(spec.commandLine(), false);
    // the protocol's own stream, taken before anything else can write to standard output
    OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    System.setOut(System.err); // silenced on the kernel's workers already (Main)
    Main.startKernel(); // after standard output is the protocol's alone
    java.util.logging.Logger.getLogger("org.eclipse.lsp4j").setLevel(java.util.logging.Level.SEVERE);
    DerivLanguageServer server = new DerivLanguageServer(environment(options));
    java.util.concurrent.Future<Void> listening = server.connect(new FileInputStream(FileDescriptor.in), protocol)
        .startListening();
    // the client's `exit`, or the end of its connection, ends the server
    try {
      return java.util.concurrent.CompletableFuture.anyOf(server.exited(),
          java.util.concurrent.CompletableFuture.runAsync(() -> waitFor(listening))).thenApply(
              code -> code instanceof Integer i ? i : 1).get();
    } catch (ExecutionException e) {
      return 1;
    }
  }

  private static void waitFor(java.util.concurrent.Future<Void> listening) {
    try {
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      // the connection ended
    }
  }

  /** The same checking as `deriv check`: its limits, its import loader, its verdict cache. */
  private Environment environment(deriv.check.Options options) {
    return LspEnvironment.of(options, decider());
  }

  private Decider decider() {
    if (noCache) {
      return Decider.KERNEL;
    }
    return VerdictCache.open(cacheDir, System.getenv(), m -> System.err.println("deriv lsp: " + m));
  }
}

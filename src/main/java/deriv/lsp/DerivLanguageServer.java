package deriv.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code deriv lsp}: the language server. {@link #connect} connects it to a client over two streams. */
public final class DerivLanguageServer implements LanguageServer, LanguageClientAware {
  private final TextDocuments documents;
  private final CompletableFuture<Integer> exited = new CompletableFuture<>();
  private volatile LanguageClient client;
  private volatile boolean shutDown;

  public DerivLanguageServer(Environment env) {
    this.documents = new TextDocuments(env);
  }

  /**
   * Connects the server to a client reading requests from {@code in} and writing the protocol, and nothing else, to
   * {@code out}; {@code startListening()} on the result starts it.
   */
  public Launcher<LanguageClient> connect(InputStream in, OutputStream out) {
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(this, in, out);
    connect(launcher.getRemoteProxy());
    return launcher;
  }

  /** Completes with the process's exit code on the client's {@code exit}: 0 after {@code shutdown}, else 1. */
  public CompletableFuture<Integer> exited() {
    return exited;
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
    documents.connect(client, false);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ServerCapabilities c = new ServerCapabilities();
    c.setTextDocumentSync(TextDocumentSyncKind.Full);
    c.setHoverProvider(true);
    c.setDefinitionProvider(true);
    c.setReferencesProvider(true);
    c.setDocumentSymbolProvider(true);
    c.setCompletionProvider(new CompletionOptions(false, List.of()));
    c.setDocumentFormattingProvider(true);
    c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    c.setInlayHintProvider(true);
    c.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(NameTokens.LEGEND, true));
    documents.connect(client, refreshesInlayHints(params.getCapabilities()));
    return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("deriv", "0.1.0")));
  }

  private static boolean refreshesInlayHints(ClientCapabilities c) {
    return c != null && c.getWorkspace() != null && c.getWorkspace().getInlayHint() != null
        && Boolean.TRUE.equals(c.getWorkspace().getInlayHint().getRefreshSupport());
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    documents.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    documents.close();
    exited.complete(shutDown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return new WorkspaceService() {
      @Override
      public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {
        // no settings
      }

      @Override
      public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {
        // imports are read again on the next check
      }
    };
  }
}

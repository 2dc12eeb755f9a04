package deriv.lsp;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.syntax.Formatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents. On every change: syntax and name errors at once (on the protocol's thread, before it reads
 * the next message); then the check in the background ({@link CheckRuns}), whose verdicts replace them.
 */
final class TextDocuments implements TextDocumentService {
  private final Environment env;
  private final CheckRuns runs;
  private final Map<String, Document> open = new ConcurrentHashMap<>();
  private volatile LanguageClient client;
  private volatile boolean refreshInlayHints;

  TextDocuments(Environment env) {
    this.env = env;
    this.runs = new CheckRuns(env);
  }

  void connect(LanguageClient client, boolean refreshInlayHints) {
    this.client = client;
    this.refreshInlayHints = refreshInlayHints;
  }

  void close() {
    runs.close();
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Document doc = new Document(uri, env.pathOfUri().apply(uri), params.getTextDocument().getText(),
        params.getTextDocument().getVersion());
    open.put(uri, doc);
    changed(doc, doc.current(), false);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    Document doc = open.get(params.getTextDocument().getUri());
    if (doc == null) {
      return;
    }
    String text = doc.current().text;
    for (TextDocumentContentChangeEvent c : params.getContentChanges()) {
      text = c.getRange() == null ? c.getText() : Edits.apply(text, c.getRange(), c.getText());
    }
    boolean hadErrors = doc.frontEndErrors();
    changed(doc, doc.update(text, params.getTextDocument().getVersion()), hadErrors);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    Document doc = open.remove(params.getTextDocument().getUri());
    if (doc != null) {
      doc.close();
      publish(doc.uri, List.of(), null);
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // every change is checked as it is typed; saving changes nothing
  }

  /**
   * Syntax and name errors now (and their clearing, when the last publication had some); the verdicts when the
   * background check of this text is done.
   */
  private void changed(Document doc, Document.Snapshot now, boolean publishNow) {
    List<deriv.syntax.Diagnostic> front = Checker.frontEndDiagnostics(doc.path, now.text);
    boolean errors = front.stream().anyMatch(d -> d.severity() == deriv.syntax.Diagnostic.Severity.ERROR);
    doc.setFrontEndErrors(errors);
    if (errors || publishNow) {
      publish(doc.uri, EditorDiagnostics.ofFrontEnd(front, now.positions()), now.version);
    }
    if (errors) {
      return; // the checker would stop at the same errors
    }
    runs.submit(doc, now, steps -> {
      doc.setDecidedSoFar(now, steps);
      publish(doc.uri, EditorDiagnostics.ofSteps(front, steps, now), now.version);
    }, (snapshot, result) -> checked(doc, snapshot, result));
  }

  private void checked(Document doc, Document.Snapshot snapshot, FileResult result) {
    doc.setChecked(result);
    publish(doc.uri, EditorDiagnostics.ofResult(result, snapshot.positions()), snapshot.version);
    LanguageClient c = client;
    if (c != null && refreshInlayHints) {
      c.refreshInlayHints();
    }
  }

  private void publish(String uri, List<org.eclipse.lsp4j.Diagnostic> diagnostics, Integer version) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    }
  }

  // ---- requests: answered from the current text and the latest check ------------------------------------------

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return answer(params.getTextDocument().getUri(), null, (doc, now) -> Hovers.at(doc, now,
        Positions.line(params.getPosition()), now.positions().column(params.getPosition()), env.explainer()));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return answer(params.getTextDocument().getUri(), Either.forLeft(List.of()), (doc, now) -> Either.forLeft(
        Navigation.definition(doc, now, Positions.line(params.getPosition()),
            now.positions().column(params.getPosition()), env)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), (doc, now) -> Navigation.references(doc, now,
        Positions.line(params.getPosition()), now.positions().column(params.getPosition()),
        params.getContext() == null || params.getContext().isIncludeDeclaration()));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), (doc, now) -> Navigation.symbols(doc, now).stream()
        .map(s -> Either.<SymbolInformation, DocumentSymbol>forRight(s)).toList());
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return answer(params.getTextDocument().getUri(), Either.forLeft(List.of()), (doc, now) -> Either.forLeft(
        Navigation.completion(doc, now, Positions.line(params.getPosition()))));
  }

  /** {@code deriv fmt}'s layout as one edit of the whole text; none when it does not parse or is already so. */
  @Override
  public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), (doc, now) -> {
      Formatter.Result r = Formatter.format(doc.path, now.text);
      if (!r.ok() || r.text().equals(now.text)) {
        return List.of();
      }
      return List.of(new TextEdit(now.positions().whole(), r.text()));
    });
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), (doc, now) -> CodeActions.at(doc, now,
        params.getRange()).stream().map(a -> Either.<Command, CodeAction>forRight(a)).toList());
  }

  @Override
  public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
    return answer(params.getTextDocument().getUri(), new SemanticTokens(List.of()), (doc, now) ->
        new SemanticTokens(NameTokens.of(doc, now)));
  }

  @Override
  public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
    return answer(params.getTextDocument().getUri(), List.of(), (doc, now) -> {
      FileResult checked = doc.checkedNow();
      return InlayHints.of(checked, now.positions());
    });
  }

  private interface Answer<T> {
    T of(Document doc, Document.Snapshot now);
  }

  /** The answer for an open document, {@code none} for any other; computed at once (it is cheap: no kernel). */
  private <T> CompletableFuture<T> answer(String uri, T none, Answer<T> answer) {
    Document doc = open.get(uri);
    if (doc == null) {
      return CompletableFuture.completedFuture(none);
    }
    return CompletableFuture.completedFuture(answer.of(doc, doc.current()));
  }
}

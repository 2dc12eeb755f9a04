package deriv.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Decider;
import deriv.check.Options;
import deriv.cli.LspEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code deriv lsp} driven through LSP4J's own client launcher over pipes, as an editor drives it: open,
 * edit, diagnostics, hover, definition, references, outline, completion, formatting and quick fixes.
 */
class LspServerTest {
  /** Only a safety net: each wait ends as soon as the notification arrives. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final String SQUARES = String.join("\n",
      "derivation squares \"Difference of squares\"",
      "let a, b : real",
      "def s := a + b",
      "claim diff:",
      "  (a - b)*(a + b)",
      "    = a^2 - b^2          by algebra",
      "goal (a - b)*(a + b) = a^2 - b^2",
      "");

  private static LanguageServer server;
  private static Client client;
  private static DerivLanguageServer implementation;

  /** The editor's side: keeps every diagnostics notification, and wakes whoever waits for one. */
  static final class Client implements LanguageClient {
    private final List<PublishDiagnosticsParams> received = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams p) {
      received.add(p);
      notifyAll();
    }

    /** The first notification for {@code uri} at {@code version}, after those seen already, that matches. */
    synchronized PublishDiagnosticsParams await(String uri, int version, Predicate<List<Diagnostic>> matches)
        throws InterruptedException {
      long end = System.nanoTime() + PATIENCE.toNanos();
      int seen = 0;
      while (true) {
        for (; seen < received.size(); seen++) {
          PublishDiagnosticsParams p = received.get(seen);
          if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version
              && matches.test(p.getDiagnostics())) {
            return p;
          }
        }
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no matching diagnostics for " + uri + " v" + version + "; got " + received);
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }

  @BeforeAll
  static void start() throws Exception {
    // nio pipes, not java.io's Piped streams: a Piped stream's reader fails with "Write end dead" once the thread
    // that last wrote has ended, and lsp4j writes from pool threads that do end (CI timed out in stop() so)
    java.nio.channels.Pipe up = java.nio.channels.Pipe.open();
    java.nio.channels.Pipe down = java.nio.channels.Pipe.open();
    java.io.InputStream serverIn = java.nio.channels.Channels.newInputStream(up.source());
    java.io.OutputStream toServer = java.nio.channels.Channels.newOutputStream(up.sink());
    java.io.InputStream clientIn = java.nio.channels.Channels.newInputStream(down.source());
    java.io.OutputStream toClient = java.nio.channels.Channels.newOutputStream(down.sink());
    implementation = new DerivLanguageServer(LspEnvironment.of(Options.DEFAULT, Decider.KERNEL));
    implementation.connect(serverIn, toClient).startListening();
    client = new Client();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeResult init = server.initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();
    server.initialized(new InitializedParams());
  }

  @AfterAll
  static void stop() throws Exception {
    server.shutdown().get(60, TimeUnit.SECONDS);
    server.exit();
    assertThat(implementation.exited().get(60, TimeUnit.SECONDS)).isZero();
  }

  private static String open(String name, String text) {
    String uri = "file:///tmp/deriv-lsp-test/" + name;
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "deriv", 1,
        text)));
    return uri;
  }

  private static void change(String uri, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  private static List<Diagnostic> errors(List<Diagnostic> ds) {
    return ds.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
  }

  @Test
  void aWrongStepIsAnErrorOnItsLineAndFixingItClearsIt() throws Exception {
    String uri = open("edit.deriv", SQUARES);
    client.await(uri, 1, ds -> ds.isEmpty());
    change(uri, 2, SQUARES.replace("= a^2 - b^2          by algebra", "= b^2 - a^2          by algebra"));
    PublishDiagnosticsParams wrong = client.await(uri, 2, ds -> !errors(ds).isEmpty());
    Diagnostic failed = wrong.getDiagnostics().stream().filter(d -> "failed".equals(d.getCode().getLeft()))
        .findFirst().orElseThrow();
    assertThat(failed.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
    assertThat(failed.getRange().getStart().getLine()).isEqualTo(5); // 0-based: the link's line
    assertThat(failed.getMessage()).contains("✗ failed").contains("residual").contains("counterexample")
        .contains("hint: sign error");
    change(uri, 3, SQUARES);
    client.await(uri, 3, ds -> errors(ds).isEmpty());
  }

  @Test
  void aSyntaxErrorIsPublishedAtOnceAndClearedByTheFix() throws Exception {
    String uri = open("syntax.deriv", SQUARES);
    client.await(uri, 1, ds -> ds.isEmpty());
    change(uri, 2, SQUARES.replace("def s := a + b", "def s := a + "));
    Diagnostic syntax = errors(client.await(uri, 2, ds -> !errors(ds).isEmpty()).getDiagnostics()).get(0);
    assertThat(syntax.getRange().getStart().getLine()).isBetween(2, 3);
    change(uri, 3, SQUARES);
    client.await(uri, 3, List::isEmpty);
  }

  @Test
  void anUndeclaredNameIsANameErrorWithAQuickFixThatDeclaresIt() throws Exception {
    String text = SQUARES.replace("def s := a + b", "def s := a + c");
    String uri = open("undeclared.deriv", text);
    Diagnostic unknown = errors(client.await(uri, 1, ds -> !ds.isEmpty()).getDiagnostics()).get(0);
    assertThat(unknown.getCode().getLeft()).isEqualTo("unknown-name");
    List<CodeAction> fixes = actions(uri, unknown);
    assertThat(fixes).extracting(CodeAction::getTitle).contains("Add missing `let c : positive`");
    TextEdit edit = fixes.get(0).getEdit().getChanges().get(uri).get(0);
    assertThat(edit.getNewText()).isEqualTo("let c : positive\n");
    assertThat(edit.getRange().getStart()).isEqualTo(new Position(2, 0));
  }

  @Test
  void aSignErrorHasAQuickFixThatNegatesTheRightSide() throws Exception {
    String uri = open("sign.deriv", SQUARES.replace("= a^2 - b^2          by algebra",
        "= b^2 - a^2          by algebra"));
    // the whole check's diagnostics (the goal is decided last), not the verdicts shown while it runs
    Diagnostic failed = errors(client.await(uri, 1, ds -> ds.stream().anyMatch(d -> "goal".equals(
        d.getCode().getLeft()))).getDiagnostics()).get(0);
    List<CodeAction> fixes = actions(uri, failed);
    assertThat(fixes).extracting(CodeAction::getTitle).anyMatch(t -> t.startsWith("Negate the right side"));
    TextEdit edit = fixes.stream().filter(a -> a.getTitle().startsWith("Negate")).findFirst().orElseThrow()
        .getEdit().getChanges().get(uri).get(0);
    assertThat(edit.getNewText()).isEqualTo("-(b^2 - a^2)");
    assertThat(edit.getRange()).isEqualTo(new Range(new Position(5, 6), new Position(5, 15)));
  }

  @Test
  void quickFixesAddTheMissingConditionAndUseTheRuleTheKernelFound() throws Exception {
    String text = String.join("\n",
        "derivation hints",
        "let x, a : real",
        "let b : positive",
        "claim root: sqrt(x^2) = x by algebra",
        "claim sq: (x + a)^2 = x^2 + a^2 + x*a by algebra",
        "claim g: int(t in R, exp(-b*t^2)) = sqrt(π/b) by algebra",
        "goal int(t in R, exp(-b*t^2)) = sqrt(π/b)",
        "");
    String uri = open("hints.deriv", text);
    List<Diagnostic> ds = client.await(uri, 1, d -> d.stream().anyMatch(x -> "goal".equals(x.getCode().getLeft())))
        .getDiagnostics();
    Diagnostic root = ds.stream().filter(d -> d.getRange().getStart().getLine() == 3).findFirst().orElseThrow();
    CodeAction assume = actions(uri, root).stream().filter(a -> a.getTitle().startsWith("Assume x positive"))
        .findFirst().orElseThrow();
    assertThat(assume.getEdit().getChanges().get(uri)).singleElement().satisfies(e -> {
      assertThat(e.getNewText()).isEqualTo(", x > 0");
      assertThat(e.getRange().getStart()).isEqualTo(new Position(1, 15)); // after `let x, a : real`
    });
    Diagnostic sq = ds.stream().filter(d -> d.getRange().getStart().getLine() == 4).findFirst().orElseThrow();
    CodeAction term = actions(uri, sq).stream().filter(a -> a.getTitle().startsWith("Add the missing term"))
        .findFirst().orElseThrow();
    assertThat(term.getEdit().getChanges().get(uri)).singleElement().satisfies(e -> assertThat(e.getNewText())
        .isEqualTo("x^2 + a^2 + x*a + x*a"));
    Diagnostic g = ds.stream().filter(d -> d.getRange().getStart().getLine() == 5).findFirst().orElseThrow();
    CodeAction rule = actions(uri, g).stream().filter(a -> a.getTitle().startsWith("Use rule 'gaussian'"))
        .findFirst().orElseThrow();
    assertThat(rule.getEdit().getChanges().get(uri)).singleElement().satisfies(e -> {
      assertThat(e.getNewText()).isEqualTo("gaussian");
      assertThat(text.split("\n")[5].substring(e.getRange().getStart().getCharacter(),
          e.getRange().getEnd().getCharacter())).isEqualTo("algebra");
    });
  }

  private static List<CodeAction> actions(String uri, Diagnostic d) throws Exception {
    return server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
        d.getRange(), new CodeActionContext(List.of(d)))).get(60, TimeUnit.SECONDS).stream()
        .map(e -> e.getRight()).toList();
  }

  @Test
  void hoverOnANameShowsItsDeclarationAndOnAStepTheExplanation() throws Exception {
    String uri = open("hover.deriv", SQUARES);
    client.await(uri, 1, List::isEmpty);
    Hover name = hover(uri, 4, 3); // the a of (a - b)
    assertThat(name.getContents().getRight().getValue()).contains("symbol `a`").contains("let a, b : real");
    // the = of the link: asked until the step is checked (verdicts come from the background check)
    Hover step = eventually(() -> hover(uri, 5, 4), h -> h != null && h.getContents().getRight().getValue()
        .contains("verdict:"));
    assertThat(step.getContents().getRight().getValue()).contains("obligation:").contains("rule:")
        .contains("verdict:").contains("proved");
  }

  @Test
  void provedStepsAndTheReachedGoalAreMarkedByInlayHints() throws Exception {
    String uri = open("marks.deriv", SQUARES);
    List<InlayHint> marks = eventually(() -> server.getTextDocumentService().inlayHint(new InlayHintParams(
        new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(8, 0)))).get(60, TimeUnit.SECONDS),
        hs -> hs.stream().anyMatch(h -> h.getLabel().getLeft().contains("goal")));
    assertThat(marks).extracting(h -> h.getPosition().getLine() + ": " + h.getLabel().getLeft()).containsExactly(
        "2: • assumed", "5: ✓ proved (algebra)", "6: ✓ goal reached; rests on nothing but proofs");
  }

  private interface Ask<T> {
    T get() throws Exception;
  }

  /** Asks again, at once, until the answer matches (the background check is done); a minute is only a safety net. */
  private static <T> T eventually(Ask<T> ask, Predicate<T> matches) throws Exception {
    long end = System.nanoTime() + PATIENCE.toNanos();
    T answer = ask.get();
    while (!matches.test(answer)) {
      assertThat(System.nanoTime()).as("no matching answer within the safety net").isLessThan(end);
      Thread.sleep(20);
      answer = ask.get();
    }
    return answer;
  }

  private static Hover hover(String uri, int line, int character) throws Exception {
    return server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
        new Position(line, character))).get(60, TimeUnit.SECONDS);
  }

  @Test
  void definitionAndReferencesOfANameAndAClaim() throws Exception {
    String text = SQUARES.replace("goal", "claim again: (a - b)*(a + b) = a^2 - b^2 by diff\ngoal");
    String uri = open("nav.deriv", text);
    List<? extends Location> def = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri), new Position(4, 3))).get(60, TimeUnit.SECONDS).getLeft();
    assertThat(def).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(new Position(1,
        4)));
    List<? extends Location> claim = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri), new Position(6, 45))).get(60, TimeUnit.SECONDS).getLeft();
    assertThat(claim).singleElement().satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(
        new Position(3, 6)));
    List<? extends Location> uses = server.getTextDocumentService().references(new ReferenceParams(
        new TextDocumentIdentifier(uri), new Position(1, 4), new ReferenceContext(true))).get(60, TimeUnit.SECONDS);
    assertThat(uses).hasSize(11); // let 1, def 1, the claim 3, the second claim 3, the goal 3
  }

  @Test
  void definitionOfAnImportedResultIsInTheFileItComesFrom(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lib.deriv"), SQUARES);
    Path main = dir.resolve("main.deriv");
    String text = String.join("\n",
        "derivation uses",
        "let a, b : real",
        "import diff from \"lib.deriv\"",
        "claim again: (a - b)*(a + b) = a^2 - b^2 by diff",
        "goal (a - b)*(a + b) = a^2 - b^2",
        "");
    Files.writeString(main, text);
    String uri = main.toUri().toString();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "deriv", 1,
        text)));
    List<? extends Location> def = server.getTextDocumentService().definition(new DefinitionParams(
        new TextDocumentIdentifier(uri), new Position(3, 45))).get(60, TimeUnit.SECONDS).getLeft();
    assertThat(def).singleElement().satisfies(l -> {
      assertThat(l.getUri()).isEqualTo(dir.resolve("lib.deriv").toUri().toString());
      assertThat(l.getRange().getStart()).isEqualTo(new Position(3, 6)); // `claim diff:` there
    });
  }

  @Test
  void theOutlineListsTheDerivationItsDefinitionsAndClaims() throws Exception {
    String uri = open("outline.deriv", SQUARES);
    List<DocumentSymbol> symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(
        new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS).stream().map(e -> e.getRight()).toList();
    assertThat(symbols).singleElement().satisfies(d -> {
      assertThat(d.getName()).isEqualTo("squares");
      assertThat(d.getChildren()).extracting(DocumentSymbol::getName).containsExactly("a", "b", "s", "diff",
          "goal");
    });
  }

  @Test
  void completionOffersDeclaredNamesRulesAndEarlierClaims() throws Exception {
    String uri = open("complete.deriv", SQUARES);
    List<CompletionItem> items = server.getTextDocumentService().completion(new CompletionParams(
        new TextDocumentIdentifier(uri), new Position(6, 5))).get(60, TimeUnit.SECONDS).getLeft();
    assertThat(items).extracting(CompletionItem::getLabel).contains("a", "b", "s", "diff", "algebra", "gaussian",
        "claim");
  }

  @Test
  void semanticTokensSayWhatEachNameIs() throws Exception {
    String uri = open("tokens.deriv", SQUARES);
    List<Integer> data = server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(
        new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS).getData();
    List<String> decoded = new ArrayList<>();
    int line = 0;
    int start = 0;
    for (int k = 0; k < data.size(); k += 5) {
      start = data.get(k) == 0 ? start + data.get(k + 1) : data.get(k + 1);
      line += data.get(k);
      String[] lines = SQUARES.split("\n");
      decoded.add(lines[line].substring(start, start + data.get(k + 2)) + ":"
          + NameTokens.TYPES.get(data.get(k + 3)) + (data.get(k + 4) == 1 ? "+declaration" : ""));
    }
    assertThat(decoded).startsWith("squares:namespace+declaration", "a:variable+declaration",
        "b:variable+declaration", "s:function+declaration", "a:variable", "b:variable", "diff:method+declaration");
    assertThat(decoded).contains("algebra:decorator");
  }

  @Test
  void formattingIsDerivFmt() throws Exception {
    String messy = "derivation   squares\nlet a,b:real\nclaim c: a*b   = b*a by algebra\ngoal a*b=b*a\n";
    String uri = open("fmt.deriv", messy);
    List<? extends TextEdit> edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(
        new TextDocumentIdentifier(uri), new FormattingOptions(2, true))).get(60, TimeUnit.SECONDS);
    assertThat(edits).singleElement().satisfies(e -> assertThat(e.getNewText()).isEqualTo(
        deriv.syntax.Formatter.format("fmt.deriv", messy).text()));
  }
}

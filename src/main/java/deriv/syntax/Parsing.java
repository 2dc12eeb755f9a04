package deriv.syntax;

import deriv.syntax.parser.DerivLexer;
import deriv.syntax.parser.DerivParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Text to syntax tree. Never throws on bad input: every problem becomes a {@link Diagnostic}. */
public final class Parsing {
  /** Deeper nesting than this is refused before parsing, so that no input can exhaust the stack. */
  public static final int MAX_NESTING = 200;
  /**
   * More operators than this in one statement are refused: {@code x+x+…+x} builds a tree as deep as it is long, and
   * every later pass (syntax tree, names, kernel) recurses over it.
   */
  public static final int MAX_OPERATORS = 1_000;
  /** Larger files are refused: a derivation is prose-sized, and this bounds memory and time. */
  public static final int MAX_CHARS = 1_000_000;

  private Parsing() {}

  public record Result(Ast.SourceFile file, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  public static Result parse(String path, String text) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (text.length() > MAX_CHARS) {
      diagnostics.add(Diagnostic.error("file-too-large",
          "file has " + text.length() + " characters; deriv reads at most " + MAX_CHARS, Span.NONE));
      return new Result(new Ast.SourceFile(path, "", List.of()), diagnostics);
    }
    DerivLexer lexer = new DerivLexer(CharStreams.fromString(text, path));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    Diagnostic tooDeep = nestingCheck(tokens.getTokens());
    if (tooDeep != null) {
      diagnostics.add(tooDeep);
      return new Result(new Ast.SourceFile(path, text, List.of()), diagnostics);
    }
    DerivParser parser = new DerivParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(new Listener(diagnostics, tokens));
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    DerivParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (StackOverflowError e) {
      diagnostics.add(Diagnostic.error("too-deep", "expression nested too deeply", Span.NONE));
      return new Result(new Ast.SourceFile(path, text, List.of()), diagnostics);
    }
    if (!diagnostics.isEmpty()) {
      return new Result(new Ast.SourceFile(path, text, List.of()), diagnostics);
    }
    AstBuilder builder = new AstBuilder(diagnostics);
    List<Ast.Derivation> derivations;
    try {
      derivations = builder.derivations(tree);
    } catch (StackOverflowError e) {
      diagnostics.add(Diagnostic.error("too-deep", "expression nested too deeply", Span.NONE));
      return new Result(new Ast.SourceFile(path, text, List.of()), diagnostics);
    }
    if (derivations.isEmpty() && diagnostics.isEmpty()) {
      diagnostics.add(Diagnostic.error("no-derivation",
          "no derivation in this file: start with `derivation NAME \"Title\"`", Span.NONE));
    }
    return new Result(new Ast.SourceFile(path, text, derivations), diagnostics);
  }

  /**
   * One expression outside a file, such as the unit {@code mmol/L} of a command-line value; empty when it does not
   * parse. The same grammar as in files, so units read the same everywhere.
   */
  public static java.util.Optional<Ast.Expr> expression(String text) {
    if (text.length() > 1000) {
      return java.util.Optional.empty();
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    DerivLexer lexer = new DerivLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (nestingCheck(tokens.getTokens()) != null) {
      return java.util.Optional.empty();
    }
    DerivParser parser = new DerivParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(new Listener(diagnostics, tokens));
    DerivParser.StandaloneExprContext tree = parser.standaloneExpr();
    if (!diagnostics.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new AstBuilder(diagnostics).expr(tree.expr()));
  }

  private static Diagnostic nestingCheck(List<Token> tokens) {
    int depth = 0;
    for (Token t : tokens) {
      String s = t.getText();
      if (s.equals("(") || s.equals("[")) {
        depth++;
        if (depth > MAX_NESTING) {
          return Diagnostic.error("too-deep",
              "brackets nested more than " + MAX_NESTING + " deep", Spans.of(t));
        }
      } else if (s.equals(")") || s.equals("]")) {
        depth = Math.max(0, depth - 1);
      }
    }
    return operatorCheck(tokens);
  }

  /** Long operator chains such as {@code 2^2^…^2} or {@code x+x+…+x} recurse too: bound them per statement. */
  private static Diagnostic operatorCheck(List<Token> tokens) {
    int operators = 0;
    for (Token t : tokens) {
      if (STATEMENT_STARTS.contains(t.getType())) {
        operators = 0;
      } else if (OPERATORS.contains(t.getText()) && ++operators > MAX_OPERATORS) {
        return Diagnostic.error("too-long",
            "more than " + MAX_OPERATORS + " operators in one statement; split it into several steps", Spans.of(t));
      }
    }
    return null;
  }

  private static final java.util.Set<Integer> STATEMENT_STARTS = java.util.Set.of(DerivLexer.DERIVATION,
      DerivLexer.LET, DerivLexer.ASSUME, DerivLexer.DEF, DerivLexer.POSTULATE, DerivLexer.APPROX, DerivLexer.CLAIM,
      DerivLexer.GOAL, DerivLexer.NOTE, DerivLexer.IMPORT);

  private static final java.util.Set<String> OPERATORS =
      java.util.Set.of("+", "-", "*", "/", "·", "×", "^", "|", "=", "≈");

  /** Turns ANTLR's messages into ones an author can act on. */
  private static final class Listener extends BaseErrorListener {
    private final List<Diagnostic> out;
    private final CommonTokenStream tokens;

    Listener(List<Diagnostic> out, CommonTokenStream tokens) {
      this.out = out;
      this.tokens = tokens;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
        RecognitionException e) {
      Token token = offendingSymbol instanceof Token t ? t : null;
      Span span = token != null ? Spans.of(token) : new Span(line, col + 1, line, col + 1, 0, 0);
      out.add(Diagnostic.error("syntax", explain(token, msg), span));
    }

    private String explain(Token token, String antlrMessage) {
      if (token == null) {
        return antlrMessage;
      }
      if (token.getType() == DerivLexer.ERROR_CHAR) {
        return "unexpected character '" + token.getText() + "'";
      }
      if (token.getType() == Token.EOF) {
        return "unexpected end of file: " + simplify(antlrMessage);
      }
      Token previous = token.getTokenIndex() > 0 ? tokens.get(token.getTokenIndex() - 1) : null;
      if (previous != null && endsOperand(previous) && startsOperand(token)) {
        return "missing operator before '" + token.getText()
            + "': multiplication is always written with '*' (write '" + previous.getText() + "*"
            + token.getText() + "')";
      }
      return simplify(antlrMessage);
    }

    private static boolean endsOperand(Token t) {
      int type = t.getType();
      return type == DerivLexer.IDENT || type == DerivLexer.NUMBER || t.getText().equals(")");
    }

    private static boolean startsOperand(Token t) {
      int type = t.getType();
      return type == DerivLexer.IDENT || type == DerivLexer.NUMBER || t.getText().equals("(");
    }

    private static String simplify(String antlrMessage) {
      return antlrMessage.replace("<EOF>", "end of file");
    }
  }
}

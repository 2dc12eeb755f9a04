package deriv.syntax;

import deriv.syntax.parser.DerivLexer;
import deriv.syntax.parser.DerivParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

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
    DerivParser.FileContext tree;
    try {
      tree = withSll(tokens);
      if (tree == null) {
        tokens.seek(0);
        DerivParser parser = new DerivParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new Listener(diagnostics, tokens));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        tree = parser.file();
      }
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
   * The file's tree by the faster SLL prediction, stopping at the first syntax error; null then, and the file is
   * parsed again with full LL and error recovery. Where SLL succeeds its tree is the one LL gives (ANTLR's two-stage
   * parsing); where it fails, the error may be SLL's own, so only the LL pass reports errors.
   */
  private static DerivParser.FileContext withSll(CommonTokenStream tokens) {
    DerivParser parser = new DerivParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.file();
    } catch (ParseCancellationException e) {
      return null;
    }
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

  /**
   * Turns ANTLR's messages into ones an author can act on: one per position and line (a bad character is reported by
   * the lexer and again by the parser's recovery, which may report more on the same line), in deriv's words, with
   * what was expected named as a reader would ("an expression", "a condition such as `x > 0`"), never as a token set.
   */
  private static final class Listener extends BaseErrorListener {
    private final List<Diagnostic> out;
    private final CommonTokenStream tokens;
    private int lastErrorLine = -1;

    Listener(List<Diagnostic> out, CommonTokenStream tokens) {
      this.out = out;
      this.tokens = tokens;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
        RecognitionException e) {
      Token token = offendingSymbol instanceof Token t ? t : null;
      Span span = token != null ? Spans.of(token) : new Span(line, col + 1, line, col + 1, 0, 0);
      boolean badCharacter = token != null && token.getType() == DerivLexer.ERROR_CHAR;
      boolean samePlace = out.stream().anyMatch(d -> d.code().equals("syntax") && d.span().line() == span.line()
          && d.span().column() == span.column());
      if (samePlace || span.line() == lastErrorLine && !badCharacter) {
        return; // the parser's recovery from the first error on this line: noise (each bad character is still named)
      }
      lastErrorLine = span.line();
      out.add(Diagnostic.error("syntax", explain(recognizer, token, msg, e), span));
    }

    private String explain(Recognizer<?, ?> recognizer, Token token, String antlrMessage, RecognitionException e) {
      if (token == null) {
        return antlrMessage;
      }
      if (token.getType() == DerivLexer.ERROR_CHAR) {
        return "unexpected character '" + token.getText() + "': not part of deriv's syntax (names are letters, digits, "
            + "_ and subscripts; operators + - * / ^ = < >)";
      }
      org.antlr.v4.runtime.misc.IntervalSet expected = expectedTokens(recognizer, e);
      org.antlr.v4.runtime.Vocabulary vocabulary = recognizer.getVocabulary();
      Token previous = token.getTokenIndex() > 0 ? tokens.get(token.getTokenIndex() - 1) : null;
      // two operands in a row inside an expression (not after a claim's name or a declaration's set)
      if (previous != null && endsOperand(previous) && startsOperand(token) && (expected == null
          || inExpression(previous)
          || List.of("'*'", "'='", "'≈'", "')'").stream().anyMatch(t -> expects(expected, vocabulary, t)))) {
        return "missing operator before '" + token.getText()
            + "': multiplication is always written with '*' (write '" + previous.getText() + "*"
            + token.getText() + "')";
      }
      String what = token.getType() == Token.EOF ? "unexpected end of file" : "unexpected '" + token.getText() + "' here";
      java.util.regex.Matcher missing = java.util.regex.Pattern.compile("^missing (.+) at ").matcher(antlrMessage);
      if (missing.find() && token.getType() != Token.EOF) {
        return "missing " + missing.group(1).replace("<EOF>", "end of file") + " before '" + token.getText() + "'"
            + hint(recognizer);
      }
      String wanted = expected == null ? "" : Expected.describe(expected, vocabulary);
      return what + (wanted.isEmpty() ? "" : ": expected " + wanted) + hint(recognizer);
    }

    /** What the parser could have read at the error, or null. */
    private static org.antlr.v4.runtime.misc.IntervalSet expectedTokens(Recognizer<?, ?> recognizer,
        RecognitionException e) {
      try {
        if (e != null && e.getExpectedTokens() != null) {
          return e.getExpectedTokens();
        }
        return recognizer instanceof org.antlr.v4.runtime.Parser p ? p.getExpectedTokens() : null;
      } catch (RuntimeException notKnown) {
        return null; // no state to ask: the message says what was unexpected only
      }
    }

    private static boolean expects(org.antlr.v4.runtime.misc.IntervalSet expected,
        org.antlr.v4.runtime.Vocabulary vocabulary, String displayName) {
      return expected != null && expected.toList().stream().anyMatch(t -> vocabulary.getDisplayName(t)
          .equals(displayName));
    }

    /** The statement's own rule, where its form is easy to get wrong. */
    private static String hint(Recognizer<?, ?> recognizer) {
      if (!(recognizer instanceof org.antlr.v4.runtime.Parser p)) {
        return "";
      }
      for (org.antlr.v4.runtime.ParserRuleContext c = p.getContext(); c != null; c = c.getParent()) {
        if (c instanceof DerivParser.ConditionContext || c instanceof DerivParser.LetStatementContext
            || c instanceof DerivParser.AssumeStatementContext) {
          return " (a condition is an inequality after a comma: `let x : real, x > 0`)";
        }
        if (c instanceof DerivParser.ClaimStatementContext || c instanceof DerivParser.LinkContext) {
          return " (a claim is `claim NAME: a = b = c`, each `= …` optionally `by RULE`)";
        }
      }
      return "";
    }

    /** A number or a closing bracket, or a name after an operator: part of an expression, not a statement's name. */
    private boolean inExpression(Token t) {
      if (t.getType() == DerivLexer.NUMBER || t.getText().equals(")")) {
        return true;
      }
      Token before = t.getTokenIndex() > 0 ? tokens.get(t.getTokenIndex() - 1) : null;
      return before != null && OPERATORS.contains(before.getText()) && !before.getText().equals("|");
    }

    private static boolean endsOperand(Token t) {
      int type = t.getType();
      return type == DerivLexer.IDENT || type == DerivLexer.NUMBER || t.getText().equals(")");
    }

    private static boolean startsOperand(Token t) {
      int type = t.getType();
      return type == DerivLexer.IDENT || type == DerivLexer.NUMBER || t.getText().equals("(");
    }
  }

  /** A set of expected tokens in a reader's words. */
  static final class Expected {
    private Expected() {}

    private static final List<String> EXPRESSION_START = List.of("IDENT", "NUMBER", "'('", "'|'", "'-'", "'+'");
    private static final List<String> COMPARISONS = List.of("'<'", "'<='", "'≤'", "'>'", "'>='", "'≥'", "'!='", "'≠'");
    private static final List<String> OPERATORS = List.of("'+'", "'-'", "'*'", "'/'", "'·'", "'×'", "'^'", "'!'",
        "'!!'");
    private static final List<String> STATEMENTS = List.of("'let'", "'assume'", "'def'", "'postulate'", "'approx'",
        "'claim'", "'goal'", "'note'", "'import'");

    static String describe(org.antlr.v4.runtime.misc.IntervalSet set, org.antlr.v4.runtime.Vocabulary vocabulary) {
      java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
      set.toList().forEach(t -> names.add(t == Token.EOF ? "EOF" : vocabulary.getDisplayName(t)));
      List<String> parts = new ArrayList<>();
      if (names.containsAll(List.of("IDENT", "NUMBER", "'('"))) {
        parts.add("an expression");
        names.removeAll(EXPRESSION_START);
      }
      if (names.contains("'*'") && names.contains("'+'")) {
        parts.add("an operator");
        names.removeAll(OPERATORS);
      }
      if (names.contains("'<'") || names.contains("'>'")) {
        parts.add("a comparison such as `x > 0`");
        names.removeAll(COMPARISONS);
      }
      // between derivations' statements ANTLR only lists what may follow the last one; a statement may too
      if (names.contains("'claim'") || names.contains("'goal'") || names.contains("'derivation'")) {
        parts.add("the next statement (let, def, postulate, claim, goal, …)");
        names.removeAll(STATEMENTS);
      }
      boolean newDerivation = names.remove("'derivation'");
      boolean end = names.remove("EOF");
      if (names.remove("IDENT")) {
        parts.add("a name");
      }
      if (names.remove("NUMBER")) {
        parts.add("a number");
      }
      if (names.remove("STRING")) {
        parts.add("a quoted title");
      }
      for (String n : names) {
        parts.add(n.startsWith("'") ? n : n.toLowerCase(java.util.Locale.ROOT));
      }
      if (newDerivation) {
        parts.add("a new derivation");
      }
      if (end) {
        parts.add("the end of the file");
      }
      if (parts.size() > 6) {
        parts = new ArrayList<>(parts.subList(0, 6));
        parts.add("…");
      }
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }
  }
}

package deriv.lsp;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.StepResult;
import deriv.diagnose.Hint;
import deriv.syntax.Ast;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes from the diagnoses: each edit writes the correction a hint names (and the kernel proved): negate or
 * invert the right side, add the missing term to it, use the rule that proves the step, declare the missing sign
 * condition; and declare an undeclared name. Nothing here is trusted: the fixed file is checked again like any edit.
 */
final class CodeActions {
  private static final Pattern BACKTICKS = Pattern.compile("`([^`]*)`");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private final Document doc;
  private final Document.Snapshot now;
  private final List<CodeAction> out = new ArrayList<>();

  private CodeActions(Document doc, Document.Snapshot now) {
    this.doc = doc;
    this.now = now;
  }

  /** The fixes for the steps and undeclared names on the lines of {@code range}. */
  static List<CodeAction> at(Document doc, Document.Snapshot now, Range range) {
    CodeActions a = new CodeActions(doc, now);
    int from = Positions.line(range.getStart());
    int to = Positions.line(range.getEnd());
    FileResult known = doc.latestNow();
    List<StepResult> steps = known == null ? List.of()
        : known.derivations().stream().flatMap(d -> d.steps().stream()).toList();
    for (StepResult s : steps) {
      if (s.span().line() <= to && from <= s.span().endLine()) {
        s.hints().forEach(h -> a.fromHint(s, h));
      }
    }
    for (deriv.syntax.Diagnostic d : Checker.frontEndDiagnostics(doc.path, now.text)) {
      if (d.code().equals("unknown-name") && d.span().line() <= to && from <= d.span().endLine()) {
        a.declare(d);
      }
    }
    return a.out;
  }

  private void fromHint(StepResult s, Hint h) {
    Ast.Expr right = s.link() == null ? null : s.link().expr();
    switch (h.kind()) {
      case "sign-error":
        if (right != null) {
          add("Negate the right side (" + h.message() + ")", edit(right.span(), "-(" + exact(right.span()) + ")"));
        }
        break;
      case "inverted-fraction":
        if (right != null && h.message().startsWith("inverted: the right side")) {
          add("Invert the right side (" + h.message() + ")", edit(right.span(), "1/(" + exact(right.span()) + ")"));
        }
        break;
      case "missing-term":
        missingTerm(right, h);
        break;
      case "other-rule":
        otherRule(s, h);
        break;
      case "missing-assumption":
        missingAssumption(h);
        break;
      default:
        break; // a hint without a single textual correction (constant factor, swapped symbols)
    }
  }

  /**
   * "missing term: the right side lacks T (lhs − rhs = T is proved)": add T to the right side; "the right side should
   * not have T": subtract it. Offered only when T, as the kernel prints it, reads back as an expression.
   */
  private void missingTerm(Ast.Expr right, Hint h) {
    String m = h.message();
    int proved = m.lastIndexOf(" (lhs − rhs = ");
    String lacks = "missing term: the right side lacks ";
    String extra = "extra term: the right side should not have ";
    boolean add = m.startsWith(lacks);
    if (right == null || proved < 0 || !add && !m.startsWith(extra)) {
      return;
    }
    String term = m.substring((add ? lacks : extra).length(), proved);
    if (deriv.syntax.Parsing.expression(term).isEmpty()) {
      return;
    }
    String operand = term.matches("[\\p{L}\\p{N}_*^/.\\[\\]]+") ? term : "(" + term + ")";
    add((add ? "Add the missing term " : "Remove the extra term ") + term + " (" + m + ")",
        edit(right.span(), exact(right.span()) + (add ? " + " : " - ") + operand));
  }

  /** "another rule: `by gaussian` proves this step": write that rule in place of the one named. */
  private void otherRule(StepResult s, Hint h) {
    Matcher m = BACKTICKS.matcher(h.message());
    if (!m.find()) {
      return;
    }
    String rule = m.group(1).replaceFirst("^(from … )?by ", "");
    Ast.RuleRef named = s.link() != null ? s.link().rule()
        : s.statement() instanceof Ast.Claim c && c.from() != null ? c.from().rule() : null;
    if (named != null) {
      add("Use rule '" + rule + "' (" + h.message() + ")", edit(named.span(), rule));
    }
  }

  /** "declare `let x, y : positive`": add the condition {@code x > 0} to the declaration of each. */
  private void missingAssumption(Hint h) {
    Matcher m = BACKTICKS.matcher(h.message());
    if (!m.find() || !m.group(1).startsWith("let ")) {
      return;
    }
    String names = m.group(1).substring(4).replaceFirst("\\s*:.*$", "");
    Declarations decls = new Declarations(now.parsed(doc.path), now.words());
    List<TextEdit> edits = new ArrayList<>();
    for (String name : names.split(",\\s*")) {
      Declarations.Decl d = decls.all().stream().filter(x -> x.name().equals(name)
          && x.kind() == Declarations.Kind.SYMBOL).findFirst().orElse(null);
      if (d == null) {
        return;
      }
      Position end = now.positions().position(d.statement().span().endLine(), d.statement().span().endColumn() + 1);
      edits.add(new TextEdit(new Range(end, end), ", " + name + " > 0"));
    }
    add("Assume " + names + " positive (" + h.message() + ")", edits);
  }

  /** "unknown name 'y'": declare it, positive, on a line of its own before the statement that uses it. */
  private void declare(deriv.syntax.Diagnostic d) {
    Matcher m = QUOTED.matcher(d.message());
    if (!m.find()) {
      return;
    }
    String name = m.group(1);
    int line = statementLine(d.span().line());
    String indent = now.positions().line(line).replaceFirst("\\S.*$", "");
    Position start = new Position(line - 1, 0);
    add("Add missing `let " + name + " : positive`", List.of(new TextEdit(new Range(start, start),
        indent + "let " + name + " : positive\n")));
  }

  /** The first line of the statement that holds {@code line} (the line itself when none does). */
  private int statementLine(int line) {
    for (Ast.Derivation d : now.parsed(doc.path).derivations()) {
      for (Ast.Statement s : d.statements()) {
        if (s.span().line() <= line && line <= s.span().endLine()) {
          return s.span().line();
        }
      }
    }
    return line;
  }

  private List<TextEdit> edit(Span span, String replacement) {
    return List.of(new TextEdit(now.positions().range(span), replacement));
  }

  /** The text a span covers, exactly (spans count code points). */
  private String exact(Span span) {
    String text = now.text;
    int count = text.codePointCount(0, text.length());
    return text.substring(text.offsetByCodePoints(0, Math.min(span.start(), count)),
        text.offsetByCodePoints(0, Math.min(span.end(), count)));
  }

  private void add(String title, List<TextEdit> edits) {
    CodeAction a = new CodeAction(title);
    a.setKind(CodeActionKind.QuickFix);
    a.setEdit(new WorkspaceEdit(Map.of(doc.uri, edits)));
    out.add(a);
  }
}

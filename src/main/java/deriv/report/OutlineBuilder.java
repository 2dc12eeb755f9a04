package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Ast;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lays out one derivation's statements and verdicts as an {@link Outline}. */
final class OutlineBuilder {
  private final DerivationResult result;
  /** Each step by the link it checks, or by its statement when it is not a link of a chain. */
  private final Map<Object, StepResult> steps = new HashMap<>();

  private final Comments comments;
  /** The first source line whose comments have not been placed yet. */
  private int cursor;

  private final List<String> description = new ArrayList<>();
  private final List<Outline.Symbol> symbols = new ArrayList<>();
  private final List<Comments.Narrative> symbolNotes = new ArrayList<>();
  private final List<MathNode> assumptions = new ArrayList<>();
  private final List<Outline.Definition> definitions = new ArrayList<>();
  private final List<Outline.AssumedFact> assumed = new ArrayList<>();
  private final List<Outline.Block> body = new ArrayList<>();
  /** The names of the results stated so far (claims, postulates, approximations, imports), which steps may cite. */
  private final java.util.Set<String> facts = new java.util.HashSet<>();

  private OutlineBuilder(DerivationResult result, Comments comments, int firstLine) {
    this.result = result;
    this.comments = comments;
    this.cursor = firstLine;
    for (StepResult s : result.steps()) {
      steps.putIfAbsent(s.link() != null ? s.link() : s.statement(), s);
    }
  }

  /**
   * The outline of the file's {@code index}-th derivation. Its narrative starts after the previous derivation: the
   * comments above its {@code derivation} line describe it.
   */
  static Outline of(FileResult file, int index) {
    List<DerivationResult> all = file.derivations();
    int firstLine = index == 0 ? 1 : all.get(index - 1).derivation().span().endLine() + 1;
    String text = file.source() == null ? null : file.source().text();
    OutlineBuilder builder = new OutlineBuilder(all.get(index), new Comments(text), firstLine);
    return MathSymbols.withMemberBrackets(membersLookLikeNames(all.get(index).derivation()), builder::build);
  }

  /**
   * Whether a declared name would print like a family's member: {@code x_1} beside a family {@code x} both come out
   * as x₁. Then every member prints as x_{[j]}, as the source writes x[j].
   */
  static boolean membersLookLikeNames(Ast.Derivation d) {
    java.util.Set<String> families = new java.util.HashSet<>();
    List<String> names = new ArrayList<>();
    for (Ast.Statement s : d.statements()) {
      if (s instanceof Ast.Let let) {
        for (Ast.DeclName n : let.names()) {
          (n.isFamily() ? families : names).add(n.name());
        }
      } else if (s instanceof Ast.Def def) {
        names.add(def.name());
      }
    }
    return names.stream().anyMatch(n -> families.stream().anyMatch(f -> n.startsWith(f + "_")));
  }

  /** The comments from the cursor up to {@code line}; the cursor then moves past {@code endLine}. */
  private List<Comments.Narrative> notesBefore(Span span) {
    List<Comments.Narrative> notes = comments.between(cursor, span.line());
    cursor = Math.max(cursor, span.endLine() + 1);
    return notes;
  }

  private Outline build() {
    for (Comments.Narrative n : notesBefore(result.derivation().span())) {
      description.add(n.text());
    }
    // The derivation's own line: its statements' comments start after it.
    cursor = result.derivation().span().line() + 1;
    boolean leadingNotes = true;
    for (Ast.Statement s : result.derivation().statements()) {
      if (s instanceof Ast.Note n) {
        // Notes before anything else describe the derivation; later ones are prose in place.
        List<Comments.Narrative> before = notesBefore(n.span());
        if (leadingNotes) {
          before.forEach(c -> description.add(c.text()));
          description.add(n.text());
        } else {
          proseAndHeadings(before);
          body.add(new Outline.Prose(n.text()));
        }
        continue;
      }
      leadingNotes = false;
      add(s);
    }
    // Comments after the last statement and before the goal's result: prose at the end of the derivation.
    proseAndHeadings(comments.between(cursor, result.derivation().span().endLine() + 1));
    return new Outline(result.derivation().title(), description, symbols, symbolNotes, assumptions, definitions,
        assumed, body, goal(), tally());
  }

  private void proseAndHeadings(List<Comments.Narrative> notes) {
    for (Comments.Narrative n : notes) {
      body.add(n.heading() ? new Outline.Heading(n.text()) : new Outline.Prose(n.text()));
    }
  }

  private void add(Ast.Statement s) {
    if (s instanceof Ast.Claim || s instanceof Ast.Goal) {
      // A claim's comments are the derivation's prose; its links' comments are read link by link.
      proseAndHeadings(comments.between(cursor, s.span().line()));
      cursor = s.span().line() + 1;
      if (s instanceof Ast.Claim c) {
        body.add(chain(c));
        facts.add(c.name());
      }
      cursor = Math.max(cursor, s.span().endLine() + 1);
      return;
    }
    List<Comments.Narrative> notes = notesBefore(s.span());
    if (s instanceof Ast.Let let) {
      symbolNotes.addAll(notes);
      List<MathNode> names = let.names().stream().map(MathPrinter::declaredNameNode).toList();
      List<MathNode> conditions = let.conditions().stream().map(MathPrinter::conditionNode).toList();
      symbols.add(new Outline.Symbol(MathNode.join(names, MathNode.op(", ", ",")), MathPrinter.typeNode(let.type()),
          UnitNodes.of(let.type()), conditions));
    } else if (s instanceof Ast.Assume a) {
      symbolNotes.addAll(notes);
      a.conditions().forEach(c -> assumptions.add(MathPrinter.conditionNode(c)));
    } else if (s instanceof Ast.Def d) {
      definitions.add(new Outline.Definition(notes, MathPrinter.definitionHeadNode(d), MathPrinter.exprNode(d.body()),
          status(d), StepDetails.of(steps.get(d))));
    } else if (s instanceof Ast.Import i) {
      facts.addAll(i.names());
    } else if (s instanceof Ast.Assumed a) {
      facts.add(a.name());
      boolean postulate = a.kind() == Ast.Assumed.Kind.POSTULATE;
      String relation = postulate ? "=" : "≈";
      assumed.add(new Outline.AssumedFact(notes, postulate ? "Postulate" : "Approximation", a.name(),
          MathPrinter.equationNode(a.lhs(), relation, a.rhs()), status(a), StepDetails.of(steps.get(a))));
    }
    // Goals are laid out once, at the end; imports have nothing to show.
  }

  private Outline.Chain chain(Ast.Claim c) {
    List<Outline.Line> lines = new ArrayList<>();
    List<Outline.Problem> problems = new ArrayList<>();
    for (Ast.Link link : c.links()) {
      StepResult step = steps.get(c.from() != null ? c : link);
      List<Outline.Piece> why = c.from() != null ? Justifications.from(c.from(), facts)
          : Justifications.by(link.rule(), facts);
      Status status = step == null ? null : step.status();
      List<Comments.Narrative> notes = comments.between(cursor, link.span().line());
      cursor = Math.max(cursor, link.span().endLine() + 1);
      lines.add(new Outline.Line(notes, link.approximate(), MathPrinter.relationNode(link.approximate() ? "≈" : "="),
          MathPrinter.exprNode(link.expr()), why, status, StepDetails.of(step)));
      if (step != null && status != Status.PROVED && status != Status.ASSUMED) {
        problems.add(problem(step));
      }
    }
    return new Outline.Chain(c.name(), MathPrinter.exprNode(c.first()), lines, problems);
  }

  private static Outline.Problem problem(StepResult step) {
    Verdict v = step.verdict();
    return new Outline.Problem(step.name(), step.span().line(), v.status(), v.message(), v.residual(),
        v.counterexample(), step.hints().stream().map(h -> h.message()).toList());
  }

  private Status status(Ast.Statement s) {
    StepResult step = steps.get(s);
    return step == null ? null : step.status();
  }

  private Outline.Goal goal() {
    GoalResult g = result.goal();
    Ast.Goal statement = g != null ? g.goal() : result.derivation().statements().stream()
        .filter(Ast.Goal.class::isInstance).map(Ast.Goal.class::cast).findFirst().orElse(null);
    if (statement == null) {
      return null;
    }
    MathNode equation = MathPrinter.equationNode(statement.lhs(), statement.relation(), statement.rhs());
    if (g == null) {
      return new Outline.Goal(equation, false, false, null, "");
    }
    Verdict v = g.verdict();
    return new Outline.Goal(equation, true, g.reached(), v == null ? null : v.status(), v == null ? "" : v.message(),
        g.restsOn());
  }

  private Map<Status, Integer> tally() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (StepResult s : result.steps()) {
      counts.merge(s.status(), 1, Integer::sum);
    }
    return counts;
  }
}

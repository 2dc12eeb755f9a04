package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.GoalResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.syntax.Ast;
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

  private final List<String> description = new ArrayList<>();
  private final List<Outline.Symbol> symbols = new ArrayList<>();
  private final List<MathNode> assumptions = new ArrayList<>();
  private final List<Outline.Definition> definitions = new ArrayList<>();
  private final List<Outline.AssumedFact> assumed = new ArrayList<>();
  private final List<Outline.Block> body = new ArrayList<>();

  private OutlineBuilder(DerivationResult result) {
    this.result = result;
    for (StepResult s : result.steps()) {
      steps.putIfAbsent(s.link() != null ? s.link() : s.statement(), s);
    }
  }

  static Outline of(DerivationResult result) {
    return new OutlineBuilder(result).build();
  }

  private Outline build() {
    boolean leadingNotes = true;
    for (Ast.Statement s : result.derivation().statements()) {
      if (s instanceof Ast.Note n) {
        // Notes before anything else describe the derivation; later ones are prose in place.
        if (leadingNotes) {
          description.add(n.text());
        } else {
          body.add(new Outline.Prose(n.text()));
        }
        continue;
      }
      leadingNotes = false;
      add(s);
    }
    return new Outline(result.derivation().title(), description, symbols, assumptions, definitions, assumed, body,
        goal(), tally());
  }

  private void add(Ast.Statement s) {
    if (s instanceof Ast.Let let) {
      List<MathNode> names = let.names().stream().map(MathPrinter::declaredNameNode).toList();
      List<MathNode> conditions = let.conditions().stream().map(MathPrinter::conditionNode).toList();
      symbols.add(new Outline.Symbol(MathNode.join(names, MathNode.op(", ", ",")), MathPrinter.typeNode(let.type()),
          conditions));
    } else if (s instanceof Ast.Assume a) {
      a.conditions().forEach(c -> assumptions.add(MathPrinter.conditionNode(c)));
    } else if (s instanceof Ast.Def d) {
      definitions.add(new Outline.Definition(MathPrinter.definitionHeadNode(d), MathPrinter.exprNode(d.body()),
          status(d), StepDetails.of(steps.get(d))));
    } else if (s instanceof Ast.Assumed a) {
      boolean postulate = a.kind() == Ast.Assumed.Kind.POSTULATE;
      String relation = postulate ? "=" : "≈";
      assumed.add(new Outline.AssumedFact(postulate ? "Postulate" : "Approximation", a.name(),
          MathPrinter.equationNode(a.lhs(), relation, a.rhs()), status(a), StepDetails.of(steps.get(a))));
    } else if (s instanceof Ast.Claim c) {
      body.add(chain(c));
    }
    // Goals are laid out once, at the end; imports have nothing to show.
  }

  private Outline.Chain chain(Ast.Claim c) {
    List<Outline.Line> lines = new ArrayList<>();
    List<Outline.Problem> problems = new ArrayList<>();
    for (Ast.Link link : c.links()) {
      StepResult step = steps.get(c.from() != null ? c : link);
      List<Outline.Piece> why = c.from() != null ? Justifications.from(c.from()) : Justifications.by(link.rule());
      Status status = step == null ? null : step.status();
      lines.add(new Outline.Line(MathPrinter.relationNode(link.approximate() ? "≈" : "="),
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

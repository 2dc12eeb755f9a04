package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.StepResult;
import deriv.kernel.Evidence;
import deriv.kernel.Status;
import deriv.syntax.Ast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link DerivationGraph} from a derivation's statements and the checker's verdicts (no kernel calls). */
final class GraphBuilder {
  /** The verdicts from worst to best: a claim shows the worst of its steps. */
  private static final List<Status> WORST_FIRST = List.of(Status.FAILED, Status.TIMEOUT, Status.UNKNOWN,
      Status.TESTED, Status.ASSUMED, Status.PROVED);

  private final DerivationResult result;
  private final Map<String, DerivationGraph.Node> nodes = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();
  private final Map<List<String>, String> labels = new LinkedHashMap<>();
  private final Set<List<String>> uses = new HashSet<>();
  private final Set<String> definitions = new HashSet<>();
  /** Citations of names that are no node (yet): built-in rules, among them approximations such as stirling. */
  private final List<List<String>> otherCitations = new ArrayList<>();

  private GraphBuilder(DerivationResult result) {
    this.result = result;
  }

  static DerivationGraph of(DerivationResult result) {
    return new GraphBuilder(result).build();
  }

  private DerivationGraph build() {
    String lastClaim = null;
    for (Ast.Statement s : result.derivation().statements()) {
      if (s instanceof Ast.Def d) {
        use(d.body(), d.name());
        add(d.name(), DerivationGraph.Kind.DEFINITION, statusOf(s), s);
        definitions.add(d.name());
      } else if (s instanceof Ast.Assumed a) {
        boolean postulate = a.kind() == Ast.Assumed.Kind.POSTULATE;
        use(a.lhs(), a.name());
        use(a.rhs(), a.name());
        add(a.name(), postulate ? DerivationGraph.Kind.POSTULATE : DerivationGraph.Kind.APPROXIMATION, statusOf(s), s);
      } else if (s instanceof Ast.Import i) {
        for (String name : i.names()) {
          add(name, DerivationGraph.Kind.IMPORT, importStatus(name), s);
        }
      } else if (s instanceof Ast.Claim c) {
        claim(c);
        lastClaim = c.name();
      } else if (s instanceof Ast.Goal g && lastClaim != null) {
        add("goal", DerivationGraph.Kind.GOAL, goalStatus(), g);
        cite(lastClaim, "goal", "reaches");
      }
    }
    return finish();
  }

  private void claim(Ast.Claim c) {
    use(c.first(), c.name());
    for (Ast.Link link : c.links()) {
      use(link.expr(), c.name());
      if (link.rule() != null) {
        cite(link.rule().name(), c.name(), "by");
      }
    }
    if (c.from() != null) {
      c.from().facts().forEach(f -> cite(f.name(), c.name(), "from"));
      if (c.from().rule() != null) {
        cite(c.from().rule().name(), c.name(), "by");
      }
    }
    add(c.name(), DerivationGraph.Kind.CLAIM, claimStatus(c), c);
  }

  /** A citation of an earlier node; rule names such as {@code algebra} name no node and are no edge. */
  private void cite(String from, String to, String label) {
    if (!nodes.containsKey(from)) {
      otherCitations.add(List.of(from, to, label));
    } else if (!from.equals(to)) {
      List<String> key = List.of(from, to);
      uses.remove(key);
      edges.add(key);
      labels.putIfAbsent(key, label);
    }
  }

  /** Definitions a statement mentions, as lighter edges (unless it also cites them). */
  private void use(Ast.Expr e, String user) {
    for (String name : Mentions.of(e)) {
      List<String> key = List.of(name, user);
      if (definitions.contains(name) && !name.equals(user) && !edges.contains(key)) {
        edges.add(key);
        uses.add(key);
      }
    }
  }

  private void add(String name, DerivationGraph.Kind kind, Status status, Ast.Statement s) {
    nodes.putIfAbsent(name, new DerivationGraph.Node(name, name, kind, status, s.span().line(), false));
  }

  /**
   * A definition's use that another path already implies (β is used by Z, and Z by the claim) is left out: the
   * picture keeps what each statement adds. Citations are always kept.
   */
  private void dropImpliedUses() {
    for (List<String> use : new ArrayList<>(uses)) {
      if (reachableWithout(use, use.get(0), use.get(1))) {
        edges.remove(use);
        uses.remove(use);
      }
    }
  }

  private boolean reachableWithout(List<String> skipped, String from, String to) {
    Set<String> seen = new HashSet<>(List.of(from));
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      for (List<String> e : edges) {
        if (e != skipped && e.get(0).equals(n) && seen.add(e.get(1))) {
          if (e.get(1).equals(to)) {
            return true;
          }
          todo.push(e.get(1));
        }
      }
    }
    return false;
  }

  /**
   * A built-in approximation the goal rests on ({@code by stirling}) has no statement in the file, but it is what
   * the goal rests on: it becomes a node, cited by the claims that use it.
   */
  private void addBuiltInEvidence() {
    if (result.goal() == null) {
      return;
    }
    for (Evidence e : result.goal().restsOn()) {
      boolean assumed = e.kind() == Evidence.Kind.APPROXIMATION || e.kind() == Evidence.Kind.POSTULATE;
      boolean cited = otherCitations.stream().anyMatch(c -> c.get(0).equals(e.name()));
      if (assumed && cited && !nodes.containsKey(e.name())) {
        DerivationGraph.Kind kind = e.kind() == Evidence.Kind.APPROXIMATION ? DerivationGraph.Kind.APPROXIMATION
            : DerivationGraph.Kind.POSTULATE;
        nodes.put(e.name(), new DerivationGraph.Node(e.name(), e.name(), kind, Status.ASSUMED, e.line(), false));
        otherCitations.stream().filter(c -> c.get(0).equals(e.name())).forEach(c -> cite(c.get(0), c.get(1),
            c.get(2)));
      }
    }
  }

  private DerivationGraph finish() {
    addBuiltInEvidence();
    dropImpliedUses();
    Set<String> path = goalPath();
    List<DerivationGraph.Node> out = new ArrayList<>();
    for (DerivationGraph.Node n : nodes.values()) {
      out.add(new DerivationGraph.Node(n.id(), n.name(), n.kind(), n.status(), n.line(), path.contains(n.id())));
    }
    List<DerivationGraph.Edge> edgeList = new ArrayList<>();
    for (List<String> e : edges) {
      boolean citation = !uses.contains(e);
      boolean onPath = citation && path.contains(e.get(0)) && path.contains(e.get(1));
      edgeList.add(new DerivationGraph.Edge(e.get(0), e.get(1), labels.getOrDefault(e, "uses"), citation, onPath));
    }
    return new DerivationGraph(result.derivation().title(), out, edgeList);
  }

  /**
   * The nodes the goal rests on, by citations: those on a path from a postulate, approximation or tested step the
   * goal rests on to the goal; when it rests on nothing but proofs, every node the goal is reached from.
   */
  private Set<String> goalPath() {
    if (!nodes.containsKey("goal")) {
      return Set.of();
    }
    Set<String> ancestors = reach("goal", false);
    if (result.goal() == null || result.goal().restsOn().isEmpty()) {
      return ancestors;
    }
    Set<String> path = new HashSet<>();
    for (Evidence e : result.goal().restsOn()) {
      if (nodes.containsKey(e.name())) {
        for (String n : reach(e.name(), true)) {
          if (ancestors.contains(n)) {
            path.add(n);
          }
        }
      }
    }
    return path.isEmpty() ? ancestors : path;
  }

  /** Everything reachable from {@code start} along citations, forwards or backwards, itself included. */
  private Set<String> reach(String start, boolean forwards) {
    Set<String> seen = new LinkedHashSet<>(List.of(start));
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      for (List<String> e : edges) {
        if (uses.contains(e)) {
          continue;
        }
        String here = forwards ? e.get(0) : e.get(1);
        String there = forwards ? e.get(1) : e.get(0);
        if (here.equals(n) && seen.add(there)) {
          todo.push(there);
        }
      }
    }
    return seen;
  }

  private Status statusOf(Ast.Statement s) {
    for (StepResult step : result.steps()) {
      if (step.statement() == s) {
        return step.status();
      }
    }
    return null;
  }

  private Status importStatus(String name) {
    for (StepResult step : result.steps()) {
      if (step.kind() == StepResult.Kind.IMPORT && step.name().equals(name)) {
        return step.status();
      }
    }
    return null;
  }

  private Status claimStatus(Ast.Claim c) {
    Status worst = null;
    for (StepResult step : result.steps()) {
      if (step.statement() == c && (worst == null || WORST_FIRST.indexOf(step.status()) < WORST_FIRST.indexOf(worst))) {
        worst = step.status();
      }
    }
    return worst;
  }

  private Status goalStatus() {
    if (result.goal() == null) {
      return null;
    }
    Outline.Goal g = new Outline.Goal(null, true, result.goal().reached(),
        result.goal().verdict() == null ? null : result.goal().verdict().status(), "");
    return Tally.goalMark(g);
  }
}

package deriv.report;

import deriv.kernel.Status;
import java.util.List;

/**
 * A derivation as a graph: its definitions, postulates, approximations, imported results and claims as nodes, the
 * goal as the last node; each citation ({@code by NAME}, {@code from NAME}, an import) as an edge from the cited
 * fact to the claim that cites it, and a definition's use in a claim or another definition as a lighter edge.
 * {@code onGoalPath} marks what the goal rests on: the path from its postulates and approximations (or, when it
 * rests on nothing but proofs, every cited fact) to the goal.
 */
record DerivationGraph(String title, List<Node> nodes, List<Edge> edges) {
  DerivationGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  enum Kind {
    DEFINITION("definition"), POSTULATE("postulate"), APPROXIMATION("approximation"), IMPORT("imported"),
    CLAIM("claim"), GOAL("goal");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** @param status the verdict shown (the worst of a claim's steps; null when not checked) */
  record Node(String id, String name, Kind kind, Status status, int line, boolean onGoalPath) {}

  /** @param citation a citation (by, from, import, the goal's claim); false for a definition's use */
  record Edge(String from, String to, String label, boolean citation, boolean onGoalPath) {}

  Node node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
  }
}

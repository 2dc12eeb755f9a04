package deriv.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a {@link DerivationGraph} with the Eclipse Layout Kernel's layered algorithm (Sugiyama: cycle breaking,
 * layering, crossing minimisation, node placement, orthogonal edge routing), plain Java, no OSGi. Facts flow
 * downwards to the goal. ELK is deterministic for a given input (fixed random seed), so the picture is too.
 */
final class GraphLayout {
  private GraphLayout() {}

  /** Node labels are set in a monospace font of this size; its advance width is about 0.6 of it. */
  static final double FONT = 12;
  static final double CHAR_WIDTH = 0.6 * FONT;
  static final double NODE_HEIGHT = 36;
  private static final double PADDING = 10;

  record Box(DerivationGraph.Node node, double x, double y, double width, double height) {}

  record Route(DerivationGraph.Edge edge, List<double[]> points) {}

  record Placed(DerivationGraph graph, List<Box> boxes, List<Route> routes, double width, double height) {}

  private static boolean registered;

  private static synchronized void register() {
    if (!registered) {
      LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
      registered = true;
    }
  }

  static double width(DerivationGraph.Node n) {
    int chars = Math.max(n.name().codePointCount(0, n.name().length()) + 2, n.kind().label.length());
    return Math.ceil(chars * CHAR_WIDTH + 2 * PADDING);
  }

  static synchronized Placed place(DerivationGraph graph) {
    register();
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 32.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12.0));
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    Map<String, ElkNode> elkNodes = new HashMap<>();
    for (DerivationGraph.Node n : graph.nodes()) {
      ElkNode node = ElkGraphUtil.createNode(root);
      node.setDimensions(width(n), NODE_HEIGHT);
      elkNodes.put(n.id(), node);
    }
    List<ElkEdge> elkEdges = new ArrayList<>();
    for (DerivationGraph.Edge e : graph.edges()) {
      elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(e.from()), elkNodes.get(e.to())));
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Box> boxes = new ArrayList<>();
    for (DerivationGraph.Node n : graph.nodes()) {
      ElkNode node = elkNodes.get(n.id());
      boxes.add(new Box(n, node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    }
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < elkEdges.size(); i++) {
      List<double[]> points = new ArrayList<>();
      for (ElkEdgeSection s : elkEdges.get(i).getSections()) {
        points.add(new double[] {s.getStartX(), s.getStartY()});
        for (ElkBendPoint b : s.getBendPoints()) {
          points.add(new double[] {b.getX(), b.getY()});
        }
        points.add(new double[] {s.getEndX(), s.getEndY()});
      }
      routes.add(new Route(graph.edges().get(i), points));
    }
    return new Placed(graph, boxes, routes, root.getWidth(), root.getHeight());
  }
}

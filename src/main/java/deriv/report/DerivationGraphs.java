package deriv.report;

import deriv.check.DerivationResult;
import deriv.check.FileResult;

/** The derivation graph of one of a checked file's derivations, for {@code deriv graph}. */
public final class DerivationGraphs {
  private DerivationGraphs() {}

  public static String svg(FileResult file) {
    return svg(file.derivations().get(0));
  }

  public static String dot(FileResult file) {
    return dot(file.derivations().get(0));
  }

  public static String svg(DerivationResult derivation) {
    return GraphSvg.document(GraphBuilder.of(derivation));
  }

  public static String dot(DerivationResult derivation) {
    return GraphDot.write(GraphBuilder.of(derivation));
  }
}

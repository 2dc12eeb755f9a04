package deriv.report;

import deriv.check.FileResult;

/** The derivation graph of a checked file's first derivation, for {@code deriv graph}. */
public final class DerivationGraphs {
  private DerivationGraphs() {}

  public static String svg(FileResult file) {
    return GraphSvg.document(GraphBuilder.of(file.derivations().get(0)));
  }

  public static String dot(FileResult file) {
    return GraphDot.write(GraphBuilder.of(file.derivations().get(0)));
  }
}

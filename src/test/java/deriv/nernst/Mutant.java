package deriv.nernst;

import java.util.function.Function;

/**
 * One mutation of nernst.deriv: on the line containing {@code anchor}, {@code from} becomes {@code to}. The first
 * step deriv must not prove is on the line containing {@code failsAt} (the mutated line itself unless a definition
 * was mutated). {@code sides} evaluates the two sides of that step's (mutated) equation in the numeric model.
 */
record Mutant(String name, String anchor, String from, String to, String failsAt,
    Function<NernstModel, double[]> sides) {

  static Mutant at(String name, String anchor, String from, String to, Function<NernstModel, double[]> sides) {
    return new Mutant(name, anchor, from, to, anchor, sides);
  }

  static double[] sides(double lhs, double rhs) {
    return new double[] {lhs, rhs};
  }
}

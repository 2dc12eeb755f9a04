package deriv.diagnose;

import deriv.kernel.Context;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Two symbols of the same sort, both on the right side, exchanged there: the step is proved. */
final class SwappedSymbols implements Diagnosis {
  static final String KIND = "swapped-symbols";
  /** At most this many symbols are paired (15 pairs): the cost stays bounded. */
  private static final int MAX_SYMBOLS = 6;

  @Override
  public Optional<Hint> find(Probe probe, List<Hint> found) {
    Term l = probe.step.lhs();
    Term r = probe.step.rhs();
    Set<Var> inOrder = new LinkedHashSet<>(Terms.freeVars(l)); // named in the order the author wrote them
    inOrder.addAll(Terms.freeVars(r));
    Set<Var> onRight = Terms.freeVars(r);
    List<Var> symbols = inOrder.stream().filter(v -> onRight.contains(v) && swappable(v, probe.step.context()))
        .limit(MAX_SYMBOLS).toList();
    for (int i = 0; i < symbols.size(); i++) {
      for (int j = i + 1; j < symbols.size(); j++) {
        Var x = symbols.get(i);
        Var y = symbols.get(j);
        if (x.sort() != y.sort() || probe.exhausted()) {
          continue;
        }
        Term swapped = Terms.substitute(r, Map.of(x, y, y, x));
        if (!Terms.alphaEquivalent(swapped, r) && probe.holds(l, swapped)) {
          return Optional.of(new Hint(KIND, x.name() + " and " + y.name() + " are swapped: exchanged on the right, "
              + Equations.show(l, swapped) + " is proved"));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean swappable(Var v, Context ctx) {
    return v.sort() != Sort.FAMILY && ctx.definition(v).isEmpty();
  }
}

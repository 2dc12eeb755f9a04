package deriv.cli;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the kernel assumed for a step, in words: the step's symbols, the conditions on them, their definitions. */
final class ContextText {
  private ContextText() {}

  static String describe(Context ctx, List<Term> terms) {
    Set<Var> used = new LinkedHashSet<>();
    terms.forEach(t -> {
      used.addAll(Terms.freeVars(t));
      try {
        used.addAll(Terms.freeVars(Terms.unfold(t, ctx)));
      } catch (deriv.kernel.Expansion.TooLarge e) {
        used.addAll(throughDefinitions(t, ctx)); // the same symbols, found without building the unfolded term
      }
    });
    Map<String, List<String>> bySort = new LinkedHashMap<>();
    List<String> defined = new ArrayList<>();
    for (Var v : ctx.variables()) {
      if (!used.contains(v)) {
        continue;
      }
      Definition d = ctx.definition(v).orElse(null);
      if (d != null) {
        String params = d.params().isEmpty() ? "" : "(" + String.join(", ", d.params().stream().map(Var::name)
            .toList()) + ")";
        defined.add(v.name() + params + " := " + Terms.show(d.body()));
      } else {
        bySort.computeIfAbsent(sortName(v.sort()), k -> new ArrayList<>()).add(v.name());
      }
    }
    List<String> parts = new ArrayList<>();
    bySort.forEach((sort, names) -> parts.add(String.join(", ", names) + " " + sort));
    for (Condition c : ctx.conditions()) {
      Set<Var> vs = new LinkedHashSet<>(Terms.freeVars(c.left()));
      vs.addAll(Terms.freeVars(c.right()));
      if (vs.stream().anyMatch(used::contains)) {
        parts.add(Terms.show(c.left()) + " " + c.relation().symbol + " " + Terms.show(c.right()));
      }
    }
    parts.addAll(defined);
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  /** The free variables of {@code t} and, transitively, of the definitions it uses (their parameters excepted). */
  private static Set<Var> throughDefinitions(Term t, Context ctx) {
    Set<Var> seen = new LinkedHashSet<>();
    java.util.ArrayDeque<Var> todo = new java.util.ArrayDeque<>(Terms.freeVars(t));
    while (!todo.isEmpty()) {
      Var v = todo.pop();
      if (seen.add(v)) {
        ctx.definition(v).ifPresent(d -> Terms.freeVars(d.body()).stream()
            .filter(u -> !d.params().contains(u)).forEach(todo::push));
      }
    }
    return seen;
  }

  private static String sortName(Sort s) {
    switch (s) {
      case SCALAR: return "real";
      case VECTOR: return "in R^3";
      case FAMILY: return "(families)";
      case FUNCTION: return "(functions)";
      default: return s.name().toLowerCase(Locale.ROOT);
    }
  }
}

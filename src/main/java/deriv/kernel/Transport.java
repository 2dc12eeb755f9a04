package deriv.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carrying a fact proved in one file into another ({@code import density from "boltzmann.deriv"}).
 *
 * <p>The fact was proved under the source file's declarations. It holds in the importing file if every symbol it
 * depends on — its own, those of the definitions it uses (transitively), and those of every condition that mentions
 * any of them — is declared there under the same name and sort, with the same definitions, the same family ranges
 * and the same conditions. Symbols are matched by name; everything else must agree exactly (up to renaming).
 */
final class Transport {
  private Transport() {}

  static Fact transport(Fact f, Context from, Context to) {
    if (!f.established()) {
      return f;
    }
    Set<Var> needed = closure(f, from);
    Map<Var, Var> names = new HashMap<>();
    for (Var v : needed) {
      Optional<Var> target = to.variables().stream()
          .filter(t -> t.name().equals(v.name()) && t.sort() == v.sort()).findFirst();
      if (target.isEmpty()) {
        return refused(f, "it uses '" + v.name() + "', which this file does not declare (as the same kind of "
            + "symbol)");
      }
      names.put(v, target.get());
    }
    String problem = firstMismatch(needed, names, from, to);
    if (problem != null) {
      return refused(f, problem);
    }
    return f.with(f.name(), rename(f.lhs(), names), rename(f.rhs(), names), true);
  }

  private static Fact refused(Fact f, String why) {
    return f.with(f.name() + " cannot be imported: " + why, f.lhs(), f.rhs(), false);
  }

  /** The symbols the fact's truth may depend on in its source file. */
  private static Set<Var> closure(Fact f, Context ctx) {
    Set<Var> out = new LinkedHashSet<>();
    List<Var> todo = new ArrayList<>(Terms.freeVars(f.lhs()));
    todo.addAll(Terms.freeVars(f.rhs()));
    integratedFamilies(f.lhs(), todo);
    integratedFamilies(f.rhs(), todo);
    while (!todo.isEmpty()) {
      Var v = todo.remove(todo.size() - 1);
      if (!out.add(v)) {
        continue;
      }
      ctx.definition(v).ifPresent(d -> {
        freeOutside(d.body(), d.params(), todo);
        integratedFamilies(d.body(), todo);
      });
      ctx.family(v).ifPresent(fam -> {
        todo.addAll(Terms.freeVars(fam.lo()));
        todo.addAll(Terms.freeVars(fam.hi()));
      });
      for (Condition c : ctx.conditions()) {
        if (mentions(c, v, ctx)) {
          todo.addAll(Terms.freeVars(c.left()));
          todo.addAll(Terms.freeVars(c.right()));
        }
      }
      for (AssumedEquation e : ctx.assumedEquations()) {
        if (e.constrains(v)) {
          freeOutside(e.lhs(), e.params(), todo);
          freeOutside(e.rhs(), e.params(), todo);
        }
      }
    }
    return out;
  }

  /** A family integrated over is bound there, but it is still the declared family, with its range. */
  private static void integratedFamilies(Term t, List<Var> todo) {
    if (t instanceof Integral i) {
      i.vars().stream().filter(v -> v.sort() == Sort.FAMILY).forEach(todo::add);
    }
    Terms.children(t).forEach(c -> integratedFamilies(c, todo));
  }

  private static void freeOutside(Term body, List<Var> params, List<Var> todo) {
    for (Var v : Terms.freeVars(body)) {
      if (!params.contains(v)) {
        todo.add(v);
      }
    }
  }

  private static String firstMismatch(Set<Var> needed, Map<Var, Var> names, Context from, Context to) {
    for (Var v : needed) {
      Var w = names.get(v);
      Optional<Definition> dv = from.definition(v);
      Optional<Definition> dw = to.definition(w);
      if (dv.isPresent() != dw.isPresent()) {
        return "'" + v.name() + "' is " + (dv.isPresent() ? "" : "not ") + "a definition there but "
            + (dw.isPresent() ? "" : "not ") + "here";
      }
      if (dv.isPresent() && !sameDefinition(dv.get(), dw.get(), names)) {
        return "'" + v.name() + "' is defined differently here";
      }
      // a codomain is a fact about every value of the function (p : R -> positive): the proof may rest on it
      Optional<Condition.Relation> cv = from.codomain(v).map(Context.Codomain::relation);
      if (cv.isPresent() && !cv.equals(to.codomain(w).map(Context.Codomain::relation))) {
        return "'" + v.name() + "' has another codomain here (there every value of it is " + cv.get().symbol
            + " 0, and the proof may rest on that)";
      }
      Optional<Family> fv = from.family(v);
      Optional<Family> fw = to.family(w);
      if (fv.isPresent() && (fw.isEmpty() || fv.get().element() != fw.get().element()
          || !Terms.alphaEquivalent(rename(fv.get().lo(), names), fw.get().lo())
          || !Terms.alphaEquivalent(rename(fv.get().hi(), names), fw.get().hi()))) {
        return "the family '" + v.name() + "' has another range here";
      }
    }
    for (AssumedEquation c : from.assumedEquations()) {
      boolean relevant = needed.stream().anyMatch(c::constrains);
      if (relevant && to.assumedEquations().stream().noneMatch(d -> sameEquation(c, d, names))) {
        return "it rests on the postulate " + Terms.show(c.lhs()) + " = " + Terms.show(c.rhs())
            + ", which this file does not state";
      }
    }
    for (Condition c : from.conditions()) {
      boolean relevant = needed.stream().anyMatch(v -> mentions(c, v, from));
      if (relevant && !hasCondition(to, c, names)) {
        return "it was proved assuming " + Terms.show(c.left()) + " " + c.relation().symbol + " "
            + Terms.show(c.right()) + ", which this file does not assume";
      }
    }
    return null;
  }

  private static boolean sameDefinition(Definition a, Definition b, Map<Var, Var> names) {
    if (a.params().size() != b.params().size()) {
      return false;
    }
    Map<Var, Var> withParams = new HashMap<>(names);
    for (int i = 0; i < a.params().size(); i++) {
      if (a.params().get(i).sort() != b.params().get(i).sort()) {
        return false;
      }
      withParams.put(a.params().get(i), b.params().get(i));
    }
    return Terms.alphaEquivalent(rename(a.body(), withParams), b.body());
  }

  /** The same postulate in both files: parameters matched by position, everything else by name. */
  private static boolean sameEquation(AssumedEquation a, AssumedEquation b, Map<Var, Var> names) {
    if (a.params().size() != b.params().size()) {
      return false;
    }
    Map<Var, Var> withParams = new HashMap<>(names);
    for (int i = 0; i < a.params().size(); i++) {
      withParams.put(a.params().get(i), b.params().get(i));
    }
    return Terms.alphaEquivalent(rename(a.lhs(), withParams), b.lhs())
        && Terms.alphaEquivalent(rename(a.rhs(), withParams), b.rhs());
  }

  /** Whether the condition speaks of v, by name or through a definition (d &gt; 0 with d := x − 1 speaks of x). */
  private static boolean mentions(Condition c, Var v, Context ctx) {
    return Terms.occurs(v, c.left()) || Terms.occurs(v, c.right()) || Terms.occurs(v, Terms.unfold(c.left(), ctx))
        || Terms.occurs(v, Terms.unfold(c.right(), ctx));
  }

  private static boolean hasCondition(Context to, Condition c, Map<Var, Var> names) {
    Term left = rename(c.left(), names);
    Term right = rename(c.right(), names);
    return to.conditions().stream().anyMatch(d -> d.relation() == c.relation()
        && Terms.alphaEquivalent(d.left(), left) && Terms.alphaEquivalent(d.right(), right));
  }

  /**
   * Renames every occurrence of the mapped symbols, binder positions included (a family bound by an integral is
   * the family itself); other bound variables get fresh names so they cannot meet the target file's symbols.
   */
  static Term rename(Term t, Map<Var, Var> names) {
    if (t instanceof Var v) {
      return names.getOrDefault(v, v);
    }
    if (t instanceof Apply a) {
      return new Apply(names.getOrDefault(a.function(), a.function()),
          a.args().stream().map(x -> rename(x, names)).toList());
    }
    if (t instanceof Index i) {
      return new Index(names.getOrDefault(i.family(), i.family()), rename(i.index(), names));
    }
    if (t instanceof BigOp b) {
      Map<Var, Var> inner = bind(List.of(b.index()), names);
      return new BigOp(b.kind(), inner.get(b.index()), rename(b.lo(), names), rename(b.hi(), names),
          b.hasExcept() ? rename(b.except(), names) : null, rename(b.body(), inner));
    }
    if (t instanceof Integral i) {
      Map<Var, Var> inner = bind(i.vars(), names);
      return new Integral(i.vars().stream().map(inner::get).toList(), rename(i.body(), inner));
    }
    if (t instanceof DefiniteIntegral d) {
      Map<Var, Var> inner = bind(List.of(d.var()), names);
      return new DefiniteIntegral(inner.get(d.var()), rename(d.lo(), names), rename(d.hi(), names),
          rename(d.body(), inner));
    }
    return Terms.mapChildren(t, c -> rename(c, names));
  }

  private static Map<Var, Var> bind(List<Var> bound, Map<Var, Var> names) {
    Map<Var, Var> inner = new HashMap<>(names);
    for (Var v : bound) {
      inner.putIfAbsent(v, Terms.fresh(v));
    }
    return inner;
  }
}

package deriv.resolve;

import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Sort;
import deriv.kernel.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names in force at a point of a derivation: declarations, then binders of enclosing sums and integrals. */
final class Scope {
  /** A declared name. {@code argSorts} is set for functions, {@code element} for families. */
  record Entry(Var var, List<Sort> argSorts, Sort element, boolean defined) {}

  private final Map<String, Entry> globals = new HashMap<>();
  private final Deque<Map<String, Entry>> locals = new ArrayDeque<>();
  private int nextId = 1;
  /** The definitions made so far, to tell which declared names a defined name uses. */
  private Context definitions = Context.empty();
  private final java.util.Set<Var> valued = new java.util.HashSet<>();

  Var fresh(String name, Sort sort) {
    return new Var(nextId++, name, sort);
  }

  boolean declaredGlobally(String name) {
    return globals.containsKey(name);
  }

  void define(Definition d) {
    definitions = definitions.withDefinition(d);
  }

  /** {@code x = e}: x has a value, a fixed number (unfolded like a definition), not a function of anything bound. */
  void markValued(Var v) {
    valued.add(v);
  }

  boolean isValued(Var v) {
    return valued.contains(v);
  }

  Context definitions() {
    return definitions;
  }

  /** The declared (global) entry of a name, ignoring binders in force. */
  Entry global(String name) {
    return globals.get(name);
  }

  void declare(String name, Entry e) {
    globals.put(name, e);
  }

  Entry lookup(String name) {
    for (Map<String, Entry> frame : locals) {
      Entry e = frame.get(name);
      if (e != null) {
        return e;
      }
    }
    return globals.get(name);
  }

  /**
   * The visible name most like {@code name}, for a "did you mean": the same but for case ({@code k_b} for
   * {@code k_B}), else (for three characters or more) at most one edit in four away (ties: alphabetical); null when
   * none is near.
   */
  String closest(String name) {
    java.util.SortedSet<String> visible = new java.util.TreeSet<>(globals.keySet());
    locals.forEach(frame -> visible.addAll(frame.keySet()));
    String best = null;
    // a name of one or two characters is one edit from every other: only its case can be a slip
    int bestDistance = name.length() <= 2 ? 1 : Math.max(1, name.length() / 4) + 1;
    for (String candidate : visible) {
      int d = candidate.equalsIgnoreCase(name) ? 0 : editDistance(candidate, name);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  void push(Map<String, Entry> frame) {
    locals.push(frame);
  }

  void pop() {
    locals.pop();
  }
}

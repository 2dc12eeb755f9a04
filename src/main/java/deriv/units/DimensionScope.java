package deriv.units;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Names in force with their units: a derivation's declarations, then binders of enclosing sums and integrals. */
final class DimensionScope {
  private final Map<String, Symbol> globals = new LinkedHashMap<>();
  private final Deque<Map<String, Symbol>> locals = new ArrayDeque<>();
  private final Set<String> counts = new HashSet<>();

  void declare(Symbol s) {
    declare(s, false);
  }

  /** {@code count}: a dimensionless integer name, such as the N of x[1..N], that may appear in exponents. */
  void declare(Symbol s, boolean count) {
    globals.put(s.name(), s);
    if (count) {
      counts.add(s.name());
    } else {
      counts.remove(s.name());
    }
  }

  /**
   * Whether {@code name} here is a declared count. A summation index is not: {@code prod(j=1..N, a^j)} is a^(N(N+1)/2),
   * not linear in N, and an exponent must not depend on a name bound inside the expression.
   */
  boolean isCount(String name) {
    return locals.stream().noneMatch(frame -> frame.containsKey(name)) && isGlobalCount(name);
  }

  /** Whether {@code name} is a declared count, ignoring binders (for a family's bounds, read where it was declared). */
  boolean isGlobalCount(String name) {
    return counts.contains(name);
  }

  Symbol lookup(String name) {
    for (Map<String, Symbol> frame : locals) {
      Symbol s = frame.get(name);
      if (s != null) {
        return s;
      }
    }
    return globals.get(name);
  }

  void push(Symbol... bound) {
    Map<String, Symbol> frame = new HashMap<>();
    for (Symbol s : bound) {
      frame.put(s.name(), s);
    }
    locals.push(frame);
  }

  void pop() {
    locals.pop();
  }

  Map<String, Symbol> globals() {
    return Map.copyOf(globals);
  }
}

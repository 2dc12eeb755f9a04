package deriv.units;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Names in force with their units: a derivation's declarations, then binders of enclosing sums and integrals. */
final class DimensionScope {
  private final Map<String, Symbol> globals = new LinkedHashMap<>();
  private final Deque<Map<String, Symbol>> locals = new ArrayDeque<>();

  void declare(Symbol s) {
    globals.put(s.name(), s);
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

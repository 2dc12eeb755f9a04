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

  Var fresh(String name, Sort sort) {
    return new Var(nextId++, name, sort);
  }

  boolean declaredGlobally(String name) {
    return globals.containsKey(name);
  }

  void define(Definition d) {
    definitions = definitions.withDefinition(d);
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

  void push(Map<String, Entry> frame) {
    locals.push(frame);
  }

  void pop() {
    locals.pop();
  }
}

package deriv.diagnose;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Family;
import deriv.kernel.Var;

/** A context as exact text (see {@link TermKey}): its symbols, conditions, families and definitions, in order. */
final class ContextKey {
  private ContextKey() {}

  static String of(Context ctx) {
    StringBuilder k = new StringBuilder();
    for (Var v : ctx.variables()) {
      k.append("var ").append(TermKey.of(v)).append('\n');
    }
    for (Condition c : ctx.conditions()) {
      k.append("if ").append(TermKey.of(c.left())).append(' ').append(c.relation().symbol).append(' ')
          .append(TermKey.of(c.right())).append('\n');
    }
    for (Family f : ctx.families().values()) {
      k.append("family ").append(TermKey.of(f.name())).append('[').append(TermKey.of(f.lo())).append("..")
          .append(TermKey.of(f.hi())).append("] of ").append(f.element()).append('\n');
    }
    for (Definition d : ctx.definitions().values()) {
      k.append("def ").append(TermKey.of(d.name())).append(" := ").append(TermKey.of(d.params(), d.body()))
          .append('\n');
    }
    return k.toString();
  }
}

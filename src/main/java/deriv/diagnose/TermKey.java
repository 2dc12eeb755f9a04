package deriv.diagnose;

import deriv.kernel.Apply;
import deriv.kernel.BigOp;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact text for a term, equal for two terms exactly when they are the same up to bound-variable names. Free
 * symbols are written name:sort (a derivation declares each name once), bound ones by binding depth, so the text
 * does not depend on the ids the resolver happened to hand out: an edit elsewhere in a file leaves it unchanged.
 */
final class TermKey {
  private final Map<Var, Integer> bound = new HashMap<>();
  private final StringBuilder out = new StringBuilder();

  static String of(Term t) {
    TermKey k = new TermKey();
    k.term(t);
    return k.out.toString();
  }

  /** A body under binders, e.g. a definition's parameters. */
  static String of(List<Var> binders, Term body) {
    TermKey k = new TermKey();
    k.bind(binders);
    k.term(body);
    return k.out.toString();
  }

  private void term(Term t) {
    if (t instanceof Num n) {
      out.append(n);
    } else if (t instanceof Var v) {
      var(v);
    } else if (t instanceof Op o) {
      out.append(o.head());
      list(o.args());
    } else if (t instanceof Apply a) {
      out.append('@');
      var(a.function());
      list(a.args());
    } else if (t instanceof Index i) {
      var(i.family());
      out.append('[');
      term(i.index());
      out.append(']');
    } else if (t instanceof BigOp b) {
      out.append(b.kind()).append('(');
      term(b.lo());
      out.append(',');
      term(b.hi());
      out.append(',');
      if (b.hasExcept()) {
        term(b.except());
      }
      out.append(',');
      binder(List.of(b.index()), b.body());
    } else {
      Integral i = (Integral) t;
      out.append("INT(");
      binder(i.vars(), i.body());
    }
  }

  private void binder(List<Var> vars, Term body) {
    Map<Var, Integer> saved = new HashMap<>(bound);
    bind(vars);
    term(body);
    out.append(')');
    bound.clear();
    bound.putAll(saved);
  }

  private void bind(List<Var> vars) {
    for (Var v : vars) {
      bound.put(v, bound.size());
      out.append(v.sort()).append(' ');
    }
    out.append("->");
  }

  private void var(Var v) {
    Integer depth = bound.get(v);
    out.append(depth != null ? "#" + depth : v.name() + ":" + v.sort());
  }

  private void list(List<Term> args) {
    out.append('(');
    for (int k = 0; k < args.size(); k++) {
      out.append(k == 0 ? "" : ",");
      term(args.get(k));
    }
    out.append(')');
  }
}

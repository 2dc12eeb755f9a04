package deriv.units;

import deriv.resolve.Builtins;
import deriv.resolve.Names;
import deriv.syntax.Ast;
import deriv.syntax.Ast.Arg;
import deriv.syntax.Ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The dimension of an expression, reporting every rule it breaks at the offending sub-expression. Runs only on
 * derivations that resolved without errors, so every name is known and every call well formed. An unknown
 * dimension (null, after a reported problem) propagates silently, so that one slip is reported once.
 */
final class ExprDimensions {
  /** A dimension (null: unknown) and whether the expression is a vector in R³. */
  record Dim(Dimension dimension, boolean vector) {
    static final Dim UNKNOWN = new Dim(null, false);
    static final Dim NONE = new Dim(Dimension.NONE, false);

    boolean known() {
      return dimension != null;
    }
  }

  /** Products over more factors than this are not given a dimension: the exponents would only grow. */
  private static final int MAX_COUNT = 1000;

  private final DimensionScope scope;
  private final Findings findings;

  ExprDimensions(DimensionScope scope, Findings findings) {
    this.scope = scope;
    this.findings = findings;
  }

  Dim of(Expr e) {
    if (e instanceof Ast.Number n) {
      // zero is zero in every unit: `V(0)`, `… = 0` (a dimension error would now fail a true step)
      return n.text().matches("[0.]*0[0.]*") ? Dim.UNKNOWN : Dim.NONE;
    }
    if (e instanceof Ast.Name n) {
      return name(n);
    }
    if (e instanceof Ast.Paren p) {
      return of(p.inner());
    }
    if (e instanceof Ast.Unary u) {
      return of(u.operand());
    }
    if (e instanceof Ast.Bars b) {
      return new Dim(of(b.inner()).dimension(), false);
    }
    if (e instanceof Ast.Member m) {
      return member(m);
    }
    if (e instanceof Ast.Binary b) {
      return binary(b);
    }
    return call((Ast.Call) e);
  }

  /** Requires a dimensionless value, e.g. the argument of ln; says what {@code what} is otherwise. */
  void requireNone(Expr e, String what) {
    Dim d = of(e);
    if (d.known() && !d.dimension().isNone()) {
      findings.dimension(what + " must be dimensionless, but is " + Units.show(d.dimension()), e.span());
    }
  }

  /** Reports {@code e} unless it has dimension {@code expected}; {@code context} names the other side. */
  void requireSame(Dimension expected, Expr e, String context) {
    Dim d = of(e);
    if (expected != null && d.known() && !d.dimension().equals(expected)) {
      findings.dimension("dimension mismatch: " + context + " is " + Units.show(expected) + ", but this is "
          + Units.show(d.dimension()), e.span());
    }
  }

  private Dim name(Ast.Name n) {
    String name = Names.canonical(n.name());
    if (Builtins.CONSTANTS.contains(name)) {
      return Dim.NONE;
    }
    Symbol s = scope.lookup(name);
    if (s == null) {
      return Dim.UNKNOWN;
    }
    if (s.dimension() == null) {
      findings.missing(name, "declare one, e.g. `let " + name + " : real [m]`, or `[1]` for a pure number",
          n.span());
      return Dim.UNKNOWN;
    }
    return new Dim(s.dimension(), s.vector());
  }

  private Dim member(Ast.Member m) {
    requireNone(m.index(), "an index");
    Symbol s = scope.lookup(Names.canonical(m.family()));
    if (s == null) {
      return Dim.UNKNOWN;
    }
    if (s.dimension() == null) {
      findings.missing(s.name(), "declare one, e.g. `let " + s.name() + "[1..N] : R^3 [m]`", m.span());
      return Dim.UNKNOWN;
    }
    return new Dim(s.dimension(), s.vector());
  }

  private Dim binary(Ast.Binary b) {
    if (b.op() == '^') {
      return power(b);
    }
    Dim l = of(b.left());
    Dim r = of(b.right());
    boolean vector = l.vector() || r.vector();
    if (!l.known() || !r.known()) {
      return new Dim(null, vector);
    }
    switch (b.op()) {
      case '+':
      case '-':
        if (!l.dimension().equals(r.dimension())) {
          findings.dimension("terms of a " + (b.op() == '+' ? "sum" : "difference") + " have different "
              + "dimensions: " + Units.show(l.dimension()) + " and " + Units.show(r.dimension()), b.span());
          return new Dim(null, vector);
        }
        return l;
      case '*':
        return new Dim(l.dimension().times(r.dimension()), vector);
      default:
        return new Dim(l.dimension().over(r.dimension()), l.vector());
    }
  }

  /**
   * Any power of a dimensionless base; a dimensionful base only to a constant rational exponent (√(m²) = m) or one
   * linear in declared counts (Z_1^N). Any other exponent, such as a real y, would give no fixed dimension.
   */
  private Dim power(Ast.Binary b) {
    Dim base = of(b.left());
    Exponent exponent = Literals.linear(b.right(), scope::isCount);
    if (exponent == null) {
      requireNone(b.right(), "an exponent");
      if (base.known() && !base.dimension().isNone()) {
        findings.dimension("a quantity with dimension " + Units.show(base.dimension()) + " can only be raised "
            + "to a constant rational power such as 2 or 1/2, or to a count such as N", b.span());
        return Dim.UNKNOWN;
      }
      return base.known() ? Dim.NONE : Dim.UNKNOWN;
    }
    return base.known() ? raise(base.dimension(), exponent, b) : Dim.UNKNOWN;
  }

  /** {@code d^exponent}, reported at {@code at} when that is not linear in the counts ((m^N)^N). */
  private Dim raise(Dimension d, Exponent exponent, Expr at) {
    Dimension out = d.pow(exponent);
    if (out == null) {
      findings.dimension("(" + Units.show(d) + ")^(" + exponent + ") has no fixed dimension: an exponent can be "
          + "a multiple of a count, not a product of counts", at.span());
      return Dim.UNKNOWN;
    }
    return new Dim(out, false);
  }

  private Dim call(Ast.Call c) {
    String name = Names.canonical(c.function());
    Symbol f = scope.lookup(name);
    if (f != null) {
      return apply(f, c);
    }
    String builtin = Builtins.UNARY.get(name);
    if (builtin != null) {
      return unaryBuiltin(builtin, c);
    }
    if (name.equals("int") || name.equals("∫")) {
      return integral(c);
    }
    if (Builtins.BINDERS.contains(name)) {
      return bigOp(name.equals("sum") || name.equals("Σ"), c);
    }
    if (name.equals("diff")) {
      Dim body = of(argExpr(c, 0));
      Dim x = of(argExpr(c, 1));
      return body.known() && x.known() ? new Dim(body.dimension().over(x.dimension()), false) : Dim.UNKNOWN;
    }
    return Dim.UNKNOWN;
  }

  private Dim apply(Symbol f, Ast.Call c) {
    if (!f.isFunction()) {
      return Dim.UNKNOWN;
    }
    if (!f.hasUnit()) {
      findings.missing(f.name(), "give its arguments and value units, e.g. `let " + f.name()
          + " : R^3 [m] -> R [V]`", c.nameSpan());
    }
    for (int i = 0; i < c.args().size() && i < f.arguments().size(); i++) {
      Expr arg = argExpr(c, i);
      Dimension expected = f.arguments().get(i).dimension();
      if (expected == null) {
        of(arg);
      } else {
        requireSame(expected, arg, "argument " + (i + 1) + " of " + f.name());
      }
    }
    return f.hasUnit() ? new Dim(f.dimension(), false) : Dim.UNKNOWN;
  }

  private Dim unaryBuiltin(String fn, Ast.Call c) {
    Expr arg = argExpr(c, 0);
    switch (fn) {
      case "sqrt": {
        Dim d = of(arg);
        return d.known() ? new Dim(d.dimension().pow(Rational.of(1, 2)), false) : Dim.UNKNOWN;
      }
      case "abs":
        return new Dim(of(arg).dimension(), false);
      case "delta": {
        // δ of a point of R³ is the three-dimensional delta: the inverse of a volume.
        Dim d = of(arg);
        return d.known() ? new Dim(d.dimension().pow(Rational.of(d.vector() ? -3 : -1)), false) : Dim.UNKNOWN;
      }
      default:
        requireNone(arg, "the argument of " + c.function());
        return Dim.NONE;
    }
  }

  /** A sum keeps its term's dimension; a product multiplies it once per factor: D^(hi − lo + 1), D^N over 1..N. */
  private Dim bigOp(boolean isSum, Ast.Call c) {
    Ast.RangeArg range = (Ast.RangeArg) c.args().get(0);
    requireNone(range.lo(), "a summation bound");
    requireNone(range.hi(), "a summation bound");
    Exponent count = count(range.lo(), range.hi(), scope::isCount); // the bounds are read outside the binder
    scope.push(Symbol.value(Names.canonical(range.variable()), Dimension.NONE, false));
    try {
      Dim body = of(argExpr(c, c.args().size() - 1));
      if (isSum || !body.known() || body.dimension().isNone()) {
        return body;
      }
      if (count == null) {
        findings.dimension("a product over this range of factors with dimension " + Units.show(body.dimension())
            + " has no fixed dimension: the number of factors must be a count such as N or N - 1; make the "
            + "factors dimensionless", c.span());
        return Dim.UNKNOWN;
      }
      boolean except = c.args().size() == 3 && leavesOneOut(range, (Ast.ExceptArg) c.args().get(1));
      return raise(body.dimension(), except ? count.minus(Exponent.ONE) : count, c);
    } finally {
      scope.pop();
    }
  }

  /** An integral multiplies by the dimension of its measure: d³y of y in R³ [m] is m³. */
  private Dim integral(Ast.Call c) {
    if (!c.args().isEmpty() && c.args().get(0) instanceof Ast.IntervalArg in && c.args().size() == 2) {
      return definiteIntegral(in, c);
    }
    List<Symbol> bound = new ArrayList<>();
    Dimension measure = Dimension.NONE;
    boolean known = true;
    for (Arg a : c.args().subList(0, c.args().size() - 1)) {
      Dimension d = null;
      if (a instanceof Ast.InArg in) {
        Dimension point = in.space().unit() == null ? null : findings.unit(in.space().unit());
        boolean vector = in.space().power() == 3 || in.space().name().equals("vector");
        bound.add(Symbol.value(Names.canonical(in.variable()), point, vector));
        d = measureOf(in, point, vector);
      } else if (a instanceof Ast.ExprArg ea && ea.expr() instanceof Ast.Name n) {
        d = measureOf(n);
      }
      if (d == null) {
        known = false;
      } else {
        measure = measure.times(d);
      }
    }
    scope.push(bound.toArray(new Symbol[0]));
    try {
      Dim body = of(argExpr(c, c.args().size() - 1));
      return body.known() && known ? new Dim(body.dimension().times(measure), false) : Dim.UNKNOWN;
    } finally {
      scope.pop();
    }
  }

  /**
   * {@code int(x in a..b, f)}: x has the dimension of its bounds (which must agree; a literal 0 has every
   * dimension), and the integral is dim(f)·dim(x).
   */
  private Dim definiteIntegral(Ast.IntervalArg in, Ast.Call c) {
    // the bounds are read outside the binder; ∞ has every dimension, as a literal 0 does
    Dim lo = Names.isInfinity(in.lo()) ? Dim.UNKNOWN : of(in.lo());
    Dim hi = Names.isInfinity(in.hi()) ? Dim.UNKNOWN : of(in.hi());
    if (lo.known() && hi.known() && !lo.dimension().equals(hi.dimension())) {
      findings.dimension("dimension mismatch: the bounds of an integral are " + Units.show(lo.dimension()) + " and "
          + Units.show(hi.dimension()), in.span());
      return Dim.UNKNOWN;
    }
    Dimension x = lo.known() ? lo.dimension() : hi.dimension();
    if (x == null) {
      return Dim.UNKNOWN; // 0..0, or bounds whose dimension is not known: nothing to check against
    }
    scope.push(Symbol.value(Names.canonical(in.variable()), x, false));
    try {
      Dim body = of(argExpr(c, 1));
      return body.known() ? new Dim(body.dimension().times(x), false) : Dim.UNKNOWN;
    } finally {
      scope.pop();
    }
  }

  private Dimension measureOf(Ast.InArg in, Dimension point, boolean vector) {
    if (in.space().unit() == null) {
      findings.missing(Names.canonical(in.variable()), "write `" + in.variable() + " in " + in.space().name()
          + (in.space().power() == 1 ? "" : "^" + in.space().power()) + " [m]`", in.span());
      return null;
    }
    return point == null ? null : point.pow(Rational.of(vector ? 3 : 1));
  }

  /** Integrating over a declared variable or family: every coordinate of every member, m^(3N) over x[1..N]. */
  private Dimension measureOf(Ast.Name n) {
    Symbol s = scope.lookup(Names.canonical(n.name()));
    if (s == null || s.dimension() == null) {
      if (s != null) {
        findings.missing(s.name(), "declare one, e.g. `let " + s.name() + " : R^3 [m]`", n.span());
      }
      return null;
    }
    Dimension point = s.dimension().pow(Rational.of(s.vector() ? 3 : 1));
    if (s.family() == null || point.isNone()) {
      return point;
    }
    // The family's bounds mean what they meant where it was declared.
    Exponent count = count(s.family().lo(), s.family().hi(), scope::isGlobalCount);
    Dimension measure = count == null ? null : point.pow(count);
    if (measure == null) {
      findings.dimension("integrating over the family " + s.name() + " gives a measure of dimension ("
          + Units.show(point) + ")^(number of members), and its bounds do not give that number as a count "
          + "such as N", n.span());
    }
    return measure;
  }

  /**
   * Whether {@code j != k} leaves a factor out: always when the bounds or k are symbolic (the rules that use such a
   * product prove k in range), and for numbers only when k is an integer in lo..hi ({@code prod(j=1..3, j != 7, L)}
   * is L³).
   */
  private static boolean leavesOneOut(Ast.RangeArg range, Ast.ExceptArg except) {
    Exponent lo = Literals.linear(range.lo(), name -> false);
    Exponent hi = Literals.linear(range.hi(), name -> false);
    Exponent k = Literals.linear(except.right(), name -> false);
    if (lo == null || hi == null || k == null) {
      return true;
    }
    Rational at = k.constant();
    return at.isInteger() && at.compareTo(lo.constant()) >= 0 && at.compareTo(hi.constant()) <= 0;
  }

  /**
   * hi − lo + 1, linear in the counts; null when it is not, or is a constant that is negative, fractional or
   * beyond {@link #MAX_COUNT}.
   */
  private static Exponent count(Expr lo, Expr hi, Predicate<String> isCount) {
    Exponent l = Literals.linear(lo, isCount);
    Exponent h = Literals.linear(hi, isCount);
    if (l == null || h == null) {
      return null;
    }
    Exponent n = h.minus(l).plus(Exponent.ONE);
    if (!n.isConstant()) {
      return n;
    }
    Rational k = n.constant();
    return k.isInteger() && k.signum() >= 0 && k.compareTo(Rational.of(MAX_COUNT)) <= 0 ? n : null;
  }

  private static Expr argExpr(Ast.Call c, int i) {
    return ((Ast.ExprArg) c.args().get(i)).expr();
  }
}

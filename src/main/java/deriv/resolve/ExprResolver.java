package deriv.resolve;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.DefiniteIntegral;
import deriv.kernel.Definition;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Integral;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Apply;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.syntax.Ast;
import deriv.syntax.Ast.Arg;
import deriv.syntax.Ast.Expr;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expressions of the syntax tree to kernel terms, checking names and the scalar/vector distinction. Problems are
 * reported as diagnostics and a placeholder term is returned, so that every error of a file is found in one run.
 */
final class ExprResolver {
  /** Undeclared names reported so far (each once). */
  /** Each unknown name: where its one error is in {@link #diagnostics}, and how many later uses it stands for. */
  private final Map<String, int[]> unknownNames = new java.util.LinkedHashMap<>();

  /** Literals longer than this are refused: they would only serve to exhaust memory. */
  private static final int MAX_DIGITS = 400;

  record Typed(Term term, Sort sort) {}

  /** A name bound by a binder or a parameter list, where it was written. */
  record BoundName(String name, Span span) {}

  private final Scope scope;
  private final List<Diagnostic> diagnostics;
  /**
   * While a link's rule argument is resolved: the variables of the definite integrals in the link and in the
   * definitions it uses, by name (see {@link #withIntegralVariables}); empty elsewhere.
   */
  private Map<String, java.util.Set<Var>> hiddenIntegralVariables = Map.of();

  /** Once the derivation is resolved: each unknown name's error says how many more uses it has. */
  void countUnknownUses() {
    unknownNames.forEach((name, at) -> {
      if (at[1] > 0) {
        Diagnostic d = diagnostics.get(at[0]);
        diagnostics.set(at[0], new Diagnostic(d.severity(), d.code(), d.message() + " (" + at[1] + " more "
            + (at[1] == 1 ? "use" : "uses") + " of '" + name + "' below, not reported again)", d.span()));
      }
    });
  }

  ExprResolver(Scope scope, List<Diagnostic> diagnostics) {
    this.scope = scope;
    this.diagnostics = diagnostics;
  }

  /** A scalar expression (the usual case). */
  Term scalar(Expr e) {
    Typed t = resolve(e);
    if (t.sort() == Sort.VECTOR) {
      error("vector-as-scalar", "this is a vector in R^3; a number is needed here (use |…| for its length)",
          e.span());
    }
    return t.term();
  }

  Typed resolve(Expr e) {
    if (e instanceof Ast.Number n) {
      return new Typed(number(n), Sort.SCALAR);
    }
    if (e instanceof Ast.Name n) {
      return name(n);
    }
    if (e instanceof Ast.Paren p) {
      return resolve(p.inner());
    }
    if (e instanceof Ast.Unary u) {
      Typed t = resolve(u.operand());
      return u.op() == '-' ? new Typed(Terms.neg(t.term()), t.sort()) : t;
    }
    if (e instanceof Ast.Binary b) {
      return binary(b);
    }
    if (e instanceof Ast.Bars b) {
      Typed t = resolve(b.inner());
      Head head = t.sort() == Sort.VECTOR ? Head.NORM : Head.ABS;
      return new Typed(new Op(head, List.of(t.term())), Sort.SCALAR);
    }
    if (e instanceof Ast.Member m) {
      return member(m);
    }
    return call((Ast.Call) e);
  }

  private Term number(Ast.Number n) {
    if (n.text().length() > MAX_DIGITS) {
      error("number-too-long", "number literal has more than " + MAX_DIGITS + " characters", n.span());
      return Num.ZERO;
    }
    try {
      BigDecimal d = new BigDecimal(n.text());
      if (Math.abs(d.scale()) > MAX_DIGITS) {
        error("number-too-long", "exponent of number literal is too large", n.span());
        return Num.ZERO;
      }
      BigInteger unscaled = d.unscaledValue();
      return d.scale() >= 0
          ? Num.of(unscaled, BigInteger.TEN.pow(d.scale()))
          : Num.of(unscaled.multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
    } catch (NumberFormatException ex) {
      error("bad-number", "not a number: " + n.text(), n.span());
      return Num.ZERO;
    }
  }

  private Typed name(Ast.Name n) {
    String name = Names.canonical(n.name());
    if (name.equals("∞")) {
      error("improper-integral", "∞ is not a number: it may only be a bound of a definite integral, "
          + "int(x in a..∞, e)", n.span());
      return placeholder();
    }
    if (Builtins.CONSTANTS.contains(name)) {
      return new Typed(new Op(Head.PI, List.of()), Sort.SCALAR);
    }
    Scope.Entry entry = scope.lookup(name);
    if (entry == null && !hiddenIntegralVariables.isEmpty() && !Builtins.isReserved(name)) {
      return hiddenIntegralVariable(name, n.span());
    }
    if (entry == null) {
      if (Builtins.isReserved(name)) {
        error("builtin-without-arguments", "'" + name + "' is a built-in function: write " + name + "(…)", n.span());
      } else if (unknownNames.containsKey(name)) {
        unknownNames.get(name)[1]++;
      } else {
        // once, at its first use: one missing `let` is one error, not one per use (counted by countUnknownUses)
        unknownNames.put(name, new int[] {diagnostics.size(), 0});
        error("unknown-name", "unknown name '" + name + "': " + didYouMean(name) + "declare it first, e.g. `let "
            + name + " : real`", n.span());
      }
      return placeholder();
    }
    Var v = entry.var();
    if (v.sort() == Sort.FUNCTION) {
      error("function-without-arguments", "'" + name + "' is a function: write " + name + "(…)", n.span());
      return placeholder();
    }
    if (v.sort() == Sort.FAMILY) {
      error("family-without-index", "'" + name + "' is a family: write " + name + "[j] for one member", n.span());
      return placeholder();
    }
    return new Typed(v, v.sort() == Sort.VECTOR ? Sort.VECTOR : Sort.SCALAR);
  }

  /** "did you mean 'k_B'? Otherwise " when a visible name is close to {@code name}; else "". */
  private String didYouMean(String name) {
    String near = scope.closest(name);
    return near == null ? "" : "did you mean '" + near + "'? Otherwise ";
  }

  private Typed member(Ast.Member m) {
    String name = Names.canonical(m.family());
    Scope.Entry entry = scope.lookup(name);
    if (entry == null || entry.var().sort() != Sort.FAMILY) {
      error(entry == null ? "unknown-name" : "not-a-family",
          entry == null ? "unknown family '" + name + "': declare it, e.g. `let " + name + "[1..N] : R^3`"
              : "'" + name + "' is not a family; only a family declared as `" + name + "[1..N]` has members",
          m.span());
      return placeholder();
    }
    Term index = scalar(m.index());
    return new Typed(new Index(entry.var(), index), entry.element());
  }

  private Typed binary(Ast.Binary b) {
    Typed l = resolve(b.left());
    Typed r = resolve(b.right());
    boolean lv = l.sort() == Sort.VECTOR;
    boolean rv = r.sort() == Sort.VECTOR;
    switch (b.op()) {
      case '+':
      case '-':
        if (lv != rv) {
          error("vector-plus-scalar", "cannot add a vector and a number", b.span());
          return placeholder();
        }
        Term right = b.op() == '-' ? Terms.neg(r.term()) : r.term();
        return new Typed(Terms.plus(l.term(), right), l.sort());
      case '*':
        if (lv && rv) {
          error("vector-product", "the product of two vectors is not defined here; use |v|^2 for v·v", b.span());
          return placeholder();
        }
        return new Typed(Terms.times(l.term(), r.term()), lv || rv ? Sort.VECTOR : Sort.SCALAR);
      case '/':
        if (rv) {
          error("divide-by-vector", "cannot divide by a vector", b.span());
          return placeholder();
        }
        return new Typed(Terms.div(l.term(), r.term()), l.sort());
      default:
        if (lv || rv) {
          error("vector-power", "a vector has no powers; write |v|^2 for its squared length", b.span());
          return placeholder();
        }
        return new Typed(Terms.pow(l.term(), r.term()), Sort.SCALAR);
    }
  }

  private Typed call(Ast.Call c) {
    String name = Names.canonical(c.function());
    Scope.Entry entry = scope.lookup(name);
    if (entry != null && entry.var().sort() == Sort.FUNCTION) {
      return apply(entry, c);
    }
    if (entry != null) {
      error("not-a-function", "'" + name + "' is not a function; multiplication is written with '*': "
          + name + "*(…)", c.nameSpan());
      return placeholder();
    }
    if (Builtins.UNARY.containsKey(name)) {
      return unaryBuiltin(Builtins.UNARY.get(name), c);
    }
    if (Builtins.BINDERS.contains(name)) {
      return name.equals("int") || name.equals("∫") ? integral(c) : bigOp(name, c);
    }
    if (name.equals("diff")) {
      return derivative(c);
    }
    error("unknown-function", "unknown function '" + name + "': declare it, e.g. `let " + name
        + " : R -> R`, or use a built-in (exp, ln, sqrt, abs, sin, cos, tan, sinh, cosh, tanh, coth, δ, sum, prod, int, diff)",
        c.nameSpan());
    return placeholder();
  }

  private Typed apply(Scope.Entry entry, Ast.Call c) {
    List<Sort> expected = entry.argSorts();
    if (c.args().size() != expected.size()) {
      error("arity", "'" + entry.var().name() + "' takes " + expected.size() + " argument"
          + (expected.size() == 1 ? "" : "s") + ", not " + c.args().size(), c.span());
      return placeholder();
    }
    List<Term> args = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      Arg a = c.args().get(i);
      if (!(a instanceof Ast.ExprArg ea)) {
        error("bad-argument", "expected an expression", a.span());
        return placeholder();
      }
      Typed t = resolve(ea.expr());
      boolean wantVector = expected.get(i) == Sort.VECTOR;
      if (wantVector != (t.sort() == Sort.VECTOR)) {
        error("argument-sort", "argument " + (i + 1) + " of '" + entry.var().name() + "' must be "
            + (wantVector ? "a vector in R^3" : "a number"), a.span());
      }
      args.add(t.term());
    }
    return new Typed(new Apply(entry.var(), args), Sort.SCALAR);
  }

  private Typed unaryBuiltin(String fn, Ast.Call c) {
    if (c.args().size() != 1 || !(c.args().get(0) instanceof Ast.ExprArg arg)) {
      error("arity", "'" + c.function() + "' takes one argument", c.span());
      return placeholder();
    }
    if (fn.equals("delta")) {
      Typed t = resolve(arg.expr());
      return new Typed(new Op(Head.DELTA, List.of(t.term())), Sort.SCALAR);
    }
    Term x = scalar(arg.expr());
    Term hyperbolic = switch (fn) {
      case "sinh" -> deriv.kernel.Hyperbolic.sinh(x);
      case "cosh" -> deriv.kernel.Hyperbolic.cosh(x);
      case "tanh" -> deriv.kernel.Hyperbolic.tanh(x);
      case "coth" -> deriv.kernel.Hyperbolic.coth(x);
      default -> null;
    };
    if (hyperbolic != null) { // the kernel's definition by exp
      return new Typed(hyperbolic, Sort.SCALAR);
    }
    Head head = switch (fn) {
      case "exp" -> Head.EXP;
      case "log" -> Head.LOG;
      case "sqrt" -> Head.SQRT;
      case "abs" -> Head.ABS;
      case "sin" -> Head.SIN;
      case "cos" -> Head.COS;
      case "factorial" -> Head.FACTORIAL;
      default -> Head.TAN;
    };
    return new Typed(new Op(head, List.of(x)), Sort.SCALAR);
  }

  /** {@code sum(j=lo..hi, e)} or {@code sum(j=lo..hi, j != k, e)}. */
  private Typed bigOp(String name, Ast.Call c) {
    List<Arg> args = c.args();
    if (args.size() < 2 || args.size() > 3 || !(args.get(0) instanceof Ast.RangeArg range)
        || !(args.get(args.size() - 1) instanceof Ast.ExprArg body)
        || (args.size() == 3 && !(args.get(1) instanceof Ast.ExceptArg))) {
      error("bad-sum", "write " + name + "(j=1..N, expression), optionally " + name
          + "(j=1..N, j != k, expression)", c.span());
      return placeholder();
    }
    Term lo = integerBound(name, range.lo());
    Term hi = integerBound(name, range.hi());
    Var index = scope.fresh(Names.canonical(range.variable()), Sort.INTEGER);
    refuseReserved(index.name(), range.span());
    Map<String, Scope.Entry> frame = new HashMap<>();
    frame.put(index.name(), new Scope.Entry(index, List.of(), null, false));
    scope.push(frame);
    try {
      Term except = null;
      if (args.size() == 3) {
        Ast.ExceptArg ex = (Ast.ExceptArg) args.get(1);
        Term left = scalar(ex.left());
        if (!left.equals(index)) {
          error("bad-except", "the left side of '!=' must be the index " + index.name(), ex.span());
        }
        except = integerBound(name, ex.right());
      }
      Typed t = resolve(body.expr());
      BigOp.Kind kind = name.equals("sum") || name.equals("Σ") ? BigOp.Kind.SUM : BigOp.Kind.PRODUCT;
      if (kind == BigOp.Kind.PRODUCT && t.sort() == Sort.VECTOR) {
        error("vector-product", "a product of vectors is not defined", body.span());
      }
      Term except0 = except;
      checkHiding(List.of(new BoundName(index.name(), range.span())),
          except0 == null ? t.term() : Terms.plus(except0, t.term()));
      return new Typed(new BigOp(kind, index, lo, hi, except, t.term()), t.sort());
    } finally {
      scope.pop();
    }
  }

  /**
   * A bound (or left-out value) of a sum or product: the index runs over the integers, so the bound must be an
   * integer as written (integer literals and integer or natural variables under +, −, ·). Anything else would leave
   * the meaning of the range to a computer algebra system's conventions.
   */
  private Term integerBound(String op, Expr e) {
    Term t = scalar(e);
    // a sum or product of integers is an integer too, but not one this language's bounds are written with
    if (!Terms.isIntegerValued(t) || Terms.contains(t, s -> s instanceof BigOp)) {
      String what = op.equals("sum") || op.equals("Σ") ? "sum" : "product";
      error("non-integer-bound", "the bounds of a " + what + " run over the integers; " + Terms.show(t)
          + " is not an integer (use integer literals and variables declared integer or natural)", e.span());
    }
    return t;
  }

  /** {@code int(y in R^3, u in R^3, e)} or {@code int(x, p, e)} over declared families or variables. */
  private Typed integral(Ast.Call c) {
    List<Arg> args = c.args();
    if (args.size() < 2 || !(args.get(args.size() - 1) instanceof Ast.ExprArg body)) {
      error("bad-integral", "write int(y in R^3, expression) or int(x, p, expression)", c.span());
      return placeholder();
    }
    if (args.get(0) instanceof Ast.IntervalArg in) {
      return definiteIntegral(in, c);
    }
    List<Var> vars = new ArrayList<>();
    List<BoundName> introduced = new ArrayList<>();
    Map<String, Scope.Entry> frame = new HashMap<>();
    for (Arg a : args.subList(0, args.size() - 1)) {
      if (a instanceof Ast.InArg in) {
        Sort sort = Spaces.pointSort(in.space(), diagnostics);
        Var v = scope.fresh(Names.canonical(in.variable()), sort);
        refuseReserved(v.name(), in.span());
        vars.add(v);
        introduced.add(new BoundName(v.name(), in.span()));
        frame.put(v.name(), new Scope.Entry(v, List.of(), null, false));
      } else if (a instanceof Ast.ExprArg ea && ea.expr() instanceof Ast.Name n) {
        Scope.Entry entry = scope.lookup(Names.canonical(n.name()));
        if (entry != null && entry.defined() && entry.var().sort() == Sort.SCALAR) {
          error("bad-integration-variable", "'" + n.name() + "' has a value (a definition or an equation condition) "
              + "and cannot be integrated over; write `" + n.name() + "_ in R` for a new variable", n.span());
          return placeholder();
        }
        if (entry == null || entry.defined() || entry.var().sort() == Sort.FUNCTION
            || entry.var().sort() == Sort.INTEGER) {
          error("bad-integration-variable", "'" + n.name() + "' is not a declared variable or family to "
              + "integrate over; write `" + n.name() + " in R^3` for a new one", n.span());
          return placeholder();
        }
        vars.add(entry.var());
      } else {
        error("bad-integration-variable", "expected `y in R`, `y in R^3` or a declared variable", a.span());
        return placeholder();
      }
    }
    scope.push(frame);
    try {
      Typed t = resolve(body.expr());
      checkValuesUnder(vars, t.term(), c.span());
      checkHiding(introduced, t.term());
      return new Typed(new Integral(vars, t.term()), t.sort());
    } finally {
      scope.pop();
    }
  }

  /**
   * {@code int(x in a..b, e)}: x is a new real variable, bound in e only; a and b are read outside its scope (the x of
   * {@code int(x in 0..x, …)} in a bound is the declared x).
   */
  private Typed definiteIntegral(Ast.IntervalArg in, Ast.Call c) {
    if (c.args().size() != 2 || !(c.args().get(1) instanceof Ast.ExprArg body)) {
      error("bad-integral", "write int(x in a..b, expression): one variable over one interval", c.span());
      return placeholder();
    }
    Term lo = finiteBound(in.lo());
    Term hi = finiteBound(in.hi());
    Var v = scope.fresh(Names.canonical(in.variable()), Sort.SCALAR);
    refuseReserved(v.name(), in.span());
    Map<String, Scope.Entry> frame = new HashMap<>();
    frame.put(v.name(), new Scope.Entry(v, List.of(), null, false));
    scope.push(frame);
    try {
      Term t = scalar(body.expr());
      checkHiding(List.of(new BoundName(v.name(), in.span())), t);
      return new Typed(new DefiniteIntegral(v, lo, hi, t), Sort.SCALAR);
    } finally {
      scope.pop();
    }
  }

  /**
   * A bound of a definite integral: an expression, or ∞ / −∞ (written {@code ∞}, {@code inf}, {@code oo}, …) for an
   * improper integral.
   */
  private Term finiteBound(Expr bound) {
    Ast.Expr named = bound instanceof Ast.Unary u0 ? u0.operand() : bound;
    boolean declared = named instanceof Ast.Name n0 && scope.lookup(Names.canonical(n0.name())) != null;
    if (Names.isInfinity(bound) && !declared) { // a declared `inf` is that variable
      return bound instanceof Ast.Unary u && u.op() == '-' ? DefiniteIntegral.MINUS_INFINITY : DefiniteIntegral.INFINITY;
    }
    return scalar(bound);
  }


  /**
   * Resolves {@code e} with the variables of the definite integrals in {@code sides} in scope (the first of each
   * name): a rule's argument such as ftc's antiderivative is an expression in the integral's variable. A name that is
   * still not in scope may name the variable of a definite integral hidden in a definition the link uses ({@code
   * def Z := int(φ in 0..2*π, …)}, {@code Z = … by ftc(φ*…)}): it means that variable when exactly one such integral
   * binds the name. Only a name: the rule still has to apply to the integral the kernel finds.
   */
  Term withIntegralVariables(Expr e, List<Term> sides) {
    Map<String, Scope.Entry> frame = new HashMap<>();
    for (Term side : sides) {
      collectIntegralVariables(side, frame);
    }
    scope.push(frame);
    Map<String, java.util.Set<Var>> previous = hiddenIntegralVariables;
    hiddenIntegralVariables = hiddenIntegralVariables(sides);
    try {
      return resolve(e).term();
    } finally {
      hiddenIntegralVariables = previous;
      scope.pop();
    }
  }

  private static void collectIntegralVariables(Term t, Map<String, Scope.Entry> frame) {
    if (t instanceof DefiniteIntegral d) {
      frame.putIfAbsent(d.var().name(), new Scope.Entry(d.var(), List.of(), null, false));
    }
    Terms.children(t).forEach(c -> collectIntegralVariables(c, frame));
  }

  /**
   * The variables of the definite integrals of {@code sides} and of the bodies of the definitions they use, through
   * definitions used by definitions (to a fixed point), by name; each integral counts once however often it is used.
   */
  private Map<String, java.util.Set<Var>> hiddenIntegralVariables(List<Term> sides) {
    Context defs = scope.definitions();
    Map<String, java.util.Set<Var>> byName = new java.util.TreeMap<>();
    java.util.Set<Var> seen = new java.util.HashSet<>();
    java.util.Deque<Term> todo = new java.util.ArrayDeque<>(sides);
    while (!todo.isEmpty()) {
      Term t = todo.pop();
      integralVariables(t, byName);
      for (Var v : Terms.freeVars(t)) {
        Definition d = seen.add(v) ? defs.definition(v).orElse(null) : null;
        if (d != null) {
          todo.push(d.body());
        }
      }
    }
    return byName;
  }

  private static void integralVariables(Term t, Map<String, java.util.Set<Var>> byName) {
    if (t instanceof DefiniteIntegral d) {
      byName.computeIfAbsent(d.var().name(), k -> new java.util.LinkedHashSet<>()).add(d.var());
    }
    Terms.children(t).forEach(c -> integralVariables(c, byName));
  }

  /**
   * A name of a rule's argument that is not in scope, in a link with definite integrals: the variable of the one
   * definite integral of that name in the link or in the definitions it uses; else an error that says whether none or
   * several bind it, and a placeholder.
   */
  private Typed hiddenIntegralVariable(String name, Span span) {
    java.util.Set<Var> binders = hiddenIntegralVariables.getOrDefault(name, java.util.Set.of());
    if (binders.size() == 1) {
      return new Typed(binders.iterator().next(), Sort.SCALAR);
    }
    if (binders.isEmpty() && unknownNames.containsKey(name)) {
      unknownNames.get(name)[1]++; // reported once already, as every unknown name is
    } else if (binders.isEmpty()) {
      unknownNames.put(name, new int[] {diagnostics.size(), 0});
      error("unknown-name", "unknown name '" + name + "': it is not declared, and '" + name + "' is the variable of "
          + "no definite integral in this link or in the definitions it uses (their variables: "
          + String.join(", ", hiddenIntegralVariables.keySet()) + "); " + didYouMean(name) + "declare it, e.g. `let "
          + name + " : real`", span);
    } else {
      error("ambiguous-integral-variable", "'" + name + "' is the variable of several definite integrals ("
          + binders.size() + ") in the definitions this link uses: write the integral meant in the link", span);
    }
    return placeholder();
  }

  private Typed derivative(Ast.Call c) {
    if (c.args().size() != 2 || !(c.args().get(0) instanceof Ast.ExprArg body)
        || !(c.args().get(1) instanceof Ast.ExprArg var) || !(var.expr() instanceof Ast.Name n)) {
      error("bad-diff", "write diff(expression, x) for the derivative with respect to x", c.span());
      return placeholder();
    }
    Scope.Entry entry = scope.lookup(Names.canonical(n.name()));
    if (entry == null || entry.var().sort() != Sort.SCALAR || entry.defined()) {
      error("bad-diff", "'" + n.name() + "' must be a declared real variable", n.span());
      return placeholder();
    }
    Term differentiated = scalar(body.expr());
    checkValuesUnder(List.of(entry.var()), differentiated, c.span());
    return new Typed(new Op(Head.DIFF, List.of(differentiated, entry.var())), Sort.SCALAR);
  }

  /**
   * A variable given a value by an equation condition ({@code y = x}) is a fixed number: under {@code int(x, …)} or
   * {@code diff(…, x)}, which make the definitions that use x functions of x, it would silently become one too. Such
   * a use is refused, whether the body names y or reaches it through definitions.
   */
  private void checkValuesUnder(List<Var> bound, Term body, Span span) {
    Context defs = scope.definitions();
    java.util.Set<Var> seen = new java.util.LinkedHashSet<>();
    java.util.Deque<Var> todo = new java.util.ArrayDeque<>(Terms.freeVars(body));
    while (!todo.isEmpty()) {
      Var v = todo.pop();
      Definition d = seen.add(v) ? defs.definition(v).orElse(null) : null;
      if (d == null) {
        continue;
      }
      if (scope.isValued(v)) {
        java.util.Set<Var> mentioned;
        try {
          mentioned = Terms.freeVars(Terms.unfold(d.body(), defs));
        } catch (RuntimeException tooLarge) {
          continue;
        }
        for (Var x : bound) {
          if (mentioned.contains(x)) {
            error("value-under-binder", "'" + v.name() + "' has the value " + Terms.show(d.body()) + ", a fixed "
                + "number, but here " + x.name() + " varies: write its value out, or bind a new variable (`"
                + x.name() + "_ in R`)", span);
            return;
          }
        }
      }
      Terms.freeVars(d.body()).stream().filter(w -> !d.params().contains(w)).forEach(todo::push);
    }
  }

  /**
   * Definitions are lexically scoped: a name in a definition means what was declared where it was written, and a
   * later binder never captures it. A binder (or parameter) that has the name of a declared variable which a
   * definition used in its scope mentions is refused all the same: a reader could not tell which one is meant.
   */
  void checkHiding(List<BoundName> names, Term scopeBody) {
    Context defs = scope.definitions();
    if (defs.definitions().isEmpty()) {
      return;
    }
    for (BoundName b : names) {
      Scope.Entry declared = scope.global(b.name());
      if (declared == null || declared.defined()) {
        continue;
      }
      for (Var used : Terms.freeVars(scopeBody)) {
        Definition d = defs.definition(used).orElse(null);
        if (d == null) {
          continue;
        }
        java.util.Set<Var> mentioned;
        try {
          mentioned = new java.util.LinkedHashSet<>(Terms.freeVars(Terms.unfold(d.body(), defs)));
        } catch (deriv.kernel.Expansion.TooLarge e) {
          error("too-large", "the definition of " + used.name() + " " + e.getMessage().substring(
              e.getMessage().indexOf("expands")), b.span());
          break;
        }
        d.params().forEach(mentioned::remove);
        if (mentioned.contains(declared.var())) {
          error("hidden-declaration", "the bound variable " + b.name() + " hides the declared " + b.name() + " that "
              + used.name() + "'s definition uses; give the bound variable another name", b.span());
          break;
        }
      }
    }
  }

  /** A built-in name (π, exp, …) cannot be bound: in the body it would still mean the built-in. */
  private void refuseReserved(String name, Span span) {
    if (Builtins.isReserved(name)) {
      error("reserved-binder", "'" + name + "' is a built-in name and cannot be a bound variable; choose another",
          span);
    }
  }

  private Typed placeholder() {
    return new Typed(Num.ZERO, Sort.SCALAR);
  }

  private void error(String code, String message, Span span) {
    diagnostics.add(Diagnostic.error(code, message, span));
  }
}

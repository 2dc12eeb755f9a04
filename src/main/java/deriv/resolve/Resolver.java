package deriv.resolve;

import deriv.kernel.Apply;
import deriv.kernel.AssumedEquation;
import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Family;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves one derivation: declarations build the context, every other statement becomes an {@link Resolved.Item}. */
public final class Resolver {
  private final Scope scope = new Scope();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final ExprResolver exprs = new ExprResolver(scope, diagnostics);
  private final Map<String, Span> claimNames = new HashMap<>();
  /** The parameters of laws ({@code postulate law(y): …}), by the law's name, for {@code law[y := …]}. */
  private final Map<String, List<Var>> factParams = new HashMap<>();
  private Context context = Context.empty();
  /** Where each declared symbol was first used by a statement other than a declaration. */
  private final Map<Var, Span> uses = new HashMap<>();
  private boolean contradictionReported;

  private Resolver() {}

  public static Resolved resolve(Ast.Derivation derivation) {
    Resolver r = new Resolver();
    List<Resolved.Item> items = new ArrayList<>();
    boolean goalSeen = false;
    for (Ast.Statement s : derivation.statements()) {
      if (s instanceof Ast.Goal g && goalSeen) {
        r.error("second-goal", "a derivation has one goal", g.span());
      }
      goalSeen |= s instanceof Ast.Goal;
      r.statement(s, items);
    }
    if (!goalSeen && r.diagnostics.isEmpty()) {
      r.error("no-goal", "derivation '" + derivation.name() + "' has no goal: end it with `goal LHS = RHS`",
          derivation.span());
    }
    r.exprs.countUnknownUses();
    return new Resolved(derivation, items, r.diagnostics);
  }

  private void statement(Ast.Statement s, List<Resolved.Item> items) {
    int before = items.size();
    statementItems(s, items);
    items.subList(before, items.size()).forEach(this::noteUses);
  }

  private void statementItems(Ast.Statement s, List<Resolved.Item> items) {
    if (s instanceof Ast.Let let) {
      declare(let);
    } else if (s instanceof Ast.Assume a) {
      a.conditions().forEach(this::addCondition);
    } else if (s instanceof Ast.Def d) {
      items.add(define(d));
    } else if (s instanceof Ast.Assumed a) {
      Resolved.AssumptionKind kind = a.kind() == Ast.Assumed.Kind.POSTULATE
          ? Resolved.AssumptionKind.POSTULATE : Resolved.AssumptionKind.APPROXIMATION;
      nameClaim(a.name(), a.span());
      List<Var> params = new ArrayList<>();
      scope.push(paramFrame(a.params(), params));
      Term lhs;
      Term rhs;
      try {
        lhs = exprs.scalar(a.lhs());
        rhs = exprs.scalar(a.rhs());
      } finally {
        scope.pop();
      }
      exprs.checkHiding(a.params().stream().filter(pa -> declaredFamily(pa) == null).map(pa -> new ExprResolver.BoundName(Names.canonical(pa.name()),
          pa.span())).toList(), Terms.plus(lhs, rhs));
      factParams.put(a.name(), params);
      items.add(new Resolved.Assumption(kind, a.name(), lhs, rhs, params, context, a, a.span()));
      context = context.withAssumedEquation(new AssumedEquation(lhs, rhs, params, kind == Resolved.AssumptionKind.POSTULATE));
    } else if (s instanceof Ast.Claim c) {
      nameClaim(c.name(), c.nameSpan());
      items.add(claim(c));
    } else if (s instanceof Ast.Goal g) {
      items.add(new Resolved.GoalItem(exprs.scalar(g.lhs()), exprs.scalar(g.rhs()), context, g, g.span()));
    } else if (s instanceof Ast.Import i) {
      i.names().forEach(n -> nameClaim(n, i.span()));
      items.add(new Resolved.ImportItem(i.names(), i.from(), context, i, i.span()));
    }
  }

  private void nameClaim(String name, Span span) {
    if (claimNames.putIfAbsent(name, span) != null) {
      error("duplicate-claim", "a result named '" + name + "' exists already (line "
          + claimNames.get(name).line() + ")", span);
    }
  }

  private void declare(Ast.Let let) {
    Ast.Type type = let.type();
    for (Ast.DeclName d : let.names()) {
      String name = Names.canonical(d.name());
      if (!checkFresh(name, d.span())) {
        continue;
      }
      if (type.isFunction()) {
        declareFunction(name, type, d);
      } else if (d.isFamily()) {
        Sort element = Spaces.pointSort(type.result(), diagnostics);
        Var v = scope.fresh(name, Sort.FAMILY);
        Term lo = exprs.scalar(d.lo());
        Term hi = exprs.scalar(d.hi());
        scope.declare(name, new Scope.Entry(v, List.of(), element, false));
        context = context.withFamily(new Family(v, lo, hi, element));
      } else {
        declareVariable(name, type.result(), d.span());
      }
    }
    let.conditions().forEach(this::addCondition);
  }

  private void declareVariable(String name, Ast.Space space, Span span) {
    Sort sort;
    if (Spaces.isVector(space)) {
      sort = Sort.VECTOR;
    } else if (Spaces.isInteger(space.name()) && space.power() == 1) {
      sort = Sort.INTEGER;
    } else if (Spaces.isScalar(space.name()) && space.power() == 1) {
      sort = Sort.SCALAR;
    } else {
      error("bad-space", "unknown set '" + space.name() + (space.power() == 1 ? "" : "^" + space.power())
          + "': use real, positive, nonnegative, negative, nonzero, integer, natural, R or R^3", space.span());
      return;
    }
    Var v = scope.fresh(name, sort);
    scope.declare(name, new Scope.Entry(v, List.of(), null, false));
    context = context.with(v);
    String sign = Spaces.signRelation(space.name());
    if (sign != null) {
      context = context.withCondition(new Condition(relation(sign), v, Num.ZERO));
    }
    if (space.name().equals("natural")) {
      context = context.withCondition(new Condition(Condition.Relation.GREATER_EQUAL, v, Num.ONE));
    }
  }

  private void declareFunction(String name, Ast.Type type, Ast.DeclName d) {
    if (d.isFamily()) {
      error("bad-declaration", "a family's members are points, not functions", d.span());
      return;
    }
    List<Sort> args = type.arguments().stream().map(s -> Spaces.pointSort(s, diagnostics)).toList();
    if (!Spaces.isScalar(type.result().name()) || type.result().power() != 1) {
      error("bad-space", "a function's values must be real numbers: R, or one of its signed parts positive, "
          + "nonnegative, negative, nonzero", type.result().span());
    }
    Var v = scope.fresh(name, Sort.FUNCTION);
    scope.declare(name, new Scope.Entry(v, args, null, false));
    context = context.with(v);
    String sign = Spaces.signRelation(type.result().name());
    if (sign != null && type.result().power() == 1) { // R -> positive: every value is positive
      context = context.withCodomain(new Context.Codomain(v, relation(sign)));
    }
  }

  private Resolved.Item define(Ast.Def d) {
    String name = Names.canonical(d.name());
    boolean fresh = checkFresh(name, d.nameSpan());
    List<Var> params = new ArrayList<>();
    scope.push(paramFrame(d.params(), params));
    ExprResolver.Typed body;
    try {
      body = exprs.resolve(d.body());
    } finally {
      scope.pop();
    }
    boolean isFunction = !d.params().isEmpty();
    Var v = scope.fresh(name, isFunction ? Sort.FUNCTION : body.sort());
    if (fresh) {
      scope.declare(name, new Scope.Entry(v, params.stream().map(Var::sort).toList(), null, true));
    }
    Definition definition = new Definition(v, params, body.term());
    exprs.checkHiding(d.params().stream().map(pa -> new ExprResolver.BoundName(Names.canonical(pa.name()),
        pa.span())).toList(), body.term());
    scope.define(definition);
    context = context.withDefinition(definition);
    Term lhs = isFunction ? new Apply(v, new ArrayList<>(params)) : v;
    return new Resolved.Assumption(Resolved.AssumptionKind.DEFINITION, name, lhs, body.term(), List.of(), context, d,
        d.span());
  }

  /** Fresh variables for a definition's or a law's parameters, collected into {@code out}, as a scope frame. */
  private Map<String, Scope.Entry> paramFrame(List<Ast.Param> params, List<Var> out) {
    Map<String, Scope.Entry> frame = new LinkedHashMap<>();
    for (Ast.Param p : params) {
      Scope.Entry family = declaredFamily(p);
      if (family != null) {
        out.add(family.var()); // a law for every configuration of a declared family: the family itself is the parameter
        continue;
      }
      Sort sort = p.space() == null ? Sort.SCALAR
          : Spaces.isInteger(p.space().name()) && p.space().power() == 1 ? Sort.INTEGER
          : Spaces.pointSort(p.space(), diagnostics);
      Var pv = scope.fresh(Names.canonical(p.name()), sort);
      out.add(pv);
      frame.put(pv.name(), new Scope.Entry(pv, List.of(), null, false));
    }
    return frame;
  }

  /** The declared family a parameter without a set names ({@code approx mean_field(j : integer, x)}), or null. */
  private Scope.Entry declaredFamily(Ast.Param p) {
    Scope.Entry e = p.space() == null ? scope.global(Names.canonical(p.name())) : null;
    return e != null && e.var().sort() == Sort.FAMILY ? e : null;
  }

  private Resolved.Item claim(Ast.Claim c) {
    Context at = context;
    Term first = exprs.scalar(c.first());
    List<Resolved.Link> links = new ArrayList<>();
    Term previous = first;
    for (int i = 0; i < c.links().size(); i++) {
      Ast.Link l = c.links().get(i);
      Term next = exprs.scalar(l.expr());
      links.add(new Resolved.Link(i, previous, next, rule(l.rule(), l.span(), List.of(previous, next)), l,
          l.span()));
      previous = next;
    }
    Resolved.Derived derived = null;
    if (c.from() != null) {
      List<Resolved.FactUse> uses = new ArrayList<>();
      for (Ast.FactRef f : c.from().facts()) {
        uses.add(factUse(f));
      }
      derived = new Resolved.Derived(first, previous, uses, rule(c.from().rule(), c.from().span()),
          c.from().span());
    }
    return new Resolved.ClaimItem(c.name(), first, derived == null ? links : List.of(), derived, at, c, c.span());
  }

  private Resolved.FactUse factUse(Ast.FactRef f) {
    if (!claimNames.containsKey(f.name())) {
      error("unknown-fact", "no earlier result named '" + f.name() + "'", f.span());
    }
    Map<Var, Term> bindings = new LinkedHashMap<>();
    List<Var> params = factParams.getOrDefault(f.name(), List.of());
    for (Ast.Binding b : f.bindings()) {
      String name = Names.canonical(b.name());
      Var param = params.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
      if (param != null) {
        bindings.put(param, exprs.resolve(b.value()).term());
        continue;
      }
      Scope.Entry entry = scope.lookup(name);
      if (entry == null || entry.defined() || entry.var().sort() == Sort.FUNCTION
          || entry.var().sort() == Sort.FAMILY) {
        error("bad-binding", "'" + b.name() + "' is not a variable that can be given a value", b.span());
        continue;
      }
      bindings.put(entry.var(), exprs.resolve(b.value()).term());
    }
    return new Resolved.FactUse(f.name(), bindings, f.span());
  }

  private Resolved.RuleCall rule(Ast.RuleRef r, Span fallback) {
    return rule(r, fallback, List.of());
  }

  /** {@code sides}: the link's sides, whose definite integrals' variables a rule's arguments may use. */
  private Resolved.RuleCall rule(Ast.RuleRef r, Span fallback, List<Term> sides) {
    if (r == null) {
      return new Resolved.RuleCall(null, List.of(), fallback);
    }
    List<Term> args = new ArrayList<>();
    for (Ast.Arg a : r.args()) {
      if (a instanceof Ast.ExprArg e) {
        args.add(exprs.withIntegralVariables(e.expr(), sides));
      } else {
        error("bad-rule-argument", "a rule's arguments are expressions", a.span());
      }
    }
    return new Resolved.RuleCall(r.name(), args, r.span());
  }

  /** A condition of {@code let} or {@code assume}: an inequality, or an equation that gives a variable its value. */
  private void addCondition(Ast.Condition c) {
    if (c.relation().equals("=")) {
      giveValue(c);
    } else {
      context = context.withCondition(
          new Condition(relation(c.relation()), exprs.scalar(c.left()), exprs.scalar(c.right())));
    }
    String contradiction = deriv.kernel.Kernel.contradiction(context);
    if (contradiction != null && !contradictionReported) {
      contradictionReported = true;
      error("contradictory-conditions", "conditions contradict: " + contradiction, c.span());
    }
  }

  /**
   * {@code x = e}: the declared variable x is e from here on. It is unfolded like a definition (so its declared set
   * and sign conditions become conditions on e, judged by {@link deriv.kernel.Kernel#contradiction}); it is refused
   * when the left side is not a declared variable, when e mentions x (directly or through values and definitions),
   * and when x was used before, where it had no value (a binder of x there would now capture e).
   */
  private void giveValue(Ast.Condition c) {
    String hint = "; an equation condition gives a declared variable its value: write `name = expression`";
    if (!(c.left() instanceof Ast.Name n)) {
      exprs.scalar(c.left());
      exprs.scalar(c.right());
      String what = c.left() instanceof Ast.Member m ? "'" + m.family() + "[…]' is a member of a family, not a "
          + "declared variable" : "the left side of an equation condition must be a declared variable's name";
      error("bad-equation", what + hint, c.left().span());
      return;
    }
    String name = Names.canonical(n.name());
    Scope.Entry entry = scope.global(name);
    Term value = exprs.scalar(c.right());
    if (entry == null) {
      exprs.scalar(c.left()); // the usual unknown-name error
      return;
    }
    Var x = entry.var();
    String problem = entry.defined() ? "'" + name + "' has a value already (a definition or an earlier equation)"
        : x.sort() == Sort.FUNCTION ? "'" + name + "' is a function"
        : x.sort() == Sort.FAMILY ? "'" + name + "' is a family; its members cannot be given values"
        : x.sort() != Sort.SCALAR && x.sort() != Sort.INTEGER ? "'" + name + "' is not a real or integer variable"
        : null;
    if (problem != null) {
      error("bad-equation", problem + hint, c.left().span());
      return;
    }
    Span use = uses.get(x);
    if (use != null) {
      error("bad-equation", "'" + name + "' is used before this equation gives it a value (line " + use.line()
          + "); give it its value where it is declared, before any use", c.span());
      return;
    }
    Term unfolded;
    try {
      unfolded = Terms.unfold(value, context);
    } catch (RuntimeException tooLarge) {
      error("bad-equation", "the value of '" + name + "' is too large to unfold", c.right().span());
      return;
    }
    if (Terms.occurs(x, unfolded)) {
      error("cyclic-equation", "'" + name + " = " + Terms.show(value) + "' is cyclic: the value mentions " + name
          + (Terms.occurs(x, value) ? "" : " through the values or definitions it uses") + hint
          + " whose expression does not mention the name", c.span());
      return;
    }
    Definition value0 = new Definition(x, List.of(), value);
    context = context.withDefinition(value0);
    scope.define(value0);
    scope.markValued(x);
    scope.declare(name, new Scope.Entry(x, entry.argSorts(), entry.element(), true));
  }

  /** Remembers the first line where each declared symbol is used (binders included), for {@link #giveValue}. */
  private void noteUses(Resolved.Item item) {
    List<Term> terms = new ArrayList<>();
    if (item instanceof Resolved.Assumption a) {
      terms.add(a.lhs());
      terms.add(a.rhs());
    } else if (item instanceof Resolved.ClaimItem ci) {
      terms.add(ci.first());
      ci.links().forEach(l -> terms.add(l.rhs()));
      if (ci.derived() != null) {
        terms.add(ci.derived().rhs());
        ci.derived().premises().forEach(u -> terms.addAll(u.bindings().values()));
      }
    } else if (item instanceof Resolved.GoalItem g) {
      terms.add(g.lhs());
      terms.add(g.rhs());
    }
    for (Term t : terms) {
      symbols(t, item.span());
    }
  }

  private void symbols(Term t, Span span) {
    if (t instanceof Var v) {
      uses.putIfAbsent(v, span);
    } else if (t instanceof Apply a) {
      uses.putIfAbsent(a.function(), span);
    } else if (t instanceof deriv.kernel.Integral i) {
      i.vars().forEach(v -> uses.putIfAbsent(v, span));
    } else if (t instanceof deriv.kernel.Index i) {
      uses.putIfAbsent(i.family(), span);
    }
    Terms.children(t).forEach(c -> symbols(c, span));
  }

  private static Condition.Relation relation(String r) {
    for (Condition.Relation rel : Condition.Relation.values()) {
      if (rel.symbol.equals(r)) {
        return rel;
      }
    }
    throw new IllegalArgumentException(r);
  }

  private boolean checkFresh(String name, Span span) {
    if (Builtins.isReserved(name)) {
      error("reserved-name", "'" + name + "' is a built-in and cannot be declared", span);
      return false;
    }
    if (scope.declaredGlobally(name)) {
      error("duplicate-name", "'" + name + "' is declared already", span);
      return false;
    }
    return true;
  }

  private void error(String code, String message, Span span) {
    diagnostics.add(Diagnostic.error(code, message, span));
  }
}

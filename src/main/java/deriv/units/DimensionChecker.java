package deriv.units;

import deriv.resolve.Names;
import deriv.syntax.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one derivation's statements for dimensional consistency, in source order: declarations give names their
 * units, a definition's name gets its body's dimension, and both sides of every equation and condition must agree.
 */
final class DimensionChecker {
  /** The integer sets (as deriv.resolve.Spaces reads them): a name in one, declared [1], can be a count. */
  private static final List<String> INTEGER_SETS = List.of("integer", "Z", "ℤ", "natural");

  private final DimensionScope scope = new DimensionScope();
  private final Findings findings;
  private final ExprDimensions exprs;

  DimensionChecker(Findings findings) {
    this.findings = findings;
    this.exprs = new ExprDimensions(scope, findings);
  }

  /** Checks the derivation and returns the units of its names, for {@code deriv eval}. */
  Map<String, Symbol> check(Ast.Derivation d) {
    for (Ast.Statement s : d.statements()) {
      statement(s);
    }
    return scope.globals();
  }

  /** The dimension of an expression over this derivation's names (after {@link #check}). */
  ExprDimensions.Dim dimension(Ast.Expr e) {
    return exprs.of(e);
  }

  private void statement(Ast.Statement s) {
    if (s instanceof Ast.Let let) {
      declare(let);
    } else if (s instanceof Ast.Assume a) {
      a.conditions().forEach(this::condition);
    } else if (s instanceof Ast.Def d) {
      define(d);
    } else if (s instanceof Ast.Assumed a) {
      equation(a.lhs(), a.rhs());
    } else if (s instanceof Ast.Claim c) {
      claim(c);
    } else if (s instanceof Ast.Goal g) {
      equation(g.lhs(), g.rhs());
    }
  }

  private void declare(Ast.Let let) {
    Ast.Type type = let.type();
    Dimension value = unitOf(type.result());
    List<Symbol> args = null;
    if (type.isFunction()) {
      args = new ArrayList<>();
      for (Ast.Space a : type.arguments()) {
        args.add(Symbol.value("", unitOf(a), isVector(a)));
      }
    }
    for (Ast.DeclName n : let.names()) {
      if (n.isFamily()) {
        exprs.requireNone(n.lo(), "a family's bound");
        exprs.requireNone(n.hi(), "a family's bound");
      }
      String name = Names.canonical(n.name());
      if (hasBadUnit(type)) {
        findings.alreadyReported(name);
      }
      boolean count = !type.isFunction() && !n.isFamily() && Dimension.NONE.equals(value)
          && INTEGER_SETS.contains(type.result().name());
      scope.declare(new Symbol(name, value, !type.isFunction() && isVector(type.result()), args,
          n.isFamily() ? n : null), count);
    }
    if (let.constant() != null) {
      constant(let, value);
    }
    let.conditions().forEach(this::condition);
  }

  /** {@code = boltzmann}: the constant must exist and have the declared unit's dimension. */
  private void constant(Ast.Let let, Dimension declared) {
    Ast.ConstantRef ref = let.constant();
    PhysicalConstant c = PhysicalConstant.named(ref.name());
    if (c == null) {
      findings.badUnit("unknown constant '" + ref.name() + "'; constants: " + constantNames(), ref.span());
    } else if (let.names().size() != 1 || let.type().isFunction() || let.names().get(0).isFamily()) {
      findings.badUnit("only a single number can be a physical constant", ref.span());
    } else if (declared != null && !declared.equals(c.dimension())) {
      findings.dimension("dimension mismatch: " + c.longName + " is " + Units.show(c.dimension()) + " ("
          + c.unitText() + "), but '" + let.names().get(0).name() + "' is declared " + Units.show(declared),
          ref.span());
    }
  }

  private static String constantNames() {
    StringBuilder out = new StringBuilder();
    for (PhysicalConstant c : PhysicalConstant.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(c.longName).append(" (").append(c.symbol).append(')');
    }
    return out.toString();
  }

  private void define(Ast.Def d) {
    List<Symbol> params = new ArrayList<>();
    for (Ast.Param p : d.params()) {
      Dimension dim = p.space() == null ? null : unitOf(p.space());
      params.add(Symbol.value(Names.canonical(p.name()), dim, p.space() != null && isVector(p.space())));
    }
    scope.push(params.toArray(new Symbol[0]));
    ExprDimensions.Dim body;
    try {
      body = exprs.of(d.body());
    } finally {
      scope.pop();
    }
    String name = Names.canonical(d.name());
    if (body.dimension() == null) {
      findings.alreadyReported(name);
    }
    if (params.isEmpty()) {
      scope.declare(new Symbol(name, body.dimension(), body.vector(), null, null));
    } else {
      scope.declare(new Symbol(name, body.dimension(), false, params, null));
    }
  }

  /** Every link of a chain has the dimension of the claim's first expression. */
  private void claim(Ast.Claim c) {
    ExprDimensions.Dim first = exprs.of(c.first());
    for (Ast.Link l : c.links()) {
      exprs.requireSame(first.dimension(), l.expr(), "the claim's left side");
    }
    if (c.from() != null) {
      for (Ast.FactRef f : c.from().facts()) {
        for (Ast.Binding b : f.bindings()) {
          Symbol s = scope.lookup(Names.canonical(b.name()));
          exprs.requireSame(s == null ? null : s.dimension(), b.value(), "'" + b.name() + "'");
        }
      }
    }
  }

  private void equation(Ast.Expr lhs, Ast.Expr rhs) {
    exprs.requireSame(exprs.of(lhs).dimension(), rhs, "the left side");
  }

  /** {@code x > 0} holds for any unit of x: a literal 0 takes the other side's dimension. */
  private void condition(Ast.Condition c) {
    if (isZero(c.left())) {
      exprs.of(c.right());
    } else if (isZero(c.right())) {
      exprs.of(c.left());
    } else {
      exprs.requireSame(exprs.of(c.left()).dimension(), c.right(), "the left side");
    }
  }

  private static boolean isZero(Ast.Expr e) {
    Rational r = Literals.rational(e);
    return r != null && r.signum() == 0;
  }

  private boolean hasBadUnit(Ast.Type t) {
    return t.result().unit() != null && unitOf(t.result()) == null
        || t.arguments().stream().anyMatch(a -> a.unit() != null && unitOf(a) == null);
  }

  private Dimension unitOf(Ast.Space s) {
    return s.unit() == null ? null : findings.unit(s.unit());
  }

  private static boolean isVector(Ast.Space s) {
    return s.power() == 3 || s.name().equals("vector");
  }
}

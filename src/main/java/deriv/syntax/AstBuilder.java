package deriv.syntax;

import deriv.syntax.Ast.Arg;
import deriv.syntax.Ast.Expr;
import deriv.syntax.parser.DerivParser;
import deriv.syntax.parser.DerivParser.*;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Turns ANTLR's parse tree into the immutable {@link Ast}. Only called on trees without syntax errors. */
final class AstBuilder {
  private final List<Diagnostic> diagnostics;

  AstBuilder(List<Diagnostic> diagnostics) {
    this.diagnostics = diagnostics;
  }

  List<Ast.Derivation> derivations(FileContext file) {
    List<Ast.Derivation> out = new ArrayList<>();
    for (DerivationContext d : file.derivation()) {
      List<Ast.Statement> statements = new ArrayList<>();
      for (StatementContext s : d.statement()) {
        statements.add(statement(s));
      }
      String title = d.STRING() == null ? d.IDENT().getText() : unquote(d.STRING().getSymbol());
      out.add(new Ast.Derivation(d.IDENT().getText(), title, statements, Spans.of(d)));
    }
    return out;
  }

  private Ast.Statement statement(StatementContext s) {
    Span span = Spans.of(s);
    if (s instanceof LetStatementContext let) {
      List<Ast.DeclName> names = new ArrayList<>();
      for (DeclNameContext n : let.declName()) {
        names.add(new Ast.DeclName(n.IDENT().getText(), n.lo == null ? null : expr(n.lo),
            n.hi == null ? null : expr(n.hi), Spans.of(n)));
      }
      Ast.ConstantRef constant = let.constant() == null ? null
          : new Ast.ConstantRef(let.constant().IDENT().getText(), Spans.of(let.constant().IDENT().getSymbol()));
      return new Ast.Let(names, type(let.type()), conditions(let.condition()), constant, span);
    }
    if (s instanceof AssumeStatementContext a) {
      return new Ast.Assume(conditions(a.condition()), span);
    }
    if (s instanceof DefStatementContext d) {
      return new Ast.Def(d.IDENT().getText(), params(d.params()), expr(d.expr()), Spans.of(d.IDENT().getSymbol()),
          span);
    }
    if (s instanceof AssumedStatementContext a) {
      Ast.Assumed.Kind kind = a.kind.getType() == DerivParser.POSTULATE
          ? Ast.Assumed.Kind.POSTULATE : Ast.Assumed.Kind.APPROXIMATION;
      return new Ast.Assumed(kind, a.IDENT().getText(), params(a.params()), expr(a.expr(0)), expr(a.expr(1)),
          span);
    }
    if (s instanceof ClaimStatementContext c) {
      List<Ast.Link> links = new ArrayList<>();
      for (LinkContext l : c.link()) {
        links.add(new Ast.Link(l.eq.getText().equals("≈"), expr(l.expr()),
            l.justification() == null ? null : ruleRef(l.justification().ruleRef()), Spans.of(l)));
      }
      Ast.From from = null;
      if (c.fromClause() != null) {
        from = from(c.fromClause());
        if (links.size() != 1) {
          diagnostics.add(Diagnostic.error("from-chain",
              "a claim derived `from` earlier facts is a single equation, not a chain", from.span()));
        }
        if (links.get(0).rule() != null) {
          diagnostics.add(Diagnostic.error("from-chain",
              "name the rule after `from …`: `from h1, h2 by RULE`", links.get(0).rule().span()));
        }
      }
      return new Ast.Claim(c.IDENT().getText(), expr(c.expr()), links, from, Spans.of(c.IDENT().getSymbol()), span);
    }
    if (s instanceof GoalStatementContext g) {
      return new Ast.Goal(expr(g.expr(0)), expr(g.expr(1)), g.eq.getText().equals("≈"), span);
    }
    if (s instanceof NoteStatementContext n) {
      return new Ast.Note(unquote(n.STRING().getSymbol()), span);
    }
    ImportStatementContext i = (ImportStatementContext) s;
    List<String> names = i.IDENT().stream().map(t -> t.getText()).toList();
    return new Ast.Import(names, unquote(i.STRING().getSymbol()), span);
  }

  private List<Ast.Param> params(ParamsContext ps) {
    List<Ast.Param> params = new ArrayList<>();
    if (ps != null) {
      for (ParamContext p : ps.param()) {
        params.add(new Ast.Param(p.IDENT().getText(), p.space() == null ? null : space(p.space()), Spans.of(p)));
      }
    }
    return params;
  }

  private Ast.From from(FromClauseContext f) {
    List<Ast.FactRef> facts = new ArrayList<>();
    for (FactRefContext r : f.factRef()) {
      List<Ast.Binding> bindings = new ArrayList<>();
      for (BindingContext b : r.binding()) {
        bindings.add(new Ast.Binding(b.IDENT().getText(), expr(b.expr()), Spans.of(b)));
      }
      facts.add(new Ast.FactRef(r.IDENT().getText(), bindings, Spans.of(r)));
    }
    return new Ast.From(facts, f.justification() == null ? null : ruleRef(f.justification().ruleRef()),
        Spans.of(f));
  }

  private Ast.RuleRef ruleRef(RuleRefContext r) {
    return new Ast.RuleRef(r.name.getText(), r.arg().stream().map(this::arg).toList(), Spans.of(r));
  }

  private List<Ast.Condition> conditions(List<ConditionContext> cs) {
    List<Ast.Condition> out = new ArrayList<>();
    for (ConditionContext c : cs) {
      out.add(new Ast.Condition(expr(c.expr(0)), normalRelation(c.rel.getText()), expr(c.expr(1)), Spans.of(c)));
    }
    return out;
  }

  private static String normalRelation(String r) {
    switch (r) {
      case "≤": return "<=";
      case "≥": return ">=";
      case "≠": return "!=";
      default: return r;
    }
  }

  private Ast.Type type(TypeContext t) {
    if (t instanceof FunctionTypeContext f) {
      List<SpaceContext> spaces = f.space();
      List<Ast.Space> args = spaces.subList(0, spaces.size() - 1).stream().map(this::space).toList();
      return new Ast.Type(args, space(spaces.get(spaces.size() - 1)), Spans.of(t));
    }
    SimpleTypeContext s = (SimpleTypeContext) t;
    if (s.space().size() == 2) {
      return new Ast.Type(List.of(space(s.space(0))), space(s.space(1)), Spans.of(t));
    }
    return new Ast.Type(List.of(), space(s.space(0)), Spans.of(t));
  }

  private Ast.Space space(SpaceContext s) {
    int power = 1;
    if (s.NUMBER() != null) {
      try {
        power = Integer.parseInt(s.NUMBER().getText());
      } catch (NumberFormatException e) {
        power = -1;
      }
      if (power < 1) {
        diagnostics.add(Diagnostic.error("bad-space", "a space's exponent must be a small whole number",
            Spans.of(s)));
        power = 1;
      }
    }
    Ast.Unit unit = s.unit() == null ? null : new Ast.Unit(expr(s.unit().expr()), Spans.of(s.unit()));
    return new Ast.Space(s.IDENT().getText(), power, unit, Spans.of(s));
  }

  private Arg arg(ArgContext a) {
    Span span = Spans.of(a);
    if (a instanceof RangeArgContext r) {
      return new Ast.RangeArg(r.IDENT().getText(), expr(r.lo), expr(r.hi), span);
    }
    if (a instanceof IntervalArgContext i) {
      return new Ast.IntervalArg(i.IDENT().getText(), expr(i.lo), expr(i.hi), span);
    }
    if (a instanceof InArgContext i) {
      return new Ast.InArg(i.IDENT().getText(), space(i.space()), span);
    }
    if (a instanceof ExceptArgContext e) {
      return new Ast.ExceptArg(expr(e.expr(0)), expr(e.expr(1)), span);
    }
    return new Ast.ExprArg(expr(((ExprArgContext) a).expr()), span);
  }

  Expr expr(ExprContext e) {
    Span span = Spans.of(e);
    if (e instanceof DoubleFactorialExprContext d) {
      // 5!! is 15 in a textbook (the double factorial) but (5!)! to a naive reading: neither is guessed
      diagnostics.add(Diagnostic.error("double-factorial", "`!!` (the double factorial) is not supported; write "
          + "(N!)! for the factorial of N!", span));
      Ast.Expr n = expr(d.expr());
      return new Ast.Call(Ast.POSTFIX_FACTORIAL, List.of(new Ast.ExprArg(n, n.span())), span, span);
    }
    if (e instanceof FactorialExprContext f) {
      // N! is a call of the built-in "!" (factorial), kept apart from a written factorial(N) for `deriv fmt`
      Ast.Expr n = expr(f.expr());
      return new Ast.Call(Ast.POSTFIX_FACTORIAL, List.of(new Ast.ExprArg(n, n.span())), span, span);
    }
    if (e instanceof PowerExprContext p) {
      return new Ast.Binary('^', expr(p.expr(0)), expr(p.expr(1)), span);
    }
    if (e instanceof UnaryExprContext u) {
      return new Ast.Unary(u.op.getText().charAt(0), expr(u.expr()), span);
    }
    if (e instanceof ProductExprContext p) {
      char op = p.op.getText().equals("/") ? '/' : '*';
      return new Ast.Binary(op, expr(p.expr(0)), expr(p.expr(1)), span);
    }
    if (e instanceof SumExprContext s) {
      return new Ast.Binary(s.op.getText().charAt(0), expr(s.expr(0)), expr(s.expr(1)), span);
    }
    return primary(((PrimaryExprContext) e).primary());
  }

  private Expr primary(PrimaryContext p) {
    Span span = Spans.of(p);
    if (p instanceof NumberPrimaryContext n) {
      return new Ast.Number(n.NUMBER().getText(), span);
    }
    if (p instanceof CallPrimaryContext c) {
      return new Ast.Call(c.IDENT().getText(), c.arg().stream().map(this::arg).toList(),
          Spans.of(c.IDENT().getSymbol()), span);
    }
    if (p instanceof MemberPrimaryContext m) {
      return new Ast.Member(m.IDENT().getText(), expr(m.expr()), span);
    }
    if (p instanceof NamePrimaryContext n) {
      return new Ast.Name(n.IDENT().getText(), span);
    }
    if (p instanceof ParenPrimaryContext pp) {
      return new Ast.Paren(expr(pp.expr()), span);
    }
    return new Ast.Bars(expr(((BarsPrimaryContext) p).expr()), span);
  }

  private static String unquote(Token t) {
    String s = t.getText();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() - 1) {
        char n = s.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

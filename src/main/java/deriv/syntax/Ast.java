package deriv.syntax;

import java.util.List;

/** The immutable syntax tree of a {@code .deriv} file. Every node knows its source span. */
public final class Ast {
  private Ast() {}

  /** A parsed file: its derivations (possibly none, if it had errors). */
  public record SourceFile(String path, String text, List<Derivation> derivations) {
    public SourceFile {
      derivations = List.copyOf(derivations);
    }
  }

  public record Derivation(String name, String title, List<Statement> statements, Span span) {
    public Derivation {
      statements = List.copyOf(statements);
    }
  }

  // ---- statements ----

  public sealed interface Statement permits Let, Assume, Def, Assumed, Claim, Goal, Note, Import {
    Span span();
  }

  /** {@code let names : type = constant, conditions}; {@code constant} is null unless a physical constant is named. */
  public record Let(List<DeclName> names, Type type, List<Condition> conditions, ConstantRef constant, Span span)
      implements Statement {
    public Let {
      names = List.copyOf(names);
      conditions = List.copyOf(conditions);
    }

    public Let(List<DeclName> names, Type type, List<Condition> conditions, Span span) {
      this(names, type, conditions, null, span);
    }
  }

  /** {@code = boltzmann} after a declaration: the physical constant the symbol stands for in {@code deriv eval}. */
  public record ConstantRef(String name, Span span) {}

  /** A declared name, or a family {@code x[lo..hi]}. */
  public record DeclName(String name, Expr lo, Expr hi, Span span) {
    public boolean isFamily() {
      return lo != null;
    }
  }

  /** {@code R}, {@code R^3}, {@code positive}, … or a function type {@code (R^3, R^3) -> R}. */
  public record Type(List<Space> arguments, Space result, Span span) {
    public Type {
      arguments = List.copyOf(arguments);
    }

    public boolean isFunction() {
      return !arguments.isEmpty();
    }
  }

  /**
   * A named set such as {@code real} or {@code R^3}; {@code power} is 1 when no exponent is written. {@code unit}
   * is the physical unit written after it ({@code R^3 [m]}), or null.
   */
  public record Space(String name, int power, Unit unit, Span span) {
    public Space(String name, int power, Span span) {
      this(name, power, null, span);
    }
  }

  /** {@code [J/K]}: a unit, written as an expression over unit symbols; deriv.units gives it a meaning. */
  public record Unit(Expr expr, Span span) {}

  public record Condition(Expr left, String relation, Expr right, Span span) {}

  public record Assume(List<Condition> conditions, Span span) implements Statement {
    public Assume {
      conditions = List.copyOf(conditions);
    }
  }

  /** {@code def name(params) := body}. */
  public record Def(String name, List<Param> params, Expr body, Span nameSpan, Span span) implements Statement {
    public Def {
      params = List.copyOf(params);
    }
  }

  public record Param(String name, Space space, Span span) {}

  /** A postulate or approximation: accepted without proof. */
  /**
   * A postulate or approximation. With parameters ({@code postulate law(y : R^3): …}) it holds for every value of
   * them; without, it is a statement about the declared symbols only.
   */
  public record Assumed(Kind kind, String name, List<Param> params, Expr lhs, Expr rhs, Span span)
      implements Statement {
    public enum Kind { POSTULATE, APPROXIMATION }

    public Assumed {
      params = List.copyOf(params);
    }

    public Assumed(Kind kind, String name, Expr lhs, Expr rhs, Span span) {
      this(kind, name, List.of(), lhs, rhs, span);
    }
  }

  /** {@code claim name: first = e1 by r1 = e2 …}, or a single equation derived {@code from} earlier facts. */
  public record Claim(String name, Expr first, List<Link> links, From from, Span nameSpan, Span span)
      implements Statement {
    public Claim {
      links = List.copyOf(links);
    }
  }

  /** One {@code = expr by rule} of a chain. {@code rule} is null when no rule is named. */
  public record Link(boolean approximate, Expr expr, RuleRef rule, Span span) {}

  public record RuleRef(String name, List<Arg> args, Span span) {
    public RuleRef {
      args = List.copyOf(args);
    }
  }

  public record From(List<FactRef> facts, RuleRef rule, Span span) {
    public From {
      facts = List.copyOf(facts);
    }
  }

  /** A named earlier result, optionally instantiated: {@code density[y := x_1]}. */
  public record FactRef(String name, List<Binding> bindings, Span span) {
    public FactRef {
      bindings = List.copyOf(bindings);
    }
  }

  public record Binding(String name, Expr value, Span span) {}

  /** {@code goal lhs = rhs}, or {@code goal lhs ≈ rhs} when it may be reached through an approximation. */
  public record Goal(Expr lhs, Expr rhs, boolean approximate, Span span) implements Statement {
    public Goal(Expr lhs, Expr rhs, Span span) {
      this(lhs, rhs, false, span);
    }

    /** The relation as written: {@code =} or {@code ≈}. */
    public String relation() {
      return approximate ? "≈" : "=";
    }
  }

  public record Note(String text, Span span) implements Statement {}

  public record Import(List<String> names, String from, Span span) implements Statement {
    public Import {
      names = List.copyOf(names);
    }
  }

  // ---- expressions ----

  public sealed interface Expr permits Number, Name, Member, Call, Unary, Binary, Paren, Bars {
    Span span();
  }

  /** A decimal literal as written; it denotes an exact rational. */
  public record Number(String text, Span span) implements Expr {}

  public record Name(String name, Span span) implements Expr {}

  /** {@code x[i]}: a member of a family. */
  public record Member(String family, Expr index, Span span) implements Expr {}

  /** {@code f(args)}: a built-in ({@code exp}, {@code sum}, {@code int}, …) or a declared function. */
  /** The function name of {@code N!} (written after its argument); {@code factorial(N)} is the same function. */
  public static final String POSTFIX_FACTORIAL = "!";

  public record Call(String function, List<Arg> args, Span nameSpan, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  public record Unary(char op, Expr operand, Span span) implements Expr {}

  public record Binary(char op, Expr left, Expr right, Span span) implements Expr {}

  /** Parentheses the author wrote; kept so that outputs can respect them. */
  public record Paren(Expr inner, Span span) implements Expr {}

  /** {@code |e|}: absolute value of a scalar, norm of a vector. */
  public record Bars(Expr inner, Span span) implements Expr {}

  // ---- arguments of calls and rules ----

  public sealed interface Arg permits ExprArg, RangeArg, InArg, IntervalArg, ExceptArg {
    Span span();
  }

  public record ExprArg(Expr expr, Span span) implements Arg {}

  /** {@code j = lo..hi} in a sum or product. */
  public record RangeArg(String variable, Expr lo, Expr hi, Span span) implements Arg {}

  /** {@code y in R^3} in an integral. */
  public record InArg(String variable, Space space, Span span) implements Arg {}

  /** {@code x in a..b} in a definite integral: x runs over the closed interval from a to b. */
  public record IntervalArg(String variable, Expr lo, Expr hi, Span span) implements Arg {}

  /** {@code j != k}: leave one index value out of a sum or product. */
  public record ExceptArg(Expr left, Expr right, Span span) implements Arg {}
}

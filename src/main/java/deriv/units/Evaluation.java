package deriv.units;

import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Definition;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import deriv.resolve.Names;
import deriv.resolve.Resolved;
import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code deriv eval}: the value of a goal's left side, computed from its right side with definitions unfolded, the
 * exact SI constants and the values given on the command line (docs/units.md).
 */
public final class Evaluation {
  private static final Dimension NUMBER_DENSITY = Dimension.base("m").pow(Rational.of(-3));
  private static final Dimension CONCENTRATION = Dimension.base("mol").times(NUMBER_DENSITY);

  /**
   * The outcome: the text to print, or the diagnostics of a file that could not be evaluated, or an error message.
   *
   * @param exitCode 0 evaluated; 1 the file has a dimension error; 2 a file or usage error
   */
  public record Result(int exitCode, String output, List<Diagnostic> diagnostics, String error) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    static Result failed(String error) {
      return new Result(2, "", List.of(), error);
    }
  }

  /** What to evaluate: which derivation (null: the only one), values by name, significant digits. */
  public record Request(String derivation, Map<String, String> values, int digits) {
    public Request {
      values = Map.copyOf(values);
    }
  }

  private Evaluation() {}

  public static Result run(String path, String text, Request request) {
    try {
      return evaluate(path, text, request);
    } catch (EvalException e) {
      return Result.failed(e.getMessage());
    }
  }

  private static Result evaluate(String path, String text, Request request) {
    Parsing.Result parsed = Parsing.parse(path, text);
    if (parsed.hasErrors()) {
      return new Result(2, "", parsed.diagnostics(), null);
    }
    Ast.Derivation derivation = pick(parsed.file(), request.derivation());
    Resolved resolved = Resolver.resolve(derivation);
    if (!resolved.diagnostics().isEmpty()) {
      return new Result(2, "", resolved.diagnostics(), null);
    }
    if (!Units.declaresUnits(parsed.file())) {
      throw new EvalException(path + " declares no units; deriv eval needs them, e.g. `let T : positive [K]`");
    }
    Findings findings = new Findings();
    DimensionChecker units = new DimensionChecker(findings);
    Map<String, Symbol> symbols = units.check(derivation);
    if (!findings.all().isEmpty()) {
      boolean onlyDimensions = findings.all().stream().allMatch(Units::isCheckFailure);
      return new Result(onlyDimensions ? 1 : 2, "", findings.all(), null);
    }
    Resolved.GoalItem goal = resolved.items().stream().filter(i -> i instanceof Resolved.GoalItem)
        .map(i -> (Resolved.GoalItem) i).findFirst()
        .orElseThrow(() -> new EvalException("derivation '" + derivation.name() + "' has no goal"));
    Dimension result = units.dimension(goal.source().lhs()).dimension();
    Term rhs;
    try {
      rhs = Terms.unfold(goal.rhs(), unfolding(goal.context(), request.values().keySet()));
    } catch (IllegalStateException e) {
      throw new EvalException("the definitions do not unfold: " + e.getMessage());
    }
    Map<String, PhysicalConstant> constants = constants(derivation);
    Map<String, Numeric> values = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder();
    List<String> missing = new ArrayList<>();
    for (String given : request.values().keySet()) {
      if (!symbols.containsKey(Names.canonical(given))) {
        throw new EvalException("--at " + given + ": no symbol '" + given + "' is declared in " + derivation.name());
      }
    }
    checkDeclared(goal.context(), request.values(), symbols, constants);
    List<String> needed = needed(goal.rhs(), goal.context(), request.values(), constants, symbols,
        new java.util.HashSet<>());
    if (!needed.isEmpty()) {
      throw new EvalException("no value for " + String.join(", ", needed) + "; give "
          + (needed.size() == 1 ? "it" : "them") + " with --at NAME=VALUE, e.g. --at T=310.15K");
    }
    for (Var v : Terms.freeVars(rhs)) {
      String name = v.name();
      String given = givenText(request.values(), name);
      Symbol symbol = symbols.get(name);
      if (given != null) {
        values.put(name, Numeric.of(value(name, symbol, GivenValue.parse(given), where, request.digits())));
      } else if (constants.containsKey(name)) {
        PhysicalConstant c = constants.get(name);
        values.put(name, c.exact() ? Numeric.of(c.siValue()) : Numeric.approximately(c.siValue().toDouble()));
        where.append(String.format(java.util.Locale.ROOT, "  %s = %s = %s %s (%s)%n", name, c.longName,
            QuantityFormat.number(c.siValue().toDouble(), 10), c.unitText(), c.exact() ? "exact" : "h/(2π), rounded"));
      } else {
        missing.add(name + (symbol == null || symbol.dimension() == null ? "" : " [" + Units.show(symbol.dimension()) + "]"));
      }
    }
    if (!missing.isEmpty()) { // what the definitions left after needed(): symbols with no definition
      throw new EvalException("no value for " + String.join(", ", missing) + "; give "
          + (missing.size() == 1 ? "it" : "them") + " with --at NAME=VALUE, e.g. --at T=310.15K");
    }
    Numeric value = new Evaluator(values).eval(rhs);
    String lhs = Terms.show(goal.lhs());
    String output = lhs + " = " + QuantityFormat.format(value.approx(), result, request.digits()) + "\n"
        + (where.length() == 0 ? "" : "where\n" + where);
    return new Result(0, output, List.of(), null);
  }

  /**
   * The symbols the goal's right side needs a value for, as the user would give them: a defined name whose definition
   * cannot be computed from the values given is named itself (n_2, not the integrals n_2 unfolds to).
   */
  private static List<String> needed(Term t, Context context, Map<String, String> given,
      Map<String, PhysicalConstant> constants, Map<String, Symbol> symbols, Set<String> seen) {
    List<String> out = new ArrayList<>();
    for (Var v : Terms.freeVars(t)) {
      String name = v.name();
      if (givenText(given, name) != null || constants.containsKey(name) || !seen.add(name)) {
        continue;
      }
      java.util.Optional<Definition> d = context.definition(v);
      if (d.isPresent() && needed(d.get().body(), context, given, constants, symbols, seen).isEmpty()) {
        continue;
      }
      Symbol symbol = symbols.get(name);
      out.add(name + (symbol == null || symbol.dimension() == null ? "" : " [" + Units.show(symbol.dimension()) + "]"));
    }
    return out;
  }

  /**
   * Every given value against what its symbol was declared to be: an integer (natural, integer) and the conditions
   * (positive, negative, {@code q < 0}) whose symbols all have values. A value that does not fit is a usage error.
   */
  private static void checkDeclared(Context context, Map<String, String> given, Map<String, Symbol> symbols,
      Map<String, PhysicalConstant> constants) {
    Map<String, Numeric> known = new LinkedHashMap<>();
    Map<String, GivenValue> parsed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : given.entrySet()) {
      String name = Names.canonical(e.getKey());
      GivenValue v = GivenValue.parse(e.getValue());
      parsed.put(name, v);
      known.put(name, Numeric.of(value(name, symbols.get(name), v, new StringBuilder(), 4)));
    }
    constants.forEach((name, c) -> known.putIfAbsent(name, Numeric.of(c.siValue())));
    for (Var v : context.variables()) {
      Numeric x = known.get(v.name());
      if (v.sort() == deriv.kernel.Sort.INTEGER && parsed.containsKey(v.name())
          && !(x.isExact() && x.exact().isInteger())) {
        throw new EvalException("--at " + v.name() + "=" + parsed.get(v.name()).text() + ": " + v.name()
            + " is declared a whole number (integer or natural), and " + parsed.get(v.name()).text() + " is not one");
      }
    }
    Evaluator evaluator = new Evaluator(known);
    for (Condition c : context.conditions()) {
      Set<String> names = new java.util.LinkedHashSet<>();
      Terms.freeVars(c.left()).forEach(v -> names.add(v.name()));
      Terms.freeVars(c.right()).forEach(v -> names.add(v.name()));
      String about = names.stream().filter(parsed::containsKey).findFirst().orElse(null);
      if (about == null || !known.keySet().containsAll(names)) {
        continue;
      }
      int sign;
      try {
        Numeric l = evaluator.eval(c.left());
        Numeric r = evaluator.eval(c.right());
        sign = l.isExact() && r.isExact() ? l.exact().minus(r.exact()).signum()
            : Double.compare(l.approx() - r.approx(), 0.0);
      } catch (EvalException notComputable) {
        continue; // a condition over sums or functions with no value here: not checked
      }
      if (!holds(c.relation(), sign)) {
        String shown = Terms.show(c.left()) + " " + c.relation().symbol + " " + Terms.show(c.right());
        throw new EvalException("--at " + about + "=" + parsed.get(about).text() + ": " + about + " is declared with "
            + "the condition " + shown + ", which this value does not satisfy");
      }
    }
  }

  private static boolean holds(Condition.Relation r, int sign) {
    switch (r) {
      case LESS: return sign < 0;
      case LESS_EQUAL: return sign <= 0;
      case GREATER: return sign > 0;
      case GREATER_EQUAL: return sign >= 0;
      case NOT_EQUAL: return sign != 0;
      default: return sign == 0;
    }
  }

  /** The value of a symbol in SI units, checked against its dimension; a concentration may stand for a density. */
  private static Rational value(String name, Symbol symbol, GivenValue v, StringBuilder where, int digits) {
    Dimension wanted = symbol.dimension();
    String line = "  " + name + " = " + v.text() + (v.constant() == null ? "" : " = "
        + QuantityFormat.number(v.si().toDouble(), 10) + " " + v.constant().unitText());
    if (wanted.equals(v.dimension())) {
      where.append(line).append(v.coherent() ? "" : " = " + QuantityFormat.format(v.si().toDouble(), wanted, digits))
          .append('\n');
      return v.si();
    }
    if (wanted.equals(NUMBER_DENSITY) && v.dimension().equals(CONCENTRATION)) {
      // An amount concentration (mM) given for a number density: particles per m³ = mol per m³ × N_A.
      Rational density = v.si().times(PhysicalConstant.AVOGADRO.siValue());
      where.append(line).append(" = ").append(QuantityFormat.format(density.toDouble(), wanted, digits))
          .append("  (amount concentration × N_A, as a number density)\n");
      return density;
    }
    throw new EvalException("--at " + name + "=" + v.text() + ": the value is " + Units.show(v.dimension())
        + ", but " + name + " is " + Units.show(wanted));
  }

  /** The definitions to unfold: all but those of names given a value (n_1 := n(x_1) given as 140mM stays n_1). */
  private static Context unfolding(Context context, Set<String> given) {
    Set<String> names = given.stream().map(Names::canonical).collect(Collectors.toSet());
    Context out = Context.empty();
    for (Definition d : context.definitions().values()) {
      if (!names.contains(d.name().name())) {
        out = out.withDefinition(d);
      }
    }
    return out;
  }

  private static String givenText(Map<String, String> values, String name) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (Names.canonical(e.getKey()).equals(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static Map<String, PhysicalConstant> constants(Ast.Derivation d) {
    Map<String, PhysicalConstant> out = new LinkedHashMap<>();
    for (Ast.Statement s : d.statements()) {
      if (s instanceof Ast.Let let && let.constant() != null && let.names().size() == 1) {
        out.put(Names.canonical(let.names().get(0).name()), PhysicalConstant.named(let.constant().name()));
      }
    }
    return out;
  }

  private static Ast.Derivation pick(Ast.SourceFile file, String name) {
    List<String> names = file.derivations().stream().map(Ast.Derivation::name).toList();
    for (Ast.Derivation d : file.derivations()) {
      if (name == null ? file.derivations().size() == 1 : d.name().equals(name)) {
        return d;
      }
    }
    throw new EvalException(name == null
        ? "the file has " + names.size() + " derivations; name one with --derivation: " + String.join(", ", names)
        : "no derivation '" + name + "'; derivations: " + String.join(", ", names));
  }
}

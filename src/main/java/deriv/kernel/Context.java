package deriv.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the kernel may assume while deciding an obligation: the declared variables (every scalar is real), the
 * conditions on them, the families, the definitions, and the equations accepted without proof (postulates and
 * approximations). Immutable; every {@code with…} returns a new context.
 */
public final class Context {
  private final List<Var> variables;
  private final List<Condition> conditions;
  private final Map<Var, Family> families;
  private final Map<Var, Definition> definitions;
  private final List<AssumedEquation> assumedEquations;

  private Context(List<Var> variables, List<Condition> conditions, Map<Var, Family> families,
      Map<Var, Definition> definitions, List<AssumedEquation> assumedEquations) {
    this.variables = Collections.unmodifiableList(variables);
    this.conditions = Collections.unmodifiableList(conditions);
    this.families = Collections.unmodifiableMap(families);
    this.definitions = Collections.unmodifiableMap(definitions);
    this.assumedEquations = Collections.unmodifiableList(assumedEquations);
  }

  public static Context empty() {
    return new Context(List.of(), List.of(), Map.of(), Map.of(), List.of());
  }

  public List<Var> variables() {
    return variables;
  }

  public List<Condition> conditions() {
    return conditions;
  }

  public Optional<Family> family(Var v) {
    return Optional.ofNullable(families.get(v));
  }

  public Map<Var, Family> families() {
    return families;
  }

  public Optional<Definition> definition(Var v) {
    return Optional.ofNullable(definitions.get(v));
  }

  public Map<Var, Definition> definitions() {
    return definitions;
  }

  /**
   * Postulates and approximations seen so far, as {@code lhs = rhs}. The algebra does not use them (steps cite them
   * by name); they only keep their symbols from being given other values in an instance of a fact.
   */
  public List<AssumedEquation> assumedEquations() {
    return assumedEquations;
  }

  /** This context and a variable with conditions on it (a declaration, or a binder's index and its range). */
  public Context with(Var v, Condition... extra) {
    Builder b = new Builder(this);
    if (!b.variables.contains(v)) {
      b.variables.add(v);
    }
    b.conditions.addAll(List.of(extra));
    return b.build();
  }

  public Context withCondition(Condition c) {
    Builder b = new Builder(this);
    b.conditions.add(c);
    return b.build();
  }

  public Context withFamily(Family f) {
    Builder b = new Builder(this);
    b.families.put(f.name(), f);
    if (!b.variables.contains(f.name())) {
      b.variables.add(f.name());
    }
    return b.build();
  }

  public Context withDefinition(Definition d) {
    Builder b = new Builder(this);
    b.definitions.put(d.name(), d);
    if (!b.variables.contains(d.name())) {
      b.variables.add(d.name());
    }
    return b.build();
  }

  public Context withAssumedEquation(AssumedEquation e) {
    Builder b = new Builder(this);
    b.assumedEquations.add(e);
    return b.build();
  }

  /** A context without definitions: what is proved here holds whatever the defined names stand for. */
  public Context withoutDefinitions() {
    Builder b = new Builder(this);
    b.definitions.clear();
    return b.build();
  }

  /** Mutable copies of a context's parts, for the {@code with…} methods. */
  private static final class Builder {
    final List<Var> variables;
    final List<Condition> conditions;
    final Map<Var, Family> families;
    final Map<Var, Definition> definitions;
    final List<AssumedEquation> assumedEquations;

    Builder(Context c) {
      variables = new ArrayList<>(c.variables);
      conditions = new ArrayList<>(c.conditions);
      families = new LinkedHashMap<>(c.families);
      definitions = new LinkedHashMap<>(c.definitions);
      assumedEquations = new ArrayList<>(c.assumedEquations);
    }

    Context build() {
      return new Context(variables, conditions, families, definitions, assumedEquations);
    }
  }
}

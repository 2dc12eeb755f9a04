package deriv.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the kernel may assume while deciding an obligation: the declared variables (every scalar is real), the
 * conditions on them, the families and the definitions. Immutable; {@link #with} adds a bound variable.
 */
public final class Context {
  private final List<Var> variables;
  private final List<Condition> conditions;
  private final Map<Var, Family> families;
  private final Map<Var, Definition> definitions;

  private Context(List<Var> variables, List<Condition> conditions, Map<Var, Family> families,
      Map<Var, Definition> definitions) {
    this.variables = Collections.unmodifiableList(variables);
    this.conditions = Collections.unmodifiableList(conditions);
    this.families = Collections.unmodifiableMap(families);
    this.definitions = Collections.unmodifiableMap(definitions);
  }

  public static Context empty() {
    return new Context(List.of(), List.of(), Map.of(), Map.of());
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

  /** This context and a variable with conditions on it (a declaration, or a binder's index and its range). */
  public Context with(Var v, Condition... extra) {
    List<Var> vs = new ArrayList<>(variables);
    if (!vs.contains(v)) {
      vs.add(v);
    }
    List<Condition> cs = new ArrayList<>(conditions);
    cs.addAll(List.of(extra));
    return new Context(vs, cs, new LinkedHashMap<>(families), new LinkedHashMap<>(definitions));
  }

  public Context withCondition(Condition c) {
    List<Condition> cs = new ArrayList<>(conditions);
    cs.add(c);
    return new Context(new ArrayList<>(variables), cs, new LinkedHashMap<>(families),
        new LinkedHashMap<>(definitions));
  }

  public Context withFamily(Family f) {
    Map<Var, Family> fs = new LinkedHashMap<>(families);
    fs.put(f.name(), f);
    List<Var> vs = new ArrayList<>(variables);
    if (!vs.contains(f.name())) {
      vs.add(f.name());
    }
    return new Context(vs, new ArrayList<>(conditions), fs, new LinkedHashMap<>(definitions));
  }

  public Context withDefinition(Definition d) {
    Map<Var, Definition> ds = new LinkedHashMap<>(definitions);
    ds.put(d.name(), d);
    List<Var> vs = new ArrayList<>(variables);
    if (!vs.contains(d.name())) {
      vs.add(d.name());
    }
    return new Context(vs, new ArrayList<>(conditions), new LinkedHashMap<>(families), ds);
  }

  /** A context without definitions: what is proved here holds whatever the defined names stand for. */
  public Context withoutDefinitions() {
    return new Context(new ArrayList<>(variables), new ArrayList<>(conditions), new LinkedHashMap<>(families),
        new LinkedHashMap<>());
  }
}

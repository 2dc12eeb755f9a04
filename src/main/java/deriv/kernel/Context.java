package deriv.kernel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the kernel may assume while deciding an obligation: the declared variables (every scalar is real), the
 * conditions on them, the families, the definitions, and the equations accepted without proof (postulates and
 * approximations). Immutable; every {@code with…} returns a new context.
 */
public final class Context {
  // Each part is a prefix of a log shared with the contexts this one was built from: a with… is constant time, so
  // a context of n declarations costs O(n), not O(n²) (issue 16).
  private final Prefix<Var, Var> variables;
  private final Prefix<Void, Condition> conditions;
  private final Prefix<Var, Family> families;
  private final Prefix<Var, Definition> definitions;
  private final Prefix<Void, AssumedEquation> assumedEquations;
  private final Prefix<Var, Codomain> codomains;
  private final List<Var> variableList;
  private final List<Condition> conditionList;
  private final Map<Var, Family> familyMap;
  private final Map<Var, Definition> definitionMap;
  private final List<AssumedEquation> assumedEquationList;

  private Context(Prefix<Var, Var> variables, Prefix<Void, Condition> conditions, Prefix<Var, Family> families,
      Prefix<Var, Definition> definitions, Prefix<Void, AssumedEquation> assumedEquations,
      Prefix<Var, Codomain> codomains) {
    this.variables = variables;
    this.codomains = codomains;
    this.conditions = conditions;
    this.families = families;
    this.definitions = definitions;
    this.assumedEquations = assumedEquations;
    this.variableList = variables.list();
    this.conditionList = conditions.list();
    this.familyMap = families.map();
    this.definitionMap = definitions.map();
    this.assumedEquationList = assumedEquations.list();
  }


  public static Context empty() {
    return new Context(Prefix.empty(v -> v), Prefix.empty(null), Prefix.empty(Family::name),
        Prefix.empty(Definition::name), Prefix.empty(null), Prefix.empty(Codomain::function));
  }

  /**
   * A declared function's values all lie in a signed set ({@code let p : R -> positive}): {@code f(x) REL 0} for
   * every argument x. A fact of the declaration, used by the sign analysis and honoured by the sample models.
   */
  public record Codomain(Var function, Condition.Relation relation) {
    /** The relation by its ordinal: an enum's own hash is its identity, which differs between runs. */
    @Override
    public int hashCode() {
      return 31 * function.hashCode() + relation.ordinal();
    }
  }

  /** The sign every value of function {@code f} has, if its declaration says one. */
  public Optional<Codomain> codomain(Var f) {
    return Optional.ofNullable(codomains.last(f));
  }

  /** The codomains declared so far, in order (the witness search's cache key names them). */
  public List<Codomain> codomains() {
    return codomains.list();
  }

  public Context withCodomain(Codomain c) {
    return new Context(variables, conditions, families, definitions, assumedEquations, codomains.plus(c));
  }

  /**
   * Every part of the context, in a fixed order: what a verdict may depend on. The verdict cache and the parallel
   * checker key an obligation by this; a part left out here would let two obligations that differ in it share a
   * verdict (codomains were, once). ContextPartsTest checks that every part is listed.
   */
  public List<Object> parts() {
    return List.of(variableList, conditionList, familyMap, definitionMap, assumedEquationList, codomains.list());
  }

  public List<Var> variables() {
    return variableList;
  }

  public List<Condition> conditions() {
    return conditionList;
  }

  public Optional<Family> family(Var v) {
    return Optional.ofNullable(families.last(v));
  }

  public Map<Var, Family> families() {
    return familyMap;
  }

  public Optional<Definition> definition(Var v) {
    return Optional.ofNullable(definitions.last(v));
  }

  public Map<Var, Definition> definitions() {
    return definitionMap;
  }

  /**
   * Postulates and approximations seen so far, as {@code lhs = rhs}. The algebra does not use them (steps cite them
   * by name); they only keep their symbols from being given other values in an instance of a fact.
   */
  public List<AssumedEquation> assumedEquations() {
    return assumedEquationList;
  }

  /** This context and a variable with conditions on it (a declaration, or a binder's index and its range). */
  public Context with(Var v, Condition... extra) {
    Prefix<Void, Condition> cs = conditions;
    for (Condition c : extra) {
      cs = cs.plus(c);
    }
    return new Context(withVariable(v), cs, families, definitions, assumedEquations, codomains);
  }

  public Context withCondition(Condition c) {
    return new Context(variables, conditions.plus(c), families, definitions, assumedEquations, codomains);
  }

  public Context withFamily(Family f) {
    return new Context(withVariable(f.name()), conditions, families.plus(f), definitions, assumedEquations,
        codomains);
  }

  public Context withDefinition(Definition d) {
    return new Context(withVariable(d.name()), conditions, families, definitions.plus(d), assumedEquations,
        codomains);
  }

  public Context withAssumedEquation(AssumedEquation e) {
    return new Context(variables, conditions, families, definitions, assumedEquations.plus(e), codomains);
  }

  /** A context without definitions: what is proved here holds whatever the defined names stand for. */
  public Context withoutDefinitions() {
    return new Context(variables, conditions, families, Prefix.empty(Definition::name), assumedEquations, codomains);
  }

  /** The same declarations with no conditions: a condition judged by the others is added back one by one. */
  public Context withoutConditions() {
    return new Context(variables, Prefix.empty(null), families, definitions, assumedEquations, codomains);
  }

  private Prefix<Var, Var> withVariable(Var v) {
    return variables.last(v) != null ? variables : variables.plus(v);
  }
}

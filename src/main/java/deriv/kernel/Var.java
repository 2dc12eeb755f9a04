package deriv.kernel;

/**
 * A variable. Identity is the {@code id}; the name is for messages only. Every binder and every declaration gets a
 * fresh id when the front end builds terms, so substitution never captures.
 */
public record Var(int id, String name, Sort sort) implements Term {
  /**
   * From the components' values, the enum by its ordinal: an enum's own hash is its identity, which differs between
   * runs, and a hash set's order of terms (the order facts are tried, bindings named) must not.
   */
  @Override
  public int hashCode() {
    return (31 * id + name.hashCode()) * 31 + sort.ordinal();
  }

  @Override
  public String toString() {
    return name;
  }
}

package deriv.kernel;

/**
 * A variable. Identity is the {@code id}; the name is for messages only. Every binder and every declaration gets a
 * fresh id when the front end builds terms, so substitution never captures.
 */
public record Var(int id, String name, Sort sort) implements Term {
  @Override
  public String toString() {
    return name;
  }
}

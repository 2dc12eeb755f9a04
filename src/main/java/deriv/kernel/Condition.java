package deriv.kernel;

/** An assumption {@code left REL right}, for example {@code N >= 1} or {@code q != 0}. */
public record Condition(Relation relation, Term left, Term right) {
  public enum Relation {
    LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), NOT_EQUAL("!="), EQUAL("=");

    public final String symbol;

    Relation(String symbol) {
      this.symbol = symbol;
    }

    /** The relation with its sides swapped: a ≤ b is b ≥ a. */
    public Relation flipped() {
      switch (this) {
        case LESS: return GREATER;
        case LESS_EQUAL: return GREATER_EQUAL;
        case GREATER: return LESS;
        case GREATER_EQUAL: return LESS_EQUAL;
        default: return this;
      }
    }
  }

  @Override
  public String toString() {
    return left + " " + relation.symbol + " " + right;
  }

  /** The relation by its ordinal: an enum's own hash is its identity, which differs between runs. */
  @Override
  public int hashCode() {
    return (31 * relation.ordinal() + left.hashCode()) * 31 + right.hashCode();
  }
}

package deriv.kernel;

/**
 * A finite sum or product {@code Σ_{index=lo}^{hi} body}, optionally leaving out the single index value
 * {@code except} (as in Σ_{i≠j}); {@code except} is null when nothing is left out.
 */
public record BigOp(Kind kind, Var index, Term lo, Term hi, Term except, Term body) implements Term {
  public enum Kind { SUM, PRODUCT }

  public boolean hasExcept() {
    return except != null;
  }

  /** The kind by its ordinal: an enum's own hash is its identity, which differs between runs. */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind.ordinal(), index, lo, hi, except, body);
  }
}

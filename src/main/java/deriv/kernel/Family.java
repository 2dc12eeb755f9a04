package deriv.kernel;

/** An indexed family {@code name[lo..hi]} whose members have sort {@code element} (VECTOR or SCALAR). */
public record Family(Var name, Term lo, Term hi, Sort element) {
  /** The element sort by its ordinal: an enum's own hash is its identity, which differs between runs. */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, lo, hi, element.ordinal());
  }
}

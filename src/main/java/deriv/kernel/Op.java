package deriv.kernel;

import java.util.List;

/** A built-in operation from the allow-list {@link Head}. */
public record Op(Head head, List<Term> args) implements Term {
  public Op {
    args = List.copyOf(args);
    if (head.arity >= 0 ? args.size() != head.arity : args.size() < 2) {
      throw new IllegalArgumentException(head + " takes " + head.arity + " arguments, not " + args.size());
    }
  }

  public Term arg(int i) {
    return args.get(i);
  }

  /**
   * From the components' values, the enum by its ordinal: an enum's own hash is its identity, which differs between
   * runs, and a hash set's order of terms (the order facts are tried, bindings named) must not.
   */
  @Override
  public int hashCode() {
    return 31 * head.ordinal() + args.hashCode();
  }
}

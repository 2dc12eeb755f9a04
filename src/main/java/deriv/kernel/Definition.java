package deriv.kernel;

import java.util.List;

/** {@code name(params) := body}; a constant has no parameters. Definitions may be unfolded by the kernel. */
public record Definition(Var name, List<Var> params, Term body) {
  public Definition {
    params = List.copyOf(params);
    // an integer variable given a value (`let n : natural, n = 2*k`) keeps its integrality only if the value has it
    if (name.sort() == Sort.INTEGER && !Terms.isIntegerValued(body)) {
      throw new IllegalArgumentException("an integer '" + name.name() + "' defined by a value not known integer");
    }
  }
}

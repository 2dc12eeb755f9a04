package deriv.kernel;

import java.util.List;

/** {@code name(params) := body}; a constant has no parameters. Definitions may be unfolded by the kernel. */
public record Definition(Var name, List<Var> params, Term body) {
  public Definition {
    params = List.copyOf(params);
  }
}

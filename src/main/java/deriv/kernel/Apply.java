package deriv.kernel;

import java.util.List;

/** Application of a declared (uninterpreted or defined) function symbol. */
public record Apply(Var function, List<Term> args) implements Term {
  public Apply {
    args = List.copyOf(args);
  }
}

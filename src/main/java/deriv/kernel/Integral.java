package deriv.kernel;

import java.util.List;

/**
 * An integral over the whole of R, R³ or a family's space (R³)ⁿ, in several variables at once:
 * {@code ∫ body d(vars)}. A variable of sort {@link Sort#FAMILY} means every member of that family.
 */
public record Integral(List<Var> vars, Term body) implements Term {
  public Integral {
    vars = List.copyOf(vars);
    if (vars.isEmpty()) {
      throw new IllegalArgumentException("an integral needs a variable");
    }
  }
}

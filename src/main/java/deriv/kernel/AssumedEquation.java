package deriv.kernel;

import java.util.List;

/**
 * A postulate or approximation {@code lhs = rhs}. It holds for every value of its {@code params} (a law such as
 * {@code postulate coulomb(y : R^3): …}) but says nothing general about the other symbols it mentions. An
 * approximation ({@code exact} false) is not meant to hold exactly.
 */
public record AssumedEquation(Term lhs, Term rhs, List<Var> params, boolean exact) {
  public AssumedEquation {
    params = List.copyOf(params);
  }

  /** Whether this equation ties {@code v} to other symbols (it mentions v, and v is not one of its parameters). */
  public boolean constrains(Var v) {
    return !params.contains(v) && (Terms.occurs(v, lhs) || Terms.occurs(v, rhs));
  }
}

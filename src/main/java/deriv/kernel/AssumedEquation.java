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

  /**
   * Whether this equation ties one of {@code vars} down, definitions unfolded: {@code def c := x + 1; postulate p:
   * c = 5} ties x as much as {@code x + 1 = 5} does.
   */
  public boolean constrainsAny(java.util.Collection<Var> vars, Context ctx) {
    Term l = Terms.unfold(lhs, ctx);
    Term r = Terms.unfold(rhs, ctx);
    return vars.stream().anyMatch(v -> !params.contains(v) && (Terms.occurs(v, l) || Terms.occurs(v, r)));
  }

  /** Whether this equation ties {@code v} to other symbols (it mentions v, and v is not one of its parameters). */
  public boolean constrains(Var v) {
    return !params.contains(v) && (Terms.occurs(v, lhs) || Terms.occurs(v, rhs));
  }
}

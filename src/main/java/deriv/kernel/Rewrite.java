package deriv.kernel;

import java.util.List;

/** The result of one rule application: the rewritten term and the side conditions that were discharged. */
public record Rewrite(Term result, List<String> sideConditions) {
  public Rewrite {
    sideConditions = List.copyOf(sideConditions);
  }

  public static Rewrite of(Term result, String... sideConditions) {
    return new Rewrite(result, List.of(sideConditions));
  }
}

package deriv.check;

import deriv.syntax.Ast;
import java.util.List;

/** Every step of one derivation, in source order, and its goal (null when it has none). */
public record DerivationResult(Ast.Derivation derivation, List<StepResult> steps, GoalResult goal) {
  public DerivationResult {
    steps = List.copyOf(steps);
  }

  public String name() {
    return derivation.name();
  }
}

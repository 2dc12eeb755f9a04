package deriv.check;

import deriv.kernel.Evidence;
import deriv.kernel.Verdict;
import deriv.syntax.Ast;
import java.util.List;

/**
 * Whether the derivation's last established equation is the goal.
 *
 * @param restsOn the postulates, approximations and tested steps the last result rests on (imports included);
 *     empty when it rests on nothing but proofs
 */
public record GoalResult(Ast.Goal goal, boolean reached, Verdict verdict, List<Evidence> restsOn) {
  public GoalResult {
    restsOn = List.copyOf(restsOn);
  }

  public GoalResult(Ast.Goal goal, boolean reached, Verdict verdict) {
    this(goal, reached, verdict, List.of());
  }
}

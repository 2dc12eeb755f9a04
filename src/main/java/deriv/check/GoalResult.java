package deriv.check;

import deriv.kernel.Verdict;
import deriv.syntax.Ast;

/** Whether the derivation's last established equation is the goal. */
public record GoalResult(Ast.Goal goal, boolean reached, Verdict verdict) {}

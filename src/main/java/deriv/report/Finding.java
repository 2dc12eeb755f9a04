package deriv.report;

import deriv.kernel.Status;
import deriv.syntax.Span;

/**
 * One checked item of a run, classified once for every CI format: a step, a goal, or a file diagnostic.
 *
 * @param derivation null for a file diagnostic
 * @param item the step's name ({@code vertex_form.2}), {@code goal}, or the diagnostic's code
 * @param status the verdict, or null for a goal or diagnostic
 * @param millis the time spent deciding it (0 for a goal or diagnostic)
 */
record Finding(String path, String derivation, String item, Rule rule, Level level, Span span, String title,
    String message, Status status, long millis) {

  Finding(String path, String derivation, String item, Rule rule, Level level, Span span, String title,
      String message, Status status) {
    this(path, derivation, item, rule, level, span, title, message, status, 0);
  }

  /** How a CI system should treat it. */
  enum Level { PASS, NOTE, WARNING, ERROR }

  /** The kinds of findings, with stable ids: code scanning and the golden files depend on them. */
  enum Rule {
    PROVED("deriv/proved", "ProvedStep", "A step the kernel proved."),
    ASSUMED("deriv/assumed", "AssumedStatement", "A definition, postulate or approximation, accepted without proof."),
    TESTED("deriv/tested", "TestedStep", "A step that agreed at random numerical points but was not proved."),
    FAILED("deriv/failed-step", "FailedStep", "A step shown false: a nonzero residual or a counterexample."),
    TIMEOUT("deriv/timeout", "TimedOutStep", "A step whose time limit ran out."),
    UNKNOWN("deriv/unknown", "UndecidedStep", "A step neither proved nor refuted."),
    GOAL_REACHED("deriv/goal-reached", "GoalReached", "The derivation established its goal."),
    GOAL_NOT_REACHED("deriv/goal-not-reached", "GoalNotReached", "The derivation did not establish its goal."),
    SYNTAX_ERROR("deriv/syntax-error", "SyntaxError", "The file could not be parsed."),
    NAME_ERROR("deriv/name-error", "NameError", "A name, type or reference in the file is wrong.");

    final String id;
    final String name;
    final String description;

    Rule(String id, String name, String description) {
      this.id = id;
      this.name = name;
      this.description = description;
    }

    static Rule of(Status s) {
      switch (s) {
        case PROVED: return PROVED;
        case ASSUMED: return ASSUMED;
        case TESTED: return TESTED;
        case FAILED: return FAILED;
        case TIMEOUT: return TIMEOUT;
        default: return UNKNOWN;
      }
    }
  }

  boolean passes() {
    return level == Level.PASS || level == Level.NOTE;
  }

  /** {@code path:line:col}, as compilers print it. */
  String position() {
    return path + ":" + span.line() + ":" + span.column();
  }

  /** {@code completing_square.vertex_form.2}: unique within a file. */
  String qualifiedName() {
    return derivation == null ? item + "@" + span.line() + ":" + span.column() : derivation + "." + item;
  }
}

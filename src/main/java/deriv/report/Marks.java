package deriv.report;

import deriv.kernel.Status;
import java.util.List;

/** The mark beside each step, one per verdict, in every report: what it looks like and what it means. */
final class Marks {
  private Marks() {}

  /** Verdicts in the order the legend lists them. */
  static final List<Status> LEGEND = List.of(Status.PROVED, Status.TESTED, Status.ASSUMED, Status.FAILED,
      Status.TIMEOUT, Status.UNKNOWN);

  /** Math-mode LaTeX that pdfLaTeX (amssymb) and MathJax both know. */
  static String math(Status s) {
    switch (s) {
      case PROVED: return "\\checkmark";
      case TESTED: return "\\sim";
      case ASSUMED: return "\\mathsf{A}";
      case FAILED: return "\\boldsymbol{\\times}";
      case TIMEOUT: return "\\circlearrowleft";
      default: return "?";
    }
  }

  static String unicode(Status s) {
    switch (s) {
      case PROVED: return "✓";
      case TESTED: return "~";
      case ASSUMED: return "A";
      case FAILED: return "✗";
      case TIMEOUT: return "⌛";
      default: return "?";
    }
  }

  static String meaning(Status s) {
    switch (s) {
      case PROVED: return "proved symbolically";
      case TESTED: return "not proved; agreed at random numerical points";
      case ASSUMED: return "assumed, not proved (definition, postulate or approximation)";
      case FAILED: return "false: a nonzero residual or a counterexample";
      case TIMEOUT: return "the time limit ran out";
      default: return "neither proved nor refuted";
    }
  }

  /** The xcolor name the LaTeX report defines for this verdict. */
  static String color(Status s) {
    return "mark" + s.label();
  }

  /** The LaTeX macro ({@code \markproved}, …) that the report's preamble defines. */
  static String latexMacro(Status s) {
    return "\\mark" + s.label();
  }
}

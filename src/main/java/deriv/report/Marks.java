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

  /** The verdict's colour as LaTeX's xcolor writes it ({@code rgb} components 0 to 1). */
  static String rgb(Status s) {
    switch (s) {
      case PROVED: return "0.0,0.5,0.0";
      case TESTED: return "0.75,0.45,0.0";
      case ASSUMED: return "0.1,0.3,0.7";
      case FAILED: return "0.8,0.0,0.0";
      case TIMEOUT: return "0.6,0.0,0.6";
      default: return "0.45,0.45,0.45";
    }
  }

  /** The same colour for CSS and SVG, {@code #rrggbb}; {@code tint} 0 is the colour, 1 is white. */
  static String css(Status s, double tint) {
    StringBuilder out = new StringBuilder("#");
    for (String c : rgb(s).split(",")) {
      double v = Double.parseDouble(c);
      out.append(String.format(java.util.Locale.ROOT, "%02x", Math.round(255 * (v + (1 - v) * tint))));
    }
    return out.toString();
  }

  static String unicode(Status s) {
    switch (s) {
      case PROVED: return "✓";
      case TESTED: return "~";
      case ASSUMED: return "A";
      case FAILED: return "✗";
      case TIMEOUT: return "↺";
      default: return "?";
    }
  }

  static String meaning(Status s) {
    switch (s) {
      case PROVED: return "proved symbolically";
      case TESTED: return "not proved; agreed at random numerical points";
      case ASSUMED: return "assumed, not proved (definition, postulate or approximation)";
      case FAILED: return "false: a nonzero residual or a counterexample";
      case TIMEOUT: return "its work budget, or the wall-clock safety limit, ran out";
      default: return "neither proved nor refuted";
    }
  }

  /**
   * A link written ≈ that was proved through an approximation: proved, but only up to what it rests on, so it gets
   * its own mark (✓ with ≈ beneath) and legend line, never the plain ✓ of an exact step.
   */
  static final String APPROX_MEANING = "follows from an approximation (≈), which the result then rests on";

  static String approxMath() {
    return "\\checkmark_{\\approx}";
  }

  static String approxUnicode() {
    return "✓≈";
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

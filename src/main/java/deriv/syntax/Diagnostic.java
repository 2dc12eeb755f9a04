package deriv.syntax;

/**
 * A problem found in a file, kept as data: where, how bad, a stable code and a message. Rendering it as
 * {@code path:line:col} with the source line and a caret happens only in the outputs.
 */
public record Diagnostic(Severity severity, String code, String message, Span span) {
  public enum Severity { ERROR, WARNING }

  public static Diagnostic error(String code, String message, Span span) {
    return new Diagnostic(Severity.ERROR, code, message, span);
  }
}

package deriv.units;

/** Why a value cannot be computed; its message is shown to the user as it is. */
final class EvalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  EvalException(String message) {
    super(message, null, false, false);
  }
}

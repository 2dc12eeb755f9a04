package deriv.diagnose;

/**
 * Advice on a step that did not hold: a likely cause, named only after the kernel proved the corrected step.
 *
 * @param kind a stable code: sign-error, constant-factor, missing-term, swapped-symbols, inverted-fraction,
 *     missing-assumption, other-rule
 * @param message one sentence for the author, with the corrected equation that was proved
 */
public record Hint(String kind, String message) {}

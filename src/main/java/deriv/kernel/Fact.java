package deriv.kernel;

/**
 * A named equation {@code lhs = rhs} available to later steps: a postulate, an approximation or a claim.
 * {@code established} is false when some step of it was not proved (or assumed); such a fact cannot be used.
 */
public record Fact(String name, Term lhs, Term rhs, boolean established) {}

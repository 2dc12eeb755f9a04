package deriv.kernel;

/**
 * A definite integral over a closed interval, {@code ∫_lo^hi body d(var)}: var is a real bound in the body; lo and
 * hi lie outside its scope. Never evaluated by the computer algebra (an opaque atom there); the kernel's own rules
 * (ftc, substitution, parts, linearity) rewrite it with their side conditions discharged.
 */
public record DefiniteIntegral(Var var, Term lo, Term hi, Term body) implements Term {}

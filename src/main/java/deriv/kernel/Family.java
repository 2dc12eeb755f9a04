package deriv.kernel;

/** An indexed family {@code name[lo..hi]} whose members have sort {@code element} (VECTOR or SCALAR). */
public record Family(Var name, Term lo, Term hi, Sort element) {}

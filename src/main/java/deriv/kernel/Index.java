package deriv.kernel;

/** A member {@code x[i]} of an indexed family. */
public record Index(Var family, Term index) implements Term {}

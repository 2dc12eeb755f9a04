package deriv.kernel;

import java.util.List;

/**
 * A named equation {@code lhs = rhs} available to later steps: a postulate, an approximation or a claim.
 * {@code established} is false when some step of it was not proved (or assumed); such a fact cannot be used.
 *
 * @param evidence the postulates, approximations and tested steps it rests on (transitively, imports included)
 * @param approximate whether it only holds approximately ({@code ≈}): it rests on an approximation or a link
 *     written {@code ≈}
 */
public record Fact(String name, Term lhs, Term rhs, boolean established, List<Evidence> evidence,
    boolean approximate) {

  public Fact {
    evidence = List.copyOf(evidence);
  }

  /** A fact that rests on nothing but proofs. */
  public Fact(String name, Term lhs, Term rhs, boolean established) {
    this(name, lhs, rhs, established, List.of(), false);
  }

  /**
   * The same equation without its evidence (the checker's): what a rule needs to use it, still marked when it holds
   * only approximately (numbers then refute nothing with it).
   */
  public Fact withoutEvidence() {
    return new Fact(name, lhs, rhs, established, List.of(), approximate);
  }

  /** The same fact (same evidence) with other sides, name or standing. */
  public Fact with(String newName, Term newLhs, Term newRhs, boolean nowEstablished) {
    return new Fact(newName, newLhs, newRhs, nowEstablished, evidence, approximate);
  }
}

package deriv.kernel;

import java.util.List;

/** A rule that derives an equation {@code lhs = rhs} from earlier facts ({@code claim …: L = R from h1 by RULE}). */
public interface EquationRule {
  String name();

  String theorem();

  /** PROVED only when the premises entail {@code lhs = rhs} with every side condition discharged. */
  Verdict derive(Term lhs, Term rhs, List<Fact> premises, List<Term> args, Context ctx, Prover p);
}

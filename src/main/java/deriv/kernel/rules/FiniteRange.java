package deriv.kernel.rules;

import deriv.kernel.BigOp;
import deriv.kernel.Context;
import deriv.kernel.Num;
import deriv.kernel.Prover;
import deriv.kernel.Rewrite;
import deriv.kernel.Rule;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sum or product over a range with integer literal bounds, written out term by term:
 * {@code Σ_{j=a..b} f(j) = f(a) + … + f(b)} and {@code Π_{j=a..b} f(j) = f(a)·…·f(b)}; a range with b < a is empty,
 * so the sum is 0 and the product 1. A left-out value must be an integer literal too (its term is skipped).
 *
 * <p>No side condition: this is the definition of a finite sum over the integers. At most {@value #MAX_TERMS} terms,
 * so that a large range cannot exhaust memory.
 */
final class FiniteRange implements Rule {
  static final int MAX_TERMS = 64;

  @Override
  public String name() {
    return "finite";
  }

  @Override
  public String theorem() {
    return "Σ_{j=a..b} f(j) = f(a) + … + f(b), Π_{j=a..b} f(j) = f(a)·…·f(b) for integer literals a, b (at most "
        + MAX_TERMS + " terms); b < a: the empty sum 0, the empty product 1";
  }

  @Override
  public Rewrite rewrite(Term t, Context ctx, Prover p) {
    if (!(t instanceof BigOp b) || !(b.lo() instanceof Num lo) || !(b.hi() instanceof Num hi) || !lo.isInteger()
        || !hi.isInteger()) {
      return null;
    }
    Num except = null;
    if (b.hasExcept()) {
      if (!(b.except() instanceof Num e) || !e.isInteger()) {
        return null;
      }
      except = e;
    }
    BigInteger count = hi.numerator().subtract(lo.numerator()).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_TERMS)) > 0) {
      return null;
    }
    List<Term> terms = new ArrayList<>();
    for (BigInteger j = lo.numerator(); j.compareTo(hi.numerator()) <= 0; j = j.add(BigInteger.ONE)) {
      Num value = Num.of(j, BigInteger.ONE);
      if (!value.equals(except)) {
        terms.add(Terms.substitute(b.body(), Map.of(b.index(), value)));
      }
    }
    boolean sum = b.kind() == BigOp.Kind.SUM;
    if (terms.isEmpty()) {
      return Rewrite.of(sum ? Num.ZERO : Num.ONE, "the range " + Ranges.show(b) + " is empty");
    }
    return Rewrite.of(sum ? Terms.plus(terms) : Terms.times(terms));
  }
}

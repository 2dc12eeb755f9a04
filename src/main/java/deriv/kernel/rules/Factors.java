package deriv.kernel.rules;

import deriv.kernel.Head;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A term read as a product of factors (nested products flattened), split by a property of the factors. */
record Factors(List<Term> matching, List<Term> others) {
  /** The factors of {@code t}: the arguments of (nested) products, or t itself. */
  static List<Term> of(Term t) {
    List<Term> out = new ArrayList<>();
    collect(t, out);
    return out;
  }

  private static void collect(Term t, List<Term> out) {
    if (t instanceof Op o && o.head() == Head.TIMES) {
      o.args().forEach(a -> collect(a, out));
    } else {
      out.add(t);
    }
  }

  /** The summands of {@code t}: the arguments of (nested) sums, or t itself. */
  static List<Term> summands(Term t) {
    List<Term> out = new ArrayList<>();
    collectSummands(t, out);
    return out;
  }

  private static void collectSummands(Term t, List<Term> out) {
    if (t instanceof Op o && o.head() == Head.PLUS) {
      o.args().forEach(a -> collectSummands(a, out));
    } else {
      out.add(t);
    }
  }

  static Factors split(Term t, Predicate<Term> test) {
    List<Term> yes = new ArrayList<>();
    List<Term> no = new ArrayList<>();
    for (Term f : of(t)) {
      (test.test(f) ? yes : no).add(f);
    }
    return new Factors(yes, no);
  }

  Term matchingProduct() {
    return Terms.times(matching);
  }

  Term othersProduct() {
    return Terms.times(others);
  }
}

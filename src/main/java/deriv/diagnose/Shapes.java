package deriv.diagnose;

import deriv.kernel.Head;
import deriv.kernel.Num;
import deriv.kernel.Op;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The shapes of a side that diagnoses look at: its terms, their coefficients, its fractions. */
final class Shapes {
  private Shapes() {}

  /** A term as coefficient × rest, e.g. {@code -2*a*b} is (−2, a*b); a number n is (n, 1). */
  record Monomial(Num coefficient, Term rest) {
    static Monomial of(Term t) {
      if (t instanceof Num n) {
        return new Monomial(n, Num.ONE);
      }
      if (!Terms.isOp(t, Head.TIMES)) {
        return new Monomial(Num.ONE, t);
      }
      Num c = Num.ONE;
      List<Term> rest = new ArrayList<>();
      for (Term f : ((Op) t).args()) {
        Monomial m = of(f);
        c = multiply(c, m.coefficient);
        if (!m.rest.equals(Num.ONE)) {
          rest.add(m.rest);
        }
      }
      return new Monomial(c, Terms.times(rest));
    }

    Term term() {
      return scaled(coefficient, rest);
    }

    boolean sameAs(Monomial o) {
      return coefficient.equals(o.coefficient) && Terms.alphaEquivalent(rest, o.rest);
    }
  }

  /** The terms of a sum as written (nested sums flattened); a non-sum is its own single term. */
  static List<Term> summands(Term t) {
    List<Term> out = new ArrayList<>();
    if (Terms.isOp(t, Head.PLUS)) {
      ((Op) t).args().forEach(a -> out.addAll(summands(a)));
    } else {
      out.add(t);
    }
    return out;
  }

  static Num multiply(Num a, Num b) {
    return Num.of(a.numerator().multiply(b.numerator()), a.denominator().multiply(b.denominator()));
  }

  static Num negate(Num a) {
    return Num.of(a.numerator().negate(), a.denominator());
  }

  /** {@code k*u}, without a factor 1 and with u's factors flattened, for readable hints. */
  static Term scaled(Num k, Term u) {
    if (k.equals(Num.ONE)) {
      return u;
    }
    if (u.equals(Num.ONE)) {
      return k;
    }
    List<Term> factors = new ArrayList<>(List.of(k));
    if (Terms.isOp(u, Head.TIMES)) {
      factors.addAll(((Op) u).args());
    } else {
      factors.add(u);
    }
    return Terms.times(factors);
  }

  /** Quotients in {@code t} (outermost first): products with a factor {@code b^-n}, and powers {@code b^-n}. */
  static List<Term> fractions(Term t) {
    Set<Term> out = new LinkedHashSet<>();
    collectFractions(t, out);
    return new ArrayList<>(out);
  }

  private static void collectFractions(Term t, Set<Term> out) {
    if (isFraction(t)) {
      out.add(t);
    }
    for (Term c : Terms.children(t)) {
      // the denominators of a quotient are part of it, not fractions of their own
      if (Terms.isOp(t, Head.TIMES) && isFraction(t) && isReciprocal(c)) {
        Terms.children(c).forEach(g -> collectFractions(g, out));
      } else {
        collectFractions(c, out);
      }
    }
  }

  private static boolean isFraction(Term t) {
    return isReciprocal(t) || Terms.isOp(t, Head.TIMES) && ((Op) t).args().stream().anyMatch(Shapes::isReciprocal);
  }

  private static boolean isReciprocal(Term t) {
    return Terms.isOp(t, Head.POWER) && ((Op) t).arg(1) instanceof Num n && n.signum() < 0;
  }

  /** The fraction turned upside down: {@code a*b^-1} becomes {@code b*a^-1}. */
  static Term reciprocal(Term fraction) {
    if (isReciprocal(fraction)) {
      return flip((Op) fraction);
    }
    List<Term> numerator = new ArrayList<>();
    List<Term> denominator = new ArrayList<>();
    for (Term f : ((Op) fraction).args()) {
      if (isReciprocal(f)) {
        numerator.add(flip((Op) f));
      } else {
        denominator.add(Terms.pow(f, Num.MINUS_ONE));
      }
    }
    numerator.addAll(denominator); // numerator first, so that it prints as a/b
    return Terms.times(numerator);
  }

  private static Term flip(Op power) {
    Num e = negate((Num) power.arg(1));
    return e.equals(Num.ONE) ? power.arg(0) : Terms.pow(power.arg(0), e);
  }

  /** {@code t} with every occurrence of {@code target} replaced. */
  static Term replace(Term t, Term target, Term replacement) {
    return t.equals(target) ? replacement : Terms.mapChildren(t, c -> replace(c, target, replacement));
  }
}

package deriv.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Prints terms in deriv's surface syntax with the fewest parentheses that keep the meaning. */
final class TermPrinter {
  // precedence: a subterm printed at a lower level than its context needs parentheses
  private static final int SUM = 1;
  private static final int PRODUCT = 2;
  private static final int UNARY_MINUS = 3;
  private static final int POWER = 4;
  private static final int ATOM = 5;

  private TermPrinter() {}

  static String show(Term t) {
    return print(t, 0);
  }

  private static String print(Term t, int context) {
    String s = bare(t);
    return level(t) < context ? "(" + s + ")" : s;
  }

  private static int level(Term t) {
    if (t instanceof Num n) {
      return n.signum() < 0 ? UNARY_MINUS : n.isInteger() ? ATOM : PRODUCT;
    }
    if (t instanceof DefiniteIntegral) {
      return PRODUCT; // (∫_0^1 x dx)^2
    }
    if (t instanceof Op o) {
      switch (o.head()) {
        case PLUS:
          return SUM;
        case TIMES:
          return timesLevel(o);
        case POWER:
          return isReciprocal(o) ? PRODUCT : POWER;
        default:
          return ATOM;
      }
    }
    return ATOM;
  }

  private static String bare(Term t) {
    if (t instanceof Num n) {
      return n.toString();
    }
    if (t instanceof Var v) {
      return v.name();
    }
    if (t instanceof Apply a) {
      return a.function().name() + "(" + list(a.args()) + ")";
    }
    if (t instanceof Index i) {
      return i.family().name() + "[" + print(i.index(), 0) + "]";
    }
    if (t instanceof BigOp b) {
      String name = b.kind() == BigOp.Kind.SUM ? "sum" : "prod";
      String except = b.hasExcept() ? ", " + b.index().name() + " != " + print(b.except(), 0) : "";
      return name + "(" + b.index().name() + "=" + print(b.lo(), ATOM) + ".." + print(b.hi(), ATOM) + except + ", "
          + print(b.body(), 0) + ")";
    }
    if (t instanceof Integral i) {
      // a family is written bare, as in the language: int(x, p, …)
      String domains = i.vars().stream().map(v -> v.sort() == Sort.FAMILY ? v.name() : v.name() + " in " + domain(v))
          .collect(Collectors.joining(", "));
      return "int(" + domains + ", " + print(i.body(), 0) + ")";
    }
    if (t instanceof DefiniteIntegral d) {
      // as a textbook writes it; the body keeps its parentheses when it is a sum (∫_0^1 (x + 1) dx)
      return "∫_" + script(d.lo()) + "^" + script(d.hi()) + " " + print(d.body(), PRODUCT) + " d" + d.var().name();
    }
    return op((Op) t);
  }

  /** A bound of ∫_a^b: one character bare, anything longer in braces ({@code ∫_{T_1}^{T_2}}). */
  private static String script(Term t) {
    String s = print(t, 0);
    return s.codePointCount(0, s.length()) == 1 ? s : "{" + s + "}";
  }

  private static String domain(Var v) {
    switch (v.sort()) {
      case VECTOR:
        return "R^3";
      default:
        return "R";
    }
  }

  private static String op(Op o) {
    switch (o.head()) {
      case PLUS:
        return sum(o.args());
      case TIMES:
        return product(o.args());
      case POWER:
        return isReciprocal(o) ? "1/" + print(reciprocalBase(o), POWER) : print(o.arg(0), ATOM) + "^" + print(o.arg(1), ATOM);
      case PI:
        return "pi";
      case INFINITY:
        return "∞";
      case ABS:
      case NORM:
        return "|" + print(o.arg(0), 0) + "|";
      case DELTA:
        return "δ(" + print(o.arg(0), 0) + ")";
      case LOG:
        return "ln(" + print(o.arg(0), 0) + ")";
      case FACTORIAL: // (3!)!, not 3!!, which reads as a double factorial
        return (Terms.isOp(o.arg(0), Head.FACTORIAL) ? "(" + print(o.arg(0), 0) + ")" : print(o.arg(0), ATOM)) + "!";
      case DIFF:
        return "d/d" + print(o.arg(1), ATOM) + "(" + print(o.arg(0), 0) + ")";
      default:
        return o.head().name().toLowerCase(java.util.Locale.ROOT) + "(" + list(o.args()) + ")";
    }
  }

  private static String list(List<Term> ts) {
    return ts.stream().map(x -> print(x, 0)).collect(Collectors.joining(", "));
  }

  private static String sum(List<Term> ts) {
    StringBuilder sb = new StringBuilder(print(ts.get(0), SUM));
    for (Term t : ts.subList(1, ts.size())) {
      Term negated = negation(t);
      if (negated != null) {
        sb.append(" - ").append(print(negated, PRODUCT));
      } else {
        sb.append(" + ").append(print(t, SUM + 1));
      }
    }
    return sb.toString();
  }

  /**
   * Factors in order, nested products flattened and the numbers multiplied into one leading coefficient (so the
   * kernel's −(−1·β·q) reads −1·−1·β·q = β·q, never "--1*β*q"); {@code x^-1} after the first factor prints as
   * {@code /x}; a coefficient −1 as a minus sign.
   */
  private static String product(List<Term> fs) {
    Folded f = fold(fs);
    List<Term> rest = new ArrayList<>(f.rest());
    String sign = "";
    if (f.coefficient().equals(Num.MINUS_ONE)) {
      sign = "-";
    } else if (!f.coefficient().equals(Num.ONE) || rest.isEmpty()) {
      rest.add(0, f.coefficient());
    }
    StringBuilder sb = new StringBuilder(sign);
    if (rest.isEmpty()) {
      return sb.append('1').toString();
    }
    for (int k = 0; k < rest.size(); k++) {
      Term factor = rest.get(k);
      Term denominator = reciprocalBase(factor);
      if (k == 0) {
        sb.append(denominator != null ? "1/" + print(denominator, POWER) : print(factor, PRODUCT));
      } else if (denominator != null) {
        sb.append('/').append(print(denominator, POWER));
      } else {
        sb.append('*').append(print(factor, POWER));
      }
    }
    return sb.toString();
  }

  /** A product's numbers multiplied together, and its other factors in order (nested products flattened). */
  private record Folded(Num coefficient, List<Term> rest) {}

  private static Folded fold(List<Term> factors) {
    Num c = Num.ONE;
    List<Term> rest = new ArrayList<>();
    for (Term f : factors) {
      for (Term g : Terms.factors(f)) {
        if (g instanceof Num n) {
          c = c.times(n);
        } else {
          rest.add(g);
        }
      }
    }
    return new Folded(c, rest);
  }

  /** {@code b} for {@code b^-1}, {@code b^k} for {@code b^-k}; null when not a reciprocal. */
  private static Term reciprocalBase(Term t) {
    if (t instanceof Op o && o.head() == Head.POWER && o.arg(1) instanceof Num e && e.signum() < 0) {
      Num positive = Num.of(e.numerator().negate(), e.denominator());
      return positive.equals(Num.ONE) ? o.arg(0) : Terms.pow(o.arg(0), positive);
    }
    return null;
  }

  private static boolean isReciprocal(Op o) {
    return reciprocalBase(o) != null;
  }

  /** A product that prints as one number or one factor binds as that does: 1/(3*3) is 1/9, not 1/(9). */
  private static int timesLevel(Op times) {
    Folded f = fold(times.args());
    if (f.rest().isEmpty()) {
      return level(f.coefficient());
    }
    if (f.coefficient().equals(Num.ONE) && f.rest().size() == 1) {
      return level(f.rest().get(0));
    }
    return f.coefficient().signum() < 0 ? UNARY_MINUS : PRODUCT;
  }

  private static boolean isNegative(Op times) {
    return fold(times.args()).coefficient().signum() < 0;
  }

  /** {@code x} for {@code -1*x}, {@code c*x} for {@code -c*x}, {@code n} for the number {@code -n}; else null. */
  private static Term negation(Term t) {
    if (t instanceof Num n && n.signum() < 0) {
      return Num.of(n.numerator().negate(), n.denominator());
    }
    if (t instanceof Op o && o.head() == Head.TIMES && isNegative(o)) {
      Folded f = fold(o.args());
      List<Term> rest = new ArrayList<>(f.rest());
      if (!f.coefficient().equals(Num.MINUS_ONE)) {
        rest.add(0, f.coefficient().negate());
      }
      return Terms.times(rest);
    }
    return null;
  }
}

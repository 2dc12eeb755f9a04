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
    if (t instanceof Op o) {
      switch (o.head()) {
        case PLUS:
          return SUM;
        case TIMES:
          return isNegative(o) ? UNARY_MINUS : PRODUCT;
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
      String domains = i.vars().stream().map(v -> v.name() + " in " + domain(v)).collect(Collectors.joining(", "));
      return "int(" + domains + ", " + print(i.body(), 0) + ")";
    }
    return op((Op) t);
  }

  private static String domain(Var v) {
    switch (v.sort()) {
      case VECTOR:
        return "R^3";
      case FAMILY:
        return "(R^3)^" + v.name();
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

  /** Factors in order; {@code x^-1} after the first factor prints as {@code /x}; a leading -1 as a minus sign. */
  private static String product(List<Term> fs) {
    List<Term> rest = new ArrayList<>(fs);
    String sign = "";
    if (rest.get(0).equals(Num.MINUS_ONE)) {
      sign = "-";
      rest.remove(0);
    }
    StringBuilder sb = new StringBuilder(sign);
    for (int k = 0; k < rest.size(); k++) {
      Term f = rest.get(k);
      Term denominator = reciprocalBase(f);
      if (k == 0) {
        sb.append(denominator != null ? "1/" + print(denominator, POWER) : print(f, PRODUCT));
      } else if (denominator != null) {
        sb.append('/').append(print(denominator, POWER));
      } else {
        sb.append('*').append(print(f, POWER));
      }
    }
    return sb.toString();
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

  private static boolean isNegative(Op times) {
    return times.arg(0) instanceof Num n && n.signum() < 0;
  }

  /** {@code x} for {@code -1*x}, {@code c*x} for {@code -c*x}, {@code n} for the number {@code -n}; else null. */
  private static Term negation(Term t) {
    if (t instanceof Num n && n.signum() < 0) {
      return Num.of(n.numerator().negate(), n.denominator());
    }
    if (t instanceof Op o && o.head() == Head.TIMES && o.arg(0) instanceof Num n && n.signum() < 0) {
      List<Term> rest = new ArrayList<>(o.args().subList(1, o.args().size()));
      if (!n.equals(Num.MINUS_ONE)) {
        rest.add(0, Num.of(n.numerator().negate(), n.denominator()));
      }
      return Terms.times(rest);
    }
    return null;
  }
}

package deriv.kernel.symja;

import deriv.kernel.BigOp;
import deriv.kernel.Head;
import deriv.kernel.Index;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Term;
import deriv.kernel.Terms;
import deriv.kernel.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Turns a Symja result back into a kernel term so that residuals print in the user's names and notation. Used for
 * messages only; anything outside the allow-list gives up and the caller prints Symja's own form.
 */
final class FromSymja {
  private final Map<ISymbol, Object> meanings;

  FromSymja(Map<ISymbol, Object> meanings) {
    this.meanings = meanings;
  }

  /** The residual as the user would write it, or Symja's form when it leaves the allow-list. */
  String show(IExpr e) {
    return toTerm(e).map(Terms::show).orElseGet(() -> renamed(e.toString()));
  }

  private static final java.util.regex.Pattern SYMJA_NAME =
      java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*\\$\\d+"); // Greek names too: ε$3 is ε

  /**
   * Symja's own form with its symbols in the user's names ({@code g$2'(x$1)} is {@code g'(x)}): a name deriv gave a
   * symbol is put back, and a suffix Symja added is dropped.
   */
  private String renamed(String symja) {
    Map<String, String> names = new HashMap<>();
    meanings.forEach((symbol, meaning) -> {
      if (meaning instanceof Var v) {
        names.put(symbol.toString(), v.name());
      }
    });
    java.util.regex.Matcher m = SYMJA_NAME.matcher(symja);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = names.getOrDefault(m.group(), m.group().substring(0, m.group().indexOf('$')));
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(name));
    }
    return m.appendTail(out).toString();
  }

  Optional<Term> toTerm(IExpr e) {
    try {
      return Optional.of(term(e));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }

  private Term term(IExpr e) {
    if (e instanceof IInteger i) {
      return Num.of(i.toBigNumerator(), java.math.BigInteger.ONE);
    }
    if (e instanceof IFraction f) {
      return Num.of(f.toBigNumerator(), f.toBigDenominator());
    }
    if (e instanceof ISymbol s) {
      return symbol(s);
    }
    if (!(e instanceof IAST ast)) {
      throw new IllegalArgumentException();
    }
    IExpr head = ast.head();
    if (head instanceof ISymbol s && meanings.containsKey(s)) {
      return application(meanings.get(s), args(ast));
    }
    if (ast.isPlus()) {
      return Terms.plus(args(ast));
    }
    if (ast.isTimes()) {
      return Terms.times(args(ast));
    }
    if (ast.isPower()) {
      return power(ast);
    }
    if (head.isSymbol() && head.toString().equals(SymjaSetup.HUGE_POWER) && ast.argSize() == 2) {
      return Terms.pow(term(ast.arg1()), term(ast.arg2())); // a held power, in deriv's words
    }
    if (ast.argSize() == 1 && (head == S.Sinh || head == S.Cosh || head == S.Tanh || head == S.Coth)) {
      return hyperbolic(head, term(ast.arg1()));
    }
    if (ast.argSize() == 1) {
      Head h = unary(head);
      if (h != null) {
        return Terms.op(h, term(ast.arg1()));
      }
    }
    if ((head == S.Sum || head == S.Product) && ast.argSize() == 2 && ast.arg2().isList()
        && ast.arg2().argSize() == 3 && meanings.get(ast.arg2().first()) instanceof Var j) {
      IAST range = (IAST) ast.arg2();
      BigOp.Kind kind = head == S.Sum ? BigOp.Kind.SUM : BigOp.Kind.PRODUCT;
      return new BigOp(kind, j, term(range.arg2()), term(range.arg3()), null, term(ast.arg1()));
    }
    throw new IllegalArgumentException();
  }

  private Term power(IAST ast) {
    if (ast.base() == S.E) {
      return Terms.exp(term(ast.exponent()));
    }
    if (ast.exponent().equals(F.C1D2)) {
      return Terms.sqrt(term(ast.base()));
    }
    return Terms.pow(term(ast.base()), term(ast.exponent()));
  }

  /**
   * Symja's simplifier writes exponentials as hyperbolic functions (e^x − e^(−x) as 2·Sinh(x)); deriv's sinh and its
   * kin are exponentials in the kernel, so they come back as such.
   */
  private static Term hyperbolic(IExpr head, Term x) {
    Term up = Terms.exp(x);
    Term down = Terms.exp(Terms.neg(x));
    if (head == S.Sinh) {
      return Terms.div(Terms.minus(up, down), Num.of(2));
    }
    if (head == S.Cosh) {
      return Terms.div(Terms.plus(List.of(up, down)), Num.of(2));
    }
    if (head == S.Tanh) {
      return Terms.div(Terms.minus(up, down), Terms.plus(List.of(up, down)));
    }
    return Terms.div(Terms.plus(List.of(up, down)), Terms.minus(up, down)); // Coth
  }

  private static Head unary(IExpr head) {
    if (head == S.Log) {
      return Head.LOG;
    }
    if (head == S.Abs) {
      return Head.ABS;
    }
    if (head == S.Sin) {
      return Head.SIN;
    }
    if (head == S.Cos) {
      return Head.COS;
    }
    if (head == S.Tan) {
      return Head.TAN;
    }
    if (head == S.Factorial || head.isSymbol() && head.toString().equals(SymjaSetup.HUGE_FACTORIAL)) {
      return Head.FACTORIAL; // a held factorial is still the factorial, in deriv's words
    }
    return null;
  }

  private Term symbol(ISymbol s) {
    if (s == S.Pi) {
      return Terms.op(Head.PI);
    }
    if (s == S.E) {
      return Terms.exp(Num.ONE);
    }
    Object meaning = meanings.get(s);
    if (meaning instanceof Var v) {
      return v;
    }
    if (meaning instanceof ToSymja.Atom a && a.params().isEmpty()) {
      return a.pattern();
    }
    throw new IllegalArgumentException();
  }

  private Term application(Object meaning, List<Term> args) {
    if (meaning instanceof ToSymja.Atom a && a.params().size() == args.size()) {
      Map<Var, Term> s = new HashMap<>();
      for (int k = 0; k < args.size(); k++) {
        s.put(a.params().get(k), args.get(k));
      }
      return Terms.substitute(a.pattern(), s);
    }
    if (meaning instanceof Var f && f.sort() == Sort.FAMILY && args.size() == 1) {
      return new Index(f, args.get(0));
    }
    if (meaning instanceof Var f) {
      return new deriv.kernel.Apply(f, args);
    }
    throw new IllegalArgumentException();
  }

  private List<Term> args(IAST ast) {
    List<Term> out = new ArrayList<>();
    for (int k = 1; k <= ast.argSize(); k++) {
      out.add(term(ast.get(k)));
    }
    return out;
  }
}

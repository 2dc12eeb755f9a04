package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;

import org.junit.jupiter.api.Test;

class DebugTest {
  @Test
  void show() {
    Var x = scalar("x"), y = scalar("y"), a = scalar("a"), b = scalar("b");
    Var f = function("f");
    Context pos = reals(a, b).withCondition(positive(a)).withCondition(positive(b));
    print(decide(sq(minus(x, y)), plus(sq(x), times(num(2), x, y), sq(y)), reals(x, y)));
    print(decide(log(plus(a, b)), plus(log(a), log(b)), pos));
    print(decide(apply(f, plus(x, y)), plus(apply(f, x), apply(f, y)), reals(x, y)));
    print(decide(log(times(a, b)), plus(log(a), log(b)), pos));
    print(decide(log(times(a, b)), plus(log(a), log(b)), reals(a, b)));
    print(decide(sqrt(sq(x)), x, reals(x)));
    print(decide(sqrt(sq(x)), x, reals(x).withCondition(positive(x))));
    print(decide(log(sq(x)), times(num(2), log(x)), reals(x).withCondition(ne(x, num(0)))));
    print(decide(log(sq(x)), times(num(2), log(x)), reals(x).withCondition(positive(x))));
    print(decide(sin(x), x, reals(x)));
  }

  static Term sin(Term t) { return Terms.op(Head.SIN, t); }

  static void print(Verdict v) {
    System.out.println(v.status() + " | " + v.message() + " | residual=" + v.residual() + " | cx=" + v.counterexample());
    v.trace().forEach(l -> System.out.println("    " + l));
  }
}

package deriv.kernel;

import static deriv.kernel.K.*;
import static deriv.kernel.Terms.*;

import org.junit.jupiter.api.Test;

class DebugTest {
  @Test
  void show() {
    Var n = integer("N"), c = scalar("c"), b = scalar("b");
    Context ctx = reals(n, c, b).withCondition(ge(n, num(1)));
    Var a = family("a");
    Var cc = family("c");
    Var j = integer("j");
    Var k = integer("k");
    Term lhs = prod(j, num(1), n, times(exp(neg(times(b, new Index(a, j)))), exp(neg(times(b, new Index(cc, j))))));
    Term rhs = prod(k, num(1), n, exp(neg(times(b, plus(new Index(a, k), new Index(cc, k))))));
    print(decide(lhs, rhs, ctx));
    print(decide(times(exp(neg(times(b, new Index(a, j)))), exp(neg(times(b, new Index(cc, j))))), exp(neg(times(b, plus(new Index(a, j), new Index(cc, j))))), ctx.with(j)));
  }

  static void print(Verdict v) {
    System.out.println(v.status() + " | " + v.message() + " | residual=" + v.residual() + " | cx=" + v.counterexample());
    v.trace().forEach(l -> System.out.println("    " + l));
  }
}

package deriv.perf;

import java.util.Random;

/**
 * Generated derivation files for benchmarks and tests: many cheap algebra steps, from a seed. {@code wrongEvery}
 * makes every n-th claim false (0: none), and the step after it uses that claim, so that the results of a file
 * depend on which steps were established.
 */
public final class Generated {
  /** Steps per derivation: files grow by adding derivations, as real ones do. */
  public static final int STEPS_PER_DERIVATION = 10;

  private Generated() {}

  /** A file with {@code steps} kernel-checked steps (links, derived steps and goals). */
  public static String file(int steps, long seed, int wrongEvery) {
    Random r = new Random(seed);
    StringBuilder out = new StringBuilder("# generated: " + steps + " steps, seed " + seed + "\n");
    int made = 0;
    for (int d = 0; made < steps; d++) {
      int here = Math.min(STEPS_PER_DERIVATION, steps - made);
      out.append(derivation("gen_" + d, here, r, wrongEvery));
      made += here;
    }
    return out.toString();
  }

  private static String derivation(String name, int steps, Random r, int wrongEvery) {
    StringBuilder out = new StringBuilder("derivation ").append(name).append('\n')
        .append("let a, b, x : real\nlet c : positive\n");
    // The claims: k-1 one-link claims, and a goal that restates the last one (the goal is a kernel step too).
    String lastLhs = null;
    String lastRhs = null;
    for (int i = 1; i < steps; i++) {
      int k = 1 + r.nextInt(9);
      String[] id = identity(r.nextInt(5), k);
      boolean wrong = wrongEvery > 0 && r.nextInt(wrongEvery) == 0;
      String rhs = wrong ? id[1] + " + " + k : id[1];
      if (i > 1 && r.nextInt(3) == 0) {
        // A link justified by the previous claim: its verdict depends on that claim being established.
        out.append("claim s").append(i).append(": ").append(lastLhs).append(" = ").append(lastRhs)
            .append(" by s").append(i - 1).append('\n');
        continue;
      }
      out.append("claim s").append(i).append(": ").append(id[0]).append("\n  = ").append(rhs)
          .append(" by algebra\n");
      lastLhs = id[0];
      lastRhs = rhs;
    }
    if (lastLhs == null) {
      out.append("claim s1: a = a by algebra\n");
      lastLhs = "a";
      lastRhs = "a";
    }
    return out.append("goal ").append(lastLhs).append(" = ").append(lastRhs).append("\n\n").toString();
  }

  /** Five families of true identities, with a coefficient k. */
  private static String[] identity(int kind, int k) {
    switch (kind) {
      case 0: return new String[] {"(a + " + k + "*b)^2", "a^2 + " + 2 * k + "*a*b + " + k * k + "*b^2"};
      case 1: return new String[] {"(x + " + k + ")*(x - " + k + ")", "x^2 - " + k * k};
      case 2: return new String[] {"exp(a + " + k + "*b)", "exp(a)*exp(b)^" + k};
      case 3: return new String[] {"(a^2 - " + k * k + "*b^2)/(a + " + k + "*b)", "a - " + k + "*b"};
      default: return new String[] {"c^" + k + "*c", "c^" + (k + 1)};
    }
  }
}

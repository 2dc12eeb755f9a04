package deriv.fmt;

import java.util.Random;

/**
 * Random derivations as an author might type them: odd spacing, every operator and statement kind, comments in
 * awkward places. They need only parse, not check.
 */
final class Generated {
  private final Random random;

  Generated(long seed) {
    random = new Random(seed);
  }

  String file() {
    StringBuilder s = new StringBuilder(maybeComment("# generated\n"));
    int derivations = 1 + random.nextInt(2);
    for (int d = 0; d < derivations; d++) {
      s.append("derivation g").append(d).append(random.nextBoolean() ? " \"Title " + d + " # x\"" : "")
          .append(maybeComment("   # head")).append('\n');
      s.append("let   a,b ,c : real").append(random.nextBoolean() ? " , a!=0" : "").append('\n');
      s.append(blank()).append("let f : R->R").append(maybeComment(" #f")).append('\n');
      s.append(maybeComment("  # before def\n")).append("def D:=").append(expr(3)).append('\n');
      s.append("postulate p").append(d).append(" : f(a) =").append(expr(2)).append('\n');
      s.append(blank()).append("claim c").append(d).append(":").append(ws()).append(expr(3));
      int links = 1 + random.nextInt(3);
      for (int l = 0; l < links; l++) {
        s.append(random.nextBoolean() ? "\n" + ws() + "  " : " ").append(maybeComment("# mid\n  "))
            .append(random.nextInt(5) == 0 ? "≈" : "=").append(ws()).append(expr(3))
            .append(random.nextBoolean() ? " by algebra" : "").append(maybeComment("  # link"));
      }
      s.append('\n').append(random.nextBoolean() ? "note \"a \\\"note\\\"\"\n" : "");
      s.append("goal ").append(expr(2)).append(" = ").append(expr(2)).append('\n').append(blank());
    }
    return s.append(maybeComment("# end\n")).toString();
  }

  private String expr(int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      String[] atoms = {"a", "b", "c", "2", "1.5", "D", "f(a)", "|b|", "exp(a)", "sum(j*a, j=1..3)"};
      return atoms[random.nextInt(atoms.length)];
    }
    switch (random.nextInt(6)) {
      case 0: return "-" + expr(depth - 1);
      case 1: return "(" + expr(depth - 1) + ")";
      default: {
        String[] ops = {"+", "-", "*", "/", "^", "·"};
        String op = ops[random.nextInt(ops.length)];
        String right = op.equals("^") ? "(" + expr(depth - 1) + ")" : expr(depth - 1);
        return expr(depth - 1) + ws() + op + ws() + right;
      }
    }
  }

  private String ws() {
    return random.nextBoolean() ? "" : " ".repeat(1 + random.nextInt(2));
  }

  private String blank() {
    return random.nextInt(3) == 0 ? "\n\n" : "";
  }

  private String maybeComment(String c) {
    return random.nextInt(3) == 0 ? c : "";
  }
}

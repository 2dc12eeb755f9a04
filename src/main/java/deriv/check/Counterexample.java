package deriv.check;

import deriv.kernel.Verdict;
import java.util.Map;

/** A counterexample as every output prints it: {@code a = 1, b = 2}, in deriv's words. */
public final class Counterexample {
  private Counterexample() {}

  /**
   * {@code a = 1, b = 2}. A key that is not a name but a phrase (the kernel's "for every value of", beside the
   * integrals a refutation did not need to evaluate) is printed as the phrase followed by its value, without "=".
   */
  public static String describe(Map<String, String> values) {
    StringBuilder s = new StringBuilder();
    values.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k)
        .append(isPhrase(k) ? " " : " = ").append(v));
    return s.toString();
  }

  /**
   * The verdict with its point written readably where the kernel quoted it whole ({@code at {q=1, for every value
   * of=int(…)}}): a phrase is followed by its value, never by "=". Only the quoted point changes.
   */
  public static Verdict readable(Verdict v) {
    Map<String, String> point = v.counterexample();
    // a proved verdict has no counterexample, and is never rebuilt outside the kernel
    if (v.isProved() || point.keySet().stream().noneMatch(Counterexample::isPhrase)) {
      return v;
    }
    String raw = point.toString();
    StringBuilder shown = new StringBuilder("{");
    point.forEach((k, val) -> shown.append(shown.length() == 1 ? "" : ", ").append(k).append(isPhrase(k) ? " " : "=")
        .append(val));
    String fixed = shown.append('}').toString();
    Verdict out = Verdict.of(v.status(), v.rule(), v.message().replace(raw, fixed), v.residual(), point,
        v.trace().stream().map(t -> t.replace(raw, fixed)).toList());
    for (String f : v.usedFacts()) {
      out = out.usingFact(f);
    }
    return out;
  }

  /** Names have no spaces; the kernel's explanatory keys do. */
  private static boolean isPhrase(String key) {
    return key.indexOf(' ') >= 0;
  }
}

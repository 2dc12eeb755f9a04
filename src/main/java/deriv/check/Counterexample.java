package deriv.check;

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

  /** Names have no spaces; the kernel's explanatory keys do. */
  private static boolean isPhrase(String key) {
    return key.indexOf(' ') >= 0;
  }
}

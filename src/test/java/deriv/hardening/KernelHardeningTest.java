package deriv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.cli.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The kernel-hardening corpus (issue 10, in the spirit of lean4lean's hardening tests): each file under
 * {@code src/test/resources/hardening/<class>/} states a false claim and must be rejected, for the reason it names.
 *
 * <p>A file begins with {@code # expect: OUTCOME[|OUTCOME…]} and {@code # why: REGEX}. Outcomes: {@code failed} (a step
 * is failed), {@code not-proved} (a step is failed, unknown, tested or timeout), {@code error} (exit 2 with a
 * diagnostic), {@code not-reached} (a goal is not reached). The reason is a case-insensitive Java regex that the
 * message (and trace) of the rejected step, the goal's message or the diagnostic must match. Alternatives are listed
 * only where two honest kernels may reject the same attack in two ways (an import refused, or the importing step
 * unknown). A file without the header (a library imported by an attack) is not run on its own.
 *
 * <p>Every attack is run through the real command line in-process, {@code check --format json --strict}: a
 * <em>tested</em> step must not let a false claim pass. {@code -Dderiv.hardening=hygiene} (any substring of the
 * relative path) runs only the matching attacks. src/test/resources/hardening/STATUS.md lists how each fared.
 */
class KernelHardeningTest {
  static final Path CORPUS = Path.of("src/test/resources/hardening");
  static final List<String> CLASSES = List.of("sums", "numbers", "hygiene", "evidence", "partial", "rules");
  static final Set<String> OUTCOMES = Set.of("failed", "not-proved", "error", "not-reached");
  private static final Set<String> NOT_PROVED = Set.of("failed", "unknown", "tested", "timeout");
  private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: *(\\S+) *$");
  private static final Pattern WHY = Pattern.compile("(?m)^# why: *(.+?) *$");

  /** What a corpus file asks of deriv. */
  record Expectation(Set<String> outcomes, Pattern why) {
    static Expectation of(String text) {
      Matcher e = EXPECT.matcher(text);
      Matcher w = WHY.matcher(text);
      if (!e.find() || !w.find()) {
        return null;
      }
      Set<String> outcomes = new LinkedHashSet<>(Arrays.asList(e.group(1).split("\\|")));
      return new Expectation(outcomes, Pattern.compile(w.group(1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  /** What one checked file produced, read from deriv's JSON. */
  record Outcome(int exit, List<Map<String, Object>> steps, List<Map<String, Object>> goals,
      List<Map<String, Object>> diagnostics, String raw) {

    boolean matches(String outcome, Pattern why) {
      switch (outcome) {
        case "error":
          return exit == 2 && (diagnostics.stream().anyMatch(d -> why.matcher(d.get("code") + ": " + d.get("message"))
              .find()) || diagnostics.isEmpty() && why.matcher(raw).find());
        case "failed":
          return steps.stream().anyMatch(s -> "failed".equals(s.get("status")) && why.matcher(text(s)).find());
        case "not-proved":
          return steps.stream().anyMatch(s -> NOT_PROVED.contains(s.get("status")) && why.matcher(text(s)).find());
        case "not-reached":
          return goals.stream().anyMatch(g -> !reached(g) && why.matcher(String.valueOf(g.get("message"))).find());
        default:
          throw new IllegalArgumentException(outcome);
      }
    }

    /** A goal reached only through a tested step counts as honest for an attack honest deriv cannot refute. */
    boolean someGoalReachedCleanly(Set<String> outcomes) {
      return goals.stream().anyMatch(g -> reached(g) && !(outcomes.contains("not-proved") && restsOnTested(g)));
    }

    String describe() {
      StringBuilder s = new StringBuilder("exit ").append(exit);
      for (Map<String, Object> d : diagnostics) {
        s.append("\n  diagnostic ").append(d.get("code")).append(": ").append(d.get("message"));
      }
      for (Map<String, Object> st : steps) {
        s.append("\n  step ").append(st.get("name")).append(" [").append(st.get("status")).append("] ")
            .append(text(st));
      }
      for (Map<String, Object> g : goals) {
        s.append("\n  goal ").append(reached(g) ? "reached" : "not reached").append(": ").append(g.get("message"));
      }
      if (diagnostics.isEmpty() && steps.isEmpty() && goals.isEmpty()) {
        s.append("\n  ").append(raw);
      }
      return s.toString();
    }

    private static String text(Map<String, Object> step) {
      Object trace = step.get("trace");
      String t = trace instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" ")) : "";
      return step.get("message") + (t.isEmpty() ? "" : " | " + t);
    }

    private static boolean reached(Map<String, Object> goal) {
      return Boolean.TRUE.equals(goal.get("reached"));
    }

    private static boolean restsOnTested(Map<String, Object> goal) {
      return goal.get("rests_on") instanceof List<?> l
          && l.stream().anyMatch(e -> e instanceof Map<?, ?> m && "tested".equals(m.get("kind")));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyAttackIsRejectedForItsReason() throws IOException {
    String only = System.getProperty("deriv.hardening", "");
    return attacks().stream().filter(f -> CORPUS.relativize(f).toString().contains(only)).map(f -> DynamicTest.dynamicTest(CORPUS.relativize(f).toString(), () -> {
      Expectation want = Expectation.of(TestSupport.read(f));
      Outcome got = run(f);
      String where = CORPUS.relativize(f) + " (expect " + want.outcomes() + ", why /" + want.why() + "/)\n"
          + got.describe();
      assertThat(got.exit()).as("a false claim must not pass: %s", where).isNotZero();
      assertThat(got.someGoalReachedCleanly(want.outcomes())).as("the false goal is reached: %s", where).isFalse();
      assertThat(want.outcomes().stream().anyMatch(o -> got.matches(o, want.why())))
          .as("rejected, but not as expected or not for the stated reason: %s", where).isTrue();
    }));
  }

  @Test
  void theCorpusIsLargeWellFormedAndCoversEveryClass() throws IOException {
    List<Path> attacks = attacks();
    assertThat(attacks).hasSizeGreaterThanOrEqualTo(150);
    for (String c : CLASSES) {
      assertThat(attacks).as("class %s", c).anyMatch(f -> CORPUS.relativize(f).startsWith(c));
    }
    for (Path f : attacks) {
      String text = TestSupport.read(f);
      Expectation e = Expectation.of(text);
      assertThat(OUTCOMES).as("outcomes of %s", f).containsAll(e.outcomes());
      assertThat(text).as("%s states its false claim as a goal", f).containsPattern("(?m)^\\s*goal ");
    }
  }

  /** Every corpus file with an {@code # expect:} header, in a stable order. */
  static List<Path> attacks() throws IOException {
    try (Stream<Path> s = Files.walk(CORPUS)) {
      List<Path> out = new ArrayList<>();
      for (Path f : s.filter(p -> p.toString().endsWith(".deriv")).sorted().toList()) {
        if (Expectation.of(TestSupport.read(f)) != null) {
          out.add(f);
        }
      }
      return out;
    }
  }

  @SuppressWarnings("unchecked")
  static Outcome run(Path file) {
    TestSupport.Run r = TestSupport.deriv("check", "--format", "json", "--no-cache", "--strict",
        file.toString());
    TestSupport.assertReadable(file.toString(), r.all());
    List<Map<String, Object>> steps = new ArrayList<>();
    List<Map<String, Object>> goals = new ArrayList<>();
    List<Map<String, Object>> diagnostics = new ArrayList<>();
    Object json;
    try {
      json = TestSupport.parseJson(r.out());
    } catch (RuntimeException notJson) {
      return new Outcome(r.exit(), steps, goals, diagnostics, r.all());
    }
    for (Object f : (List<Object>) ((Map<String, Object>) json).get("files")) {
      Map<String, Object> fm = (Map<String, Object>) f;
      for (Object d : (List<Object>) fm.get("diagnostics")) {
        diagnostics.add((Map<String, Object>) d);
      }
      for (Object d : (List<Object>) fm.get("derivations")) {
        Map<String, Object> dm = (Map<String, Object>) d;
        goals.add((Map<String, Object>) dm.get("goal"));
        for (Object s : (List<Object>) dm.get("steps")) {
          steps.add((Map<String, Object>) s);
        }
      }
    }
    return new Outcome(r.exit(), steps, goals, diagnostics, r.all());
  }
}

package deriv.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import deriv.cache.ObligationKey;
import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.SourceLoader;
import deriv.check.StepCache;
import deriv.check.StepResult;
import deriv.diagnose.Hint;
import deriv.report.TextReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Watch mode's step cache is invisible: after every edit of a random sequence over a few small files (a postulate
 * added or removed, a step changed, a fact renamed), the watched run's output equals a fresh run's. Seeded, so a
 * failure is reproducible; the edit history is in the failure message.
 */
class WatchModePropertyTest {
  private static final long SEED = 20261129L;
  private static final int EDITS = 24;
  private static final Options OPTIONS = new Options(deriv.kernel.Limits.DEFAULT, false);

  /** Steps that are proved, failed or unknown depending on which postulate, under which name, the file has. */
  private static final List<String> STEPS = List.of(
      "a - b = 1",
      "a = b + 1",
      "a = b + 1 by p",
      "a = b + 1 by q",
      "a = b + 1 from p",
      "(a + b)^2 = a^2 + 2*a*b + b^2",
      "a*b = b*a by algebra",
      "2*a = 2*b + 2",
      "a = 2*b");
  private static final List<String> POSTULATES = List.of("a = b + 1", "a = 2*b", "a - b = 1");

  /** One watched file: its optional postulate (name and equation) and its claims. */
  private static final class File {
    final String path;
    String postulateName = "p";
    String postulate;
    final List<String> steps = new ArrayList<>();

    File(String path) {
      this.path = path;
    }

    String text() {
      StringBuilder s = new StringBuilder("derivation w \"watched\"\n  let a, b : real\n");
      if (postulate != null) {
        s.append("  postulate ").append(postulateName).append(": ").append(postulate).append('\n');
      }
      for (int i = 0; i < steps.size(); i++) {
        s.append("  claim c").append(i).append(": ").append(steps.get(i)).append('\n');
      }
      return s.append("  claim z: a*b = b*a\n  goal a*b = b*a\n").toString();
    }
  }

  @Test
  void afterEveryEditTheWatchedOutputEqualsAFreshRun() {
    property(new StepCache(ObligationKey::describe));
  }

  /** The property has teeth: the key watch mode used before (blind to the facts of an algebra link) fails it. */
  @Test
  void aCacheKeyBlindToTheFactsFailsTheProperty() {
    StepCache factBlind = new StepCache(o -> o instanceof Obligation.Link l
        && (l.rule() == null || l.rule().equals("algebra") || l.rule().equals("def"))
        ? ObligationKey.describe(new Obligation.Link(l.a(), l.b(), l.rule(), l.args(), List.of(), l.approximate(), l.context(),
            l.limits()))
        : ObligationKey.describe(o));
    assertThatThrownBy(() -> property(factBlind)).hasMessageContaining("after edits");
  }

  /** Random edits; after each, the run through {@code cache} must print what a fresh run prints. */
  private static void property(StepCache cache) {
    Random random = new Random(SEED);
    List<File> files = List.of(new File("one.deriv"), new File("two.deriv"), new File("three.deriv"));
    for (File f : files) {
      f.steps.add(pick(random, STEPS));
      f.steps.add(pick(random, STEPS));
    }
    files.get(0).postulate = POSTULATES.get(0);
    List<String> history = new ArrayList<>();
    for (int edit = 0; edit <= EDITS; edit++) {
      if (edit > 0) {
        history.add(edit(random, files));
      }
      String watched = describe(run(new Checker(OPTIONS, SourceLoader.NONE, cache), files));
      String fresh = describe(run(new Checker(OPTIONS, SourceLoader.NONE), files));
      assertThat(watched).as("after edits %s", history).isEqualTo(fresh);
    }
    assertThat(cache.hits()).as("the cache was used").isPositive();
  }

  /** One random edit, described for the failure message. */
  private static String edit(Random random, List<File> files) {
    File f = files.get(random.nextInt(files.size()));
    switch (random.nextInt(4)) {
      case 0:
        f.postulate = f.postulate == null ? pick(random, POSTULATES) : null;
        return f.path + (f.postulate == null ? ": postulate removed" : ": postulate " + f.postulate + " added");
      case 1:
        int i = random.nextInt(f.steps.size());
        f.steps.set(i, pick(random, STEPS));
        return f.path + ": c" + i + " is now " + f.steps.get(i);
      case 2:
        f.postulateName = f.postulateName.equals("p") ? "q" : "p";
        return f.path + ": postulate renamed to " + f.postulateName;
      default:
        f.postulate = pick(random, POSTULATES);
        return f.path + ": postulate is now " + f.postulate;
    }
  }

  private static RunResult run(Checker checker, List<File> files) {
    List<FileResult> results = files.stream().map(f -> checker.checkText(f.path, f.text())).toList();
    return new RunResult(results, false);
  }

  /** What the user sees, and every verdict and hint in full. */
  private static String describe(RunResult run) {
    StringBuilder s = new StringBuilder(TextReport.write(run));
    for (FileResult f : run.files()) {
      f.derivations().forEach(d -> {
        for (StepResult step : d.steps()) {
          s.append(f.path()).append(' ').append(step.name()).append(' ').append(step.status()).append(' ')
              .append(step.verdict().rule()).append(" | ").append(step.verdict().message()).append(" | ")
              .append(step.verdict().trace()).append(" | ").append(step.hints().stream().map(Hint::kind).toList())
              .append('\n');
        }
      });
    }
    return s.toString();
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}

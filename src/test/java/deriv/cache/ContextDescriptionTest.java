package deriv.cache;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.check.StepResult;
import deriv.cli.ParallelChecker;
import deriv.cli.SourceFiles;
import deriv.kernel.AssumedEquation;
import deriv.kernel.Condition;
import deriv.kernel.Context;
import deriv.kernel.Num;
import deriv.kernel.Sort;
import deriv.kernel.Status;
import deriv.kernel.Var;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An obligation is keyed by its description (verdict cache, parallel checker): a part of the context the description
 * leaves out lets two obligations that differ in it share a verdict. Codomains once were left out, and
 * abs(p(t)) = p(t) with p : R -> R was "proved" from the same step with p : R -> positive.
 */
class ContextDescriptionTest {
  private static final String POSITIVE = """
      derivation d
      let t : real
      let p : R -> positive
      claim c: abs(p(t)) = p(t)
      goal abs(p(t)) = p(t)
      """;
  private static final String ANY_SIGN = POSITIVE.replace("R -> positive", "R -> R");

  @TempDir
  Path tmp;

  @Test
  void everyPartOfTheContextIsInItsParts() {
    long parts = Arrays.stream(Context.class.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getType)
        .filter(t -> t.getSimpleName().equals("Prefix"))
        .count();
    assertThat(parts).as("the context's parts (one Prefix each)").isGreaterThanOrEqualTo(6);
    assertThat(Context.empty().parts()).hasSize((int) parts);
  }

  @Test
  void contextsThatDifferOnlyInACodomainOrAnAssumedEquationAreDescribedDifferently() {
    Var p = new Var(1, "p", Sort.FUNCTION);
    Var x = new Var(2, "x", Sort.SCALAR);
    Context base = Context.empty().with(p).with(x);
    Context positive = base.withCodomain(new Context.Codomain(p, Condition.Relation.GREATER));
    Context negative = base.withCodomain(new Context.Codomain(p, Condition.Relation.LESS));
    Context pinned = base.withAssumedEquation(new AssumedEquation(x, Num.of(2), List.of(), true));
    List<String> described = List.of(base, positive, negative, pinned).stream()
        .map(ObligationKey::describeValue).toList();
    assertThat(described).doesNotHaveDuplicates();
  }

  @Test
  void aStepWithAnotherCodomainIsNotAnsweredByTheSameStepInTheSameRun() {
    Map<String, Status> byFile = run(Path.of("positive.deriv"), Path.of("any_sign.deriv"));
    assertThat(byFile).containsEntry("positive.deriv", Status.PROVED).containsEntry("any_sign.deriv", Status.FAILED);
  }

  @Test
  void aStepWithAnotherCodomainIsNotAnsweredFromTheVerdictCache() {
    Path dir = tmp.resolve("cache");
    Map<String, String> env = Map.of("XDG_CACHE_HOME", tmp.resolve("home").toString());
    assertThat(statusOf(VerdictCache.inFrontOf(deriv.check.Decider.KERNEL, dir, env), POSITIVE))
        .isEqualTo(Status.PROVED);
    assertThat(statusOf(VerdictCache.inFrontOf(deriv.check.Decider.KERNEL, dir, env), ANY_SIGN))
        .isEqualTo(Status.FAILED);
  }

  private static Status statusOf(deriv.check.Decider d, String text) {
    return stepC(new deriv.check.Checker(Options.DEFAULT, SourceLoader.NONE, d).checkText("t.deriv", text));
  }

  private static Map<String, Status> run(Path first, Path second) {
    List<SourceFiles.Source> sources = List.of(new SourceFiles.Source(first.toString(), POSITIVE, null),
        new SourceFiles.Source(second.toString(), ANY_SIGN, null));
    try (ParallelChecker c = new ParallelChecker(Options.DEFAULT, SourceLoader.NONE, deriv.check.Decider.KERNEL, 2)) {
      List<FileResult> results = c.checkSources(sources);
      return Map.of(results.get(0).path(), stepC(results.get(0)), results.get(1).path(), stepC(results.get(1)));
    }
  }

  private static Status stepC(FileResult r) {
    return r.derivations().get(0).steps().stream().filter(s -> s.name().equals("c")).map(StepResult::status)
        .findFirst().orElseThrow();
  }
}

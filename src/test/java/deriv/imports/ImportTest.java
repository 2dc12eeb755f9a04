package deriv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import deriv.check.StepResult;
import deriv.kernel.Status;
import deriv.syntax.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results imported from other files: used when sound, refused (with a position) when not. */
class ImportTest {
  private static final String BASE = """
      derivation base "Base"
      let a, b : positive
      let x : real
      def s := x + 1
      claim ab: log(a*b) = log(a) + log(b)
      claim sq: s^2 = x^2 + 2*x + 1
      claim wrong: x = 2*x
      goal s^2 = x^2 + 2*x + 1
      """;

  private static FileResult check(Map<String, String> files, String path) {
    Checker checker = new Checker(Options.DEFAULT, p -> {
      String text = files.get(p);
      if (text == null) {
        throw new IOException("no such file");
      }
      return text;
    });
    return checker.checkText(path, files.get(path));
  }

  private static List<String> codes(FileResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void anImportedResultCanBeInstantiatedAndUsed() {
    String user = """
        derivation user "User"
        let x, t : real
        def s := x + 1
        import sq from "base.deriv"
        claim use: (t + 1)^2 - 1 = t^2 + 2*t from sq[x := t]
        goal (t + 1)^2 - 1 = t^2 + 2*t
        """;
    FileResult r = check(Map.of("d/base.deriv", BASE, "d/user.deriv", user), "d/user.deriv");
    assertThat(r.diagnostics()).isEmpty();
    List<StepResult> steps = r.derivations().get(0).steps();
    assertThat(steps).filteredOn(s -> s.kind() == StepResult.Kind.IMPORT).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(Status.PROVED));
    assertThat(steps).filteredOn(s -> !s.kind().isAssumed()).allMatch(s -> s.status() == Status.PROVED);
    assertThat(new RunResult(List.of(r), false).exitCode()).isZero();
  }

  @Test
  void aResultProvedUnderAssumptionsThisFileLacksIsRefused() {
    String user = """
        derivation user "User"
        let a, b : real
        import ab from "base.deriv"
        claim use: log(a*b) = log(a) + log(b) from ab
        goal log(a*b) = log(a) + log(b)
        """;
    FileResult r = check(Map.of("base.deriv", BASE, "user.deriv", user), "user.deriv");
    assertThat(codes(r)).containsExactly("import");
    assertThat(r.diagnostics().get(0).message()).contains("a > 0");
    assertThat(r.diagnostics().get(0).span().line()).isEqualTo(3);
  }

  @Test
  void aDefinitionThatDiffersHereIsRefused() {
    String user = """
        derivation user "User"
        let x : real
        def s := x - 1
        import sq from "base.deriv"
        claim use: s^2 = x^2 + 2*x + 1 from sq
        goal s^2 = x^2 + 2*x + 1
        """;
    FileResult r = check(Map.of("base.deriv", BASE, "user.deriv", user), "user.deriv");
    assertThat(codes(r)).containsExactly("import");
    assertThat(r.diagnostics().get(0).message()).contains("defined differently");
    assertThat(r.derivations().get(0).steps()).noneMatch(s -> s.status() == Status.PROVED && s.name().equals("use"));
  }

  @Test
  void aFailedResultIsNotExported() {
    String user = """
        derivation user "User"
        let x : real
        import wrong from "base.deriv"
        claim use: x = 2*x from wrong
        goal x = 2*x
        """;
    FileResult r = check(Map.of("base.deriv", BASE, "user.deriv", user), "user.deriv");
    assertThat(codes(r)).containsExactly("import");
    assertThat(r.diagnostics().get(0).message()).contains("no established result named 'wrong'");
  }

  @Test
  void cyclesMissingFilesAndEscapingPathsAreErrorsWithPositions() {
    String one = "derivation one \"1\"\nlet x : real\nimport t from \"two.deriv\"\nclaim u: x = x\ngoal x = x\n";
    String two = "derivation two \"2\"\nlet x : real\nimport u from \"one.deriv\"\nclaim t: x = x\ngoal x = x\n";
    FileResult cycle = check(Map.of("one.deriv", one, "two.deriv", two), "one.deriv");
    assertThat(cycle.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("import cycle"));

    String missing = "derivation m \"m\"\nlet x : real\nimport t from \"nowhere.deriv\"\nclaim u: x = x\ngoal x = x\n";
    FileResult r = check(Map.of("m.deriv", missing), "m.deriv");
    assertThat(r.diagnostics()).extracting(Diagnostic::message).containsExactly("cannot read nowhere.deriv");
    assertThat(r.diagnostics().get(0).span().line()).isEqualTo(3);

    for (String bad : List.of("../secret.deriv", "/etc/passwd.deriv", "a/../../b.deriv", "notes.txt")) {
      String text = "derivation m \"m\"\nlet x : real\nimport t from \"" + bad + "\"\nclaim u: x = x\ngoal x = x\n";
      FileResult e = check(Map.of("m.deriv", text), "m.deriv");
      assertThat(codes(e)).as(bad).containsExactly("import");
    }
  }
}

package deriv.report;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.check.Checker;
import deriv.check.FileResult;
import deriv.check.Options;
import deriv.check.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output format on real checker output: golden files for the reference derivation and for the post as
 * written (a failing file), and every derivation in derivations/ compiled by the real pdflatex.
 */
class RealDerivationReportsTest {
  private static final Path NERNST = Path.of("derivations/nernst.deriv");
  private static final Path AS_POSTED = Path.of("derivations/broken/nernst-as-posted.deriv");

  @TempDir
  static Path dir;

  private static FileResult nernst;
  private static FileResult asPosted;

  @BeforeAll
  static void check() throws IOException {
    Checker checker = new Checker(new Options(deriv.kernel.Limits.DEFAULT, false),
        p -> Files.readString(Path.of(p), StandardCharsets.UTF_8));
    nernst = checker.checkText(NERNST.toString(), Files.readString(NERNST, StandardCharsets.UTF_8));
    asPosted = checker.checkText(AS_POSTED.toString(), Files.readString(AS_POSTED, StandardCharsets.UTF_8));
  }

  @Test
  void theReferenceDerivationInEveryFormat() {
    RunResult run = new RunResult(List.of(nernst), false);
    assertThat(run.exitCode()).isZero();
    goldens("nernst", nernst, run);
  }

  @Test
  void thePostAsWrittenInEveryFormat() {
    RunResult run = new RunResult(List.of(asPosted), false);
    assertThat(run.exitCode()).isEqualTo(1);
    goldens("nernst-as-posted", asPosted, run);
  }

  /** Every claim is a node; the mean-field approximation's path to the goal is highlighted, and nothing else is. */
  @Test
  void theNernstGraphShowsEveryClaimAndThePathToTheGoal() {
    DerivationGraph g = GraphBuilder.of(nernst.derivations().get(0));
    List<String> claims = nernst.derivations().get(0).derivation().statements().stream()
        .filter(deriv.syntax.Ast.Claim.class::isInstance).map(s -> ((deriv.syntax.Ast.Claim) s).name()).toList();
    assertThat(claims).hasSizeGreaterThanOrEqualTo(14);
    for (String claim : claims) {
      assertThat(g.node(claim)).as(claim).isNotNull();
      assertThat(g.node(claim).kind()).isEqualTo(DerivationGraph.Kind.CLAIM);
      assertThat(g.node(claim).status()).isEqualTo(deriv.kernel.Status.PROVED);
    }
    assertThat(g.node("mean_field").kind()).isEqualTo(DerivationGraph.Kind.APPROXIMATION);
    assertThat(g.node("β").kind()).isEqualTo(DerivationGraph.Kind.DEFINITION);
    List<String> path = List.of("mean_field", "mean_field_hamiltonian", "mean_field_weight", "density",
        "density_ratio", "log_ratio", "potential", "nernst", "goal");
    for (int i = 0; i + 1 < path.size(); i++) {
      String from = path.get(i);
      String to = path.get(i + 1);
      assertThat(g.edges()).as(from + " → " + to)
          .anyMatch(e -> e.from().equals(from) && e.to().equals(to) && e.citation() && e.onGoalPath());
    }
    List<String> highlighted = g.nodes().stream().filter(DerivationGraph.Node::onGoalPath)
        .map(DerivationGraph.Node::id).toList();
    assertThat(highlighted).containsExactlyInAnyOrderElementsOf(path);
    assertThat(g.edges()).anyMatch(e -> e.from().equals("gaussian_integral") && e.to().equals("single_partition"));
    String svg = DerivationGraphs.svg(nernst);
    for (String claim : claims) {
      assertThat(svg).contains(">" + claim + "</text>");
    }
    String dot = DerivationGraphs.dot(nernst);
    assertThat(dot).contains("\"mean_field\" -> \"mean_field_hamiltonian\"", "\"nernst\" -> \"goal\"");
  }

  private static void goldens(String name, FileResult file, RunResult run) {
    Golden.assertMatches(name + ".txt", TextReport.write(run));
    Golden.assertMatches(name + ".json", JsonReport.write(run));
    // a step's time is measured, so it differs between runs
    Golden.assertMatches(name + ".junit.xml", new JunitXml().write(run).replaceAll(" time=\"[0-9.]+\"", " time=\"…\""));
    Golden.assertMatches(name + ".sarif", new Sarif().write(run));
    Golden.assertMatches(name + ".github.txt", new GithubAnnotations().write(run));
    Golden.assertMatches(name + ".tex", new LatexReport().write(file));
    Golden.assertMatches(name + ".md", new MarkdownReport().write(file));
    Golden.assertMatches(name + ".html", new HtmlReport().write(file));
    Golden.assertMatches(name + ".svg", DerivationGraphs.svg(file));
  }

  @Test
  void everyDerivationsReportCompiles() throws Exception {
    deriv.cli.TestSupport.assumeInstalled("pdflatex", "the LaTeX compile tests of the library "
        + "(RealDerivationReportsTest)", deriv.cli.TestSupport.PDFLATEX_PACKAGES);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("derivations"))) {
      files = walk.filter(p -> p.toString().endsWith(".deriv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    Checker checker = new Checker(new Options(deriv.kernel.Limits.DEFAULT, false),
        p -> Files.readString(Path.of(p), StandardCharsets.UTF_8));
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      FileResult r = checker.checkText(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      String name = f.getFileName().toString().replace(".deriv", "");
      Path tex = dir.resolve(name + ".tex");
      Files.writeString(tex, new LatexReport().write(r), StandardCharsets.UTF_8);
      String log = LatexRunner.compile(tex);
      if (!Files.exists(dir.resolve(name + ".pdf"))) {
        failures.add(f + ":\n" + log);
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The real pdflatex, with the flags docs/reports.md recommends. */
  static final class LatexRunner {
    static boolean available() {
      try {
        return new ProcessBuilder("pdflatex", "--version").redirectErrorStream(true).start().waitFor() == 0;
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }

    static String compile(Path tex) throws IOException, InterruptedException {
      Process p = new ProcessBuilder("pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error",
          "-file-line-error", tex.getFileName().toString()).directory(tex.getParent().toFile())
          .redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return out;
    }
  }
}

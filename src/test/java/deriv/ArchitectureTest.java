package deriv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trust boundaries of docs/architecture.md, enforced: only the kernel decides "proved", only its Symja adapter
 * talks to Symja, the front end depends on nothing behind it, and only the command line touches files.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("deriv");
  }

  @Test
  void onlyTheSymjaAdapterUsesSymja() {
    noClasses().that().resideOutsideOfPackage("deriv.kernel.symja..")
        .should().dependOnClassesThat().resideInAPackage("org.matheclipse..")
        .check(classes);
  }

  @Test
  void theKernelDependsOnNothingOutsideIt() {
    noClasses().that().resideInAPackage("deriv.kernel..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.syntax..", "deriv.resolve..", "deriv.check..",
            "deriv.report..", "deriv.cli..", "deriv.lsp..")
        .check(classes);
  }

  @Test
  void theSyntaxDependsOnNoOtherPartOfDeriv() {
    noClasses().that().resideInAPackage("deriv.syntax..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.resolve..", "deriv.kernel..", "deriv.check..",
            "deriv.report..", "deriv.cli..", "deriv.lsp..")
        .check(classes);
  }

  /** The kernel's data a language server may read in deriv.check's results; it asks deriv.check for the rest. */
  private static final java.util.Set<String> RESULT_DATA = java.util.Set.of("deriv.kernel.Verdict",
      "deriv.kernel.Status", "deriv.kernel.Evidence", "deriv.kernel.Evidence$Kind", "deriv.diagnose.Hint");

  /**
   * deriv lsp (issue 14) is untrusted output code like the command line: nothing depends on it but the command line
   * that starts it, and it reaches the kernel only through deriv.check (reading the verdicts in its results).
   */
  @Test
  void theLanguageServerIsOutputCode() {
    noClasses().that().resideInAnyPackage("deriv.kernel..", "deriv.syntax..", "deriv.resolve..", "deriv.check..",
            "deriv.diagnose..", "deriv.report..", "deriv.units..", "deriv.cache..")
        .should().dependOnClassesThat().resideInAPackage("deriv.lsp..")
        .check(classes);
    noClasses().that().resideInAPackage("deriv.lsp..")
        .should().dependOnClassesThat(DescribedPredicate.describe("kernel or diagnosis classes other than result "
            + "data", (com.tngtech.archunit.core.domain.JavaClass c) -> (c.getPackageName().startsWith("deriv.kernel")
            || c.getPackageName().startsWith("deriv.diagnose")) && !RESULT_DATA.contains(c.getName())))
        .orShould().dependOnClassesThat().resideInAnyPackage("deriv.cache..", "org.matheclipse..")
        .check(classes);
  }

  @Test
  void layersOnlyLookBackwards() {
    noClasses().that().resideInAPackage("deriv.resolve..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.check..", "deriv.report..", "deriv.cli..",
            "deriv.lsp..")
        .check(classes);
    noClasses().that().resideInAPackage("deriv.check..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.report..", "deriv.cli..", "deriv.lsp..")
        .check(classes);
    noClasses().that().resideInAPackage("deriv.report..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.cli..", "deriv.lsp..")
        .check(classes);
  }

  /**
   * Reports (the HTML page and the derivation graph included) print verdicts and never make one: deriv.report
   * uses the kernel's data (Status, Verdict, Evidence, terms) but none of its deciders.
   */
  @Test
  void reportsCallNoProver() {
    noClasses().that().resideInAPackage("deriv.report..")
        .should().dependOnClassesThat().resideInAnyPackage("deriv.kernel.symja..", "deriv.kernel.rules..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("deriv.diagnose.Diagnoser")
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Prover")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("deriv.kernel.Kernel")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("deriv.kernel.Algebra")
        .check(classes);
  }

  /** The layout library draws the derivation graph and nothing else: only GraphLayout may use it. */
  @Test
  void onlyTheGraphLayoutUsesTheLayoutLibrary() {
    noClasses().that().doNotHaveFullyQualifiedName("deriv.report.GraphLayout")
        .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.elk..", "org.eclipse.emf..")
        .check(classes);
  }

  /** A PROVED verdict is made only in the kernel: nothing else may call Verdict.proved or Verdict's constructor. */
  @Test
  void onlyTheKernelMakesProvedVerdicts() {
    noClasses().that().resideOutsideOfPackage("deriv.kernel..")
        .should().callMethod(Verdict.class, "proved", String.class, String.class, java.util.List.class)
        .orShould().callConstructorWhere(DescribedPredicate.describe("Verdict's constructor",
            call -> call.getTarget().getOwner().isEquivalentTo(Verdict.class)))
        .check(classes);
  }

  /** Verdict.of(PROVED, …) would be a back door: no method outside the kernel both names PROVED and calls it. */
  @Test
  void noBackDoorThroughVerdictOf() {
    methods().that().areDeclaredInClassesThat().resideOutsideOfPackage("deriv.kernel..")
        .should(new ArchCondition<JavaMethod>("not both read Status.PROVED and call Verdict.of") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean readsProved = method.getFieldAccesses().stream()
                .anyMatch(a -> a.getTarget().getOwner().isEquivalentTo(Status.class)
                    && a.getTarget().getName().equals("PROVED"));
            boolean callsOf = method.getMethodCallsFromSelf().stream()
                .anyMatch(c -> c.getTarget().getOwner().isEquivalentTo(Verdict.class)
                    && c.getTarget().getName().equals("of"));
            boolean valueOf = method.getMethodCallsFromSelf().stream()
                .anyMatch(c -> c.getTarget().getOwner().isEquivalentTo(Status.class)
                    && c.getTarget().getName().equals("valueOf"));
            if (callsOf && (readsProved || valueOf)) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " may build a PROVED verdict"));
            }
          }
        })
        .check(classes);
  }

  /** Files are read (and outputs written) by the command line only; nothing uses the network or reflection. */
  @Test
  void noFileSystemNetworkOrReflectionOutsideTheCommandLine() {
    // The command line reads the named files; the verdict cache (deriv.cache) keeps signed entries on disk.
    noClasses().that().resideOutsideOfPackages("deriv.cli..", "deriv.cache..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
        .check(classes);
    // Locating the build's own jar (a URL to a URI) is allowed; anything that opens a connection is not.
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
        .orShould().dependOnClassesThat().haveNameMatching(
            "java\\.net\\.(Socket|ServerSocket|DatagramSocket|URLConnection|HttpURLConnection|InetAddress|Proxy).*")
        .orShould().callMethod(java.net.URL.class, "openConnection")
        .orShould().callMethod(java.net.URL.class, "openStream")
        .check(classes);
    // Reading a record's own components (to describe an obligation for the cache key) is the one use of reflection.
    noClasses().that().resideOutsideOfPackage("deriv.cache..")
        .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..")
        .orShould().callMethod(Class.class, "forName", String.class)
        .orShould().callMethod(ClassLoader.class, "loadClass", String.class)
        .check(classes);
  }

  /** Only the command line prints or ends the process. */
  @Test
  void onlyTheCommandLinePrintsOrExits() {
    noClasses().that().resideOutsideOfPackage("deriv.cli..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "exec", String.class)
        .check(classes);
    // One exception: `deriv report --pdf` runs pdflatex (with -no-shell-escape) on the report it wrote.
    noClasses().that().doNotHaveFullyQualifiedName("deriv.cli.Pdflatex")
        .should().callMethodWhere(DescribedPredicate.describe("starts a process",
            (JavaAccess<?> call) -> call.getTarget().getOwner().getName().equals(ProcessBuilder.class.getName())))
        .check(classes);
  }
}

package deriv.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPath(java.nio.file.Paths.get("target/classes"));

  @Test
  void onlyTheSymjaPackageTouchesSymja() {
    noClasses().that().resideOutsideOfPackage("deriv.kernel.symja..")
        .should().dependOnClassesThat().resideInAPackage("org.matheclipse..")
        .check(classes);
  }
}

package org.telisik.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of DEVELOPERS.md, checked on the production classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.telisik");
    }

    @Test
    void coreUsesNeitherJavaFxNorJdbc() {
        ArchRule rule = noClasses().that().resideInAPackage("org.telisik.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..")
                .because("the engine must run headless and storage-agnostic");
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("org.telisik.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.telisik.workspace..", "org.telisik.report..",
                        "org.telisik.cli..", "org.telisik.ui..", "org.telisik.app..")
                .check(classes);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.telisik.ui..")
                .and().doNotHaveFullyQualifiedName("org.telisik.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("JavaFX controls belong to the desktop layer only")
                .check(classes);
    }

    @Test
    void onlyWorkspaceUsesJdbc() {
        noClasses().that().resideOutsideOfPackages("org.telisik.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void onlyCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackages("org.telisik.cli..")
                .should().accessField(System.class, "out")
                .because("standard output carries the command line's results, e.g. analyze --json -")
                .check(classes);
    }

    @Test
    void noProgramIsRunAndTikaIsSetUpOnlyByOfflineTika() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
                .orShould().callMethod(Runtime.class, "exec", String.class)
                .orShould().callMethod(Runtime.class, "exec", String[].class)
                .because("no external program runs: results must not depend on what a laptop's PATH holds")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("org.telisik.core.detect.OfflineTika")
                .should().callMethod("org.apache.tika.config.TikaConfig", "getDefaultConfig")
                .orShould().callConstructor("org.apache.tika.parser.AutoDetectParser")
                .orShould().callConstructor("org.apache.tika.Tika")
                .because("Tika's default set-up loads the OCR and external parsers, which run tesseract, ffmpeg,"
                        + " exiftool and sox from PATH")
                .check(classes);
    }
}

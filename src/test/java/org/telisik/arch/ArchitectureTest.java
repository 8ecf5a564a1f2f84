package org.telisik.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
        noClasses().that().resideOutsideOfPackages("org.telisik.workspace..", "org.telisik.dbfile..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .because("the workspace is the only store; the one exception, org.telisik.dbfile, reads SQLite evidence"
                        + " files, whose only maintained Java reader is a JDBC driver (see the next rule)")
                .check(classes);
    }

    @Test
    void databaseFileReadersOnlyReadEvidenceThroughSqlite() {
        noClasses().that().resideInAPackage("org.telisik.dbfile..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.flywaydb..", "org.telisik.workspace..",
                        "org.telisik.app..", "org.telisik.cli..", "org.telisik.ui..", "org.telisik.report..")
                .because("dbfile holds readers of evidence database files, not a second store")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.telisik.dbfile..")
                .should().dependOnClassesThat().resideInAPackage("org.telisik.dbfile..")
                .because("core finds these readers through ServiceLoader (ReaderProvider), so nothing names them")
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

    /** One door: the front ends reach storage and the engine only through the application's use cases. */
    @Test
    void frontEndsEnterThroughTheApplication() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Desktop").definedBy("org.telisik.ui..")
                .layer("Command line").definedBy("org.telisik.cli..")
                .layer("Application").definedBy("org.telisik.app..")
                .layer("Workspace").definedBy("org.telisik.workspace..")
                .layer("Report").definedBy("org.telisik.report..")
                .layer("Core").definedBy("org.telisik.core..")
                .whereLayer("Desktop").mayNotBeAccessedByAnyLayer()
                .whereLayer("Command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Desktop", "Command line")
                .whereLayer("Workspace").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Application", "Desktop", "Command line")
                .check(classes);
    }

    /**
     * Of the engine, the front ends see the value types, the build facts, the progress of an analysis they show,
     * the masking and escaping of text they display and owner-only file creation for what they write themselves
     * (the analysis JSON); everything else they get from a use case.
     */
    @Test
    void frontEndsSeeOnlyTheEnginesValueTypesAndProgress() {
        DescribedPredicate<JavaClass> shown = DescribedPredicate.describe("value types, build facts, progress and"
                        + " the masking of displayed text",
                c -> c.getPackageName().startsWith("org.telisik.core.model")
                        || c.getName().startsWith("org.telisik.core.analysis.Progress")
                        || c.getName().equals("org.telisik.core.analysis.AnalysisCancelledException")
                        || c.getName().equals("org.telisik.core.BuildInfo")
                        || c.getName().equals("org.telisik.core.OwnerOnlyFiles")
                        || c.getName().startsWith("org.telisik.core.identity.TextMasking")
                        || c.getName().startsWith("org.telisik.core.identity.VisibleText"));
        noClasses().that().resideInAnyPackage("org.telisik.ui..", "org.telisik.cli..")
                .should().dependOnClassesThat(resideInAPackage("org.telisik.core..").and(DescribedPredicate.not(shown)))
                .check(classes);
    }

    @Test
    void enginePackagesAreFreeOfCycles() {
        slices().matching("org.telisik.core.(*)..").should().beFreeOfCycles().check(classes);
    }
}

package dev.byline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the JSON modules over core: the model (core), then the wire format
 * ({@code dev.byline.wire}, free of any JSON library), then the two adapters, which use the wire
 * format and their own Jackson only, and never each other. Core's own layers are held by core's
 * {@code LayeringTest}.
 */
@AnalyzeClasses(packages = "dev.byline", importOptions = ImportOption.DoNotIncludeTests.class)
class JsonLayeringTest {

    /** Core, then the wire format, then the adapters; nothing below uses what is above it. */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("dev.byline", "dev.byline.internal..", "dev.byline.web..", "dev.byline.text..",
                    "dev.byline.locale..", "dev.byline.slug..", "dev.byline.related..")
            .layer("wire").definedBy("dev.byline.wire..")
            .layer("jackson2").definedBy("dev.byline.jackson..")
            .layer("jackson3").definedBy("dev.byline.jackson3..")
            .whereLayer("core").mayOnlyAccessLayers("core")
            .whereLayer("wire").mayOnlyAccessLayers("core", "wire")
            .whereLayer("jackson2").mayOnlyAccessLayers("core", "wire", "jackson2")
            .whereLayer("jackson3").mayOnlyAccessLayers("core", "wire", "jackson3")
            .because("the wire format is written once over core, and each Jackson adapter only translates it "
                    + "(ARCHITECTURE.md)");

    /** The wire format knows no JSON library. */
    @ArchTest
    static final ArchRule WIRE_IS_JACKSON_FREE = noClasses().that().resideInAPackage("dev.byline.wire..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..")
            .because("the wire format is written once, free of Jackson, and each generation adapts it");

    /** Each adapter speaks its own Jackson only. */
    @ArchTest
    static final ArchRule JACKSON2_ONLY = noClasses().that().resideInAPackage("dev.byline.jackson..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
            .because("byline-jackson is the Jackson 2 adapter");

    /** Each adapter speaks its own Jackson only. */
    @ArchTest
    static final ArchRule JACKSON3_ONLY = noClasses().that().resideInAPackage("dev.byline.jackson3..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
                    "com.fasterxml.jackson.databind..")
            .because("byline-jackson3 is the Jackson 3 adapter");

    /** No cycles among byline's packages, core and JSON together. */
    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching("dev.byline.(*)..").should().beFreeOfCycles()
            .because("a package cycle would undo the layering (ARCHITECTURE.md)");
}

package dev.byline.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.byline.related.RelatedPosts;
import dev.byline.web.LayerViolation;
import org.junit.jupiter.api.Test;

/**
 * The package layering of the core module, bottom up: {@code dev.byline} (the value types, with
 * {@code dev.byline.internal}), {@code web}, {@code text}, {@code locale}, {@code slug},
 * {@code related}. Each package uses only the ones below it; an {@code X.internal} package
 * belongs to {@code X}; and no packages form a cycle.
 *
 * <p>The pattern for another module: list its layers bottom up, give each one
 * {@code mayOnlyAccessLayers} of itself and what lies below, and check its slices for cycles.
 */
@AnalyzeClasses(packages = "dev.byline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Each package uses only itself and the packages below it. */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("dev.byline", "dev.byline.internal..")
            .layer("web").definedBy("dev.byline.web..")
            .layer("text").definedBy("dev.byline.text..")
            .layer("locale").definedBy("dev.byline.locale..")
            .layer("slug").definedBy("dev.byline.slug..")
            .layer("related").definedBy("dev.byline.related..")
            .whereLayer("model").mayOnlyAccessLayers("model")
            .whereLayer("web").mayOnlyAccessLayers("model")
            .whereLayer("text").mayOnlyAccessLayers("model", "web")
            .whereLayer("locale").mayOnlyAccessLayers("model", "web", "text")
            .whereLayer("slug").mayOnlyAccessLayers("model", "web", "text", "locale")
            .because("core's packages are layered bottom up as model (dev.byline and its internal), web, text, "
                    + "locale, slug, related, and each may use only those below it (ARCHITECTURE.md)");

    /** No two top-level packages depend on each other, directly or through others. */
    @ArchTest
    static final ArchRule NO_CYCLES = slices().matching("dev.byline.(*)..")
            .should().beFreeOfCycles()
            .because("a package cycle would undo the layering (ARCHITECTURE.md)");

    /** The layer rule names the offending class, the layer and the reason. */
    @Test
    void aViolationIsReportedClearly() {
        JavaClasses classes = new ClassFileImporter().importClasses(LayerViolation.class, RelatedPosts.class);

        EvaluationResult result = LAYERS.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("Rule 'Layered architecture considering only dependencies in layers, consisting of")
                .contains("because core's packages are layered bottom up as model")
                .contains("was violated")
                .contains("Method <dev.byline.web.LayerViolation.higher()> references class object "
                        + "<dev.byline.related.RelatedPosts>");
    }

    /** The cycle rule names the slices of a cycle. */
    @Test
    void aCycleIsReportedClearly() {
        JavaClasses classes = new ClassFileImporter().importClasses(LayerViolation.class, RelatedPosts.class,
                dev.byline.related.CycleBack.class);

        EvaluationResult result = NO_CYCLES.evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("because a package cycle would undo the layering")
                .contains("Cycle detected: Slice related -> ")
                .contains("Slice web");
    }
}

package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor exports the API and hides the internals. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        Path classes = Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find("dev.byline").orElseThrow().descriptor();
    }

    @Test
    void exportsTheModelAndNoInternalPackage() throws URISyntaxException {
        ModuleDescriptor d = descriptor();
        var exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).contains("dev.byline");
        assertThat(exported).noneMatch(p -> p.contains("internal"));
        assertThat(d.packages()).contains("dev.byline.internal");
        assertThat(d.exports()).allMatch(e -> !e.isQualified());
        assertThat(d.opens()).isEmpty();
    }

    @Test
    void annotationOnlyDependenciesAreStatic() throws URISyntaxException {
        ModuleDescriptor d = descriptor();
        assertThat(d.requires()).filteredOn(r -> r.name().equals("org.immutables.value.annotations")
                        || r.name().equals("org.jspecify"))
                .hasSize(2)
                .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        assertThat(d.requires()).anyMatch(r -> r.name().equals("com.ibm.icu") && r.modifiers().isEmpty());
    }

    @Test
    void exportsTheServiceInterfaceOfAddOnsAndUsesIt() throws URISyntaxException {
        ModuleDescriptor d = descriptor();
        var exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).contains("dev.byline.slug.spi");
        assertThat(d.uses()).containsExactly("dev.byline.slug.spi.JapaneseReader");
        assertThat(d.provides()).isEmpty();
        assertThat(d.requires()).noneMatch(r -> r.name().startsWith("org.apache.lucene"));
    }
}

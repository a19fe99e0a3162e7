package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On the module path: byline-core, this module, Lucene and core's dependencies as named modules
 * in a fresh layer, where only {@code uses} and {@code provides} connect the slugger to the reader
 * ({@code META-INF/services} is ignored for named modules), and Lucene loads its own services as a
 * module. The slugger is called through reflection, inside the layer.
 */
class ModulePathTest {

    /** The jars and class folders of the test class path that the modules need. */
    private static Path[] modulePath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("lucene-") || p.contains("icu4j") || p.contains("jsoup")
                        || p.contains("commonmark") || p.contains("jspecify")
                        || p.replace('\\', '/').matches(".*/(core|japanese)/target/(classes|[^/]*\\.jar)"))
                .map(Path::of)
                .toArray(Path[]::new);
    }

    @Test
    void theSluggerFindsTheReaderAsAModule() throws Exception {
        Path[] path = modulePath();
        ModuleFinder finder = ModuleFinder.of(path);
        Configuration config = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("dev.byline.japanese"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());

        assertThat(layer.findModule("dev.byline")).isPresent();
        assertThat(layer.findModule("org.apache.lucene.analysis.kuromoji")).isPresent();
        ClassLoader loader = layer.findLoader("dev.byline");
        Class<?> sluggerClass = loader.loadClass("dev.byline.slug.Slugger");
        assertThat(sluggerClass.getModule().isNamed()).isTrue();
        Object slugger = sluggerClass.getMethod("forLocale", Locale.class).invoke(null, Locale.JAPANESE);
        Object slug = sluggerClass.getMethod("slugify", String.class).invoke(slugger, "東京の天気、2024年の人々");
        String value = (String) slug.getClass().getMethod("value").invoke(slug);

        assertThat(value).isEqualTo("tokyo-no-tenki-2024-nen-no-hitobito");
        Object reader = ((java.util.Optional<?>) sluggerClass.getMethod("japaneseReader").invoke(slugger)).orElseThrow();
        assertThat(reader.getClass().getModule().getName()).isEqualTo("dev.byline.japanese");
        assertThat(List.of(path)).isNotEmpty();
    }
}

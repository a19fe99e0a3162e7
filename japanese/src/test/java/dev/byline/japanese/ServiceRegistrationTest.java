package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.slug.Slugger;
import dev.byline.slug.spi.JapaneseReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader is registered twice, for the class path ({@code META-INF/services}) and the module
 * path ({@code provides} in module-info), and both registrations name the same class; on the class
 * path (how these tests run) the slugger finds it.
 */
class ServiceRegistrationTest {

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        Path classes = Path.of(KuromojiReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find("dev.byline.japanese").orElseThrow().descriptor();
    }

    private static List<String> servicesFile() throws IOException {
        try (InputStream in = KuromojiReader.class.getResourceAsStream(
                "/META-INF/services/" + JapaneseReader.class.getName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void moduleInfoAndServicesFileProvideTheSameReader() throws Exception {
        ModuleDescriptor d = descriptor();
        List<ModuleDescriptor.Provides> provides = List.copyOf(d.provides());

        assertThat(provides).hasSize(1);
        assertThat(provides.get(0).service()).isEqualTo(JapaneseReader.class.getName());
        assertThat(provides.get(0).providers()).containsExactlyElementsOf(servicesFile());
        assertThat(servicesFile()).containsExactly(KuromojiReader.class.getName());
    }

    @Test
    void theModuleRequiresCoreTransitivelyAndLuceneDirectly() throws Exception {
        ModuleDescriptor d = descriptor();
        Set<String> requires = d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

        assertThat(requires).contains("dev.byline", "org.apache.lucene.core", "org.apache.lucene.analysis.kuromoji");
        assertThat(d.requires()).filteredOn(r -> r.name().equals("dev.byline"))
                .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.byline.japanese");
    }

    @Test
    void serviceLoaderFindsTheReaderOnTheClassPath() {
        assertThat(ServiceLoader.load(JapaneseReader.class).stream().map(ServiceLoader.Provider::type).toList())
                .containsExactly(KuromojiReader.class);
    }

    @Test
    void theSluggerUsesItWithoutBeingToldTo() {
        Slugger slugger = Slugger.forLocale(Locale.JAPANESE);

        assertThat(slugger.japaneseReader()).get().isInstanceOf(KuromojiReader.class);
        assertThat(slugger.slugify("東京").value()).isEqualTo("tokyo");
        assertThat(slugger).hasToString("Slugger[locale=ja, separator=-, maxLength=80, ascii, japaneseReader=KuromojiReader]");
    }
}

package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Registration, options and the published shape of the module. */
class BylineModuleTest {

    @Test
    void findAndRegisterModulesPicksUpTheModule() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(BylineModule.class.getName());
        String json = mapper.writeValueAsString(Samples.sample());
        assertThat(json).isEqualTo(BylineJson.writer().writeValueAsString(Samples.sample()));
        assertThat(mapper.readValue(json, Article.class)).isEqualTo(Samples.sample());
    }

    @Test
    void serviceFileAndModuleDescriptorNameTheSameProvider() throws Exception {
        List<String> services;
        try (InputStream in = BylineModule.class.getResourceAsStream(
                "/META-INF/services/com.fasterxml.jackson.databind.Module")) {
            services = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        }
        ModuleDescriptor descriptor;
        java.nio.file.Path classes = java.nio.file.Path.of(
                BylineModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("dev.byline.jackson");
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(Module.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toList());
        assertThat(services).containsExactly(BylineModule.class.getName());
        assertThat(provided).isEqualTo(services);
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.byline.jackson");
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void serviceLoaderCreatesADefaultModule() {
        assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::get))
                .contains(new BylineModule());
    }

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(new BylineModule().version().toString()).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(new BylineModule().version().getArtifactId()).isEqualTo("byline-jackson");
        assertThat(new BylineModule().version().getGroupId()).isEqualTo("dev.byline");
        assertThat(BylineJsonVersion.artifactVersion()).isEqualTo(new BylineModule().version().toString());
    }

    @Test
    void optionsReturnNewModulesAndLeaveTheOriginalAlone() {
        BylineModule defaults = new BylineModule();
        BylineModule strict = defaults.withFailOnUnknownProperties(true);
        assertThat(strict).isNotSameAs(defaults).isNotEqualTo(defaults);
        assertThat(strict.isFailOnUnknownProperties()).isTrue();
        assertThat(defaults.isFailOnUnknownProperties()).isFalse();
        assertThat(defaults.isFailOnTrailingTokens()).isTrue();
        assertThat(defaults.maxDocumentLength()).isEqualTo(BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThat(defaults.withMaxDocumentLength(10).maxDocumentLength()).isEqualTo(10);
        assertThat(strict.withFailOnUnknownProperties(false)).isEqualTo(defaults).hasSameHashCodeAs(defaults);
        assertThat(strict.toString()).contains("failOnUnknownProperties=true");
    }

    @Test
    void maxDocumentLengthMustBePositive() {
        assertThatThrownBy(() -> new BylineModule().withMaxDocumentLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }

    @Test
    void smallerDocumentLimitIsEnforced() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new BylineModule().withMaxDocumentLength(100));
        assertThatThrownBy(() -> mapper.readValue(BadDocumentsTest.BASE, Article.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("document must be at most 100 bytes");
    }

    @Test
    void severalRootArticlesCanBeReadWhenTrailingTokensAreAllowed() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new BylineModule().withFailOnTrailingTokens(false)).build();
        ObjectReader reader = mapper.readerFor(Article.class);
        String two = BadDocumentsTest.BASE + "\n" + BadDocumentsTest.BASE;
        assertThat(reader.<Article>readValues(two).readAll()).hasSize(2);
        ObjectMapper checking = new ObjectMapper().registerModule(new BylineModule());
        assertThatThrownBy(() -> checking.readerFor(Article.class).readValues(two).readAll())
                .hasMessageContaining("trailing tokens");
    }

    @Test
    void firstRegistrationWinsSoMixingRegistrationsIgnoresTheSecond() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new BylineModule().withFailOnUnknownProperties(true))
                .findAndAddModules().build();
        String json = BadDocumentsTest.plus("\"x\":1");
        assertThatThrownBy(() -> mapper.readValue(json, Article.class)).hasMessageContaining("unknown property");
    }

    @Test
    void serializersAndDeserializersAreNotPublic() throws ClassNotFoundException {
        for (String name : List.of("ArticleSerializer", "ArticleDeserializer", "AuthorSerializer", "AuthorDeserializer",
                "Reading", "Writing", "PackageVersion")) {
            Class<?> c = Class.forName("dev.byline.jackson." + name);
            assertThat(Modifier.isPublic(c.getModifiers())).as(name).isFalse();
        }
        assertThat(Modifier.isFinal(BylineModule.class.getModifiers())).isTrue();
    }
}

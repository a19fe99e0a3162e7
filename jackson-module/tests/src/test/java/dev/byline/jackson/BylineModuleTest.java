package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import dev.byline.jackson.Adapter.ModuleView;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Registration, options and the published shape of each adapter's module. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class BylineModuleTest {

    @Parameter
    Adapter adapter;

    @Test
    void discoveryPicksUpTheModule() throws Exception {
        Adapter.Codec discovered = adapter.discovered();
        String json = discovered.write(Samples.sample());
        assertThat(json).isEqualTo(adapter.hardenedReaderWriter().write(Samples.sample()));
        assertThat(discovered.read(json, Article.class)).isEqualTo(Samples.sample());
    }

    @Test
    void serviceFileAndModuleDescriptorNameTheSameProvider() throws Exception {
        Class<?> module = adapter.moduleClass();
        List<String> services;
        try (InputStream in = module.getResourceAsStream("/META-INF/services/" + adapter.serviceInterface().getName())) {
            services = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
        }
        ModuleDescriptor descriptor;
        Path classes = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = classes.toFile().isDirectory() ? Files.newInputStream(classes.resolve("module-info.class"))
                : new java.util.jar.JarFile(classes.toFile()).getInputStream(
                        new java.util.jar.JarFile(classes.toFile()).getEntry("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo(adapter.moduleName());
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(adapter.serviceInterface().getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toList());
        assertThat(services).containsExactly(module.getName());
        assertThat(provided).isEqualTo(services);
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(adapter.moduleName());
        assertThat(descriptor.opens()).isEmpty();
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).contains("dev.byline.wire");
    }

    @Test
    void serviceLoaderCreatesADefaultModule() {
        assertThat(adapter.loadedModules()).contains(adapter.module().unwrap());
    }

    @Test
    void versionIsTheBuildsVersion() {
        List<String> version = adapter.module().version();
        assertThat(version.get(0)).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(version.get(1)).isEqualTo("dev.byline");
        assertThat(version.get(2)).isEqualTo(adapter.artifactId());
    }

    @Test
    void optionsReturnNewModulesAndLeaveTheOriginalAlone() {
        ModuleView defaults = adapter.module();
        ModuleView strict = defaults.withFailOnUnknownProperties(true);
        assertThat(strict.unwrap()).isNotSameAs(defaults.unwrap()).isNotEqualTo(defaults.unwrap());
        assertThat(strict.isFailOnUnknownProperties()).isTrue();
        assertThat(defaults.isFailOnUnknownProperties()).isFalse();
        assertThat(defaults.isFailOnTrailingTokens()).isTrue();
        assertThat(defaults.withFailOnTrailingTokens(false).isFailOnTrailingTokens()).isFalse();
        assertThat(defaults.maxDocumentLength()).isEqualTo(BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThat(defaults.withMaxDocumentLength(10).maxDocumentLength()).isEqualTo(10);
        assertThat(strict.withFailOnUnknownProperties(false).unwrap()).isEqualTo(defaults.unwrap())
                .hasSameHashCodeAs(defaults.unwrap());
        assertThat(strict.unwrap().toString()).startsWith("BylineModule[").contains("failOnUnknownProperties=true");
        assertThat(defaults.moduleName()).isEqualTo("byline");
    }

    @Test
    void modulesWithTheSameOptionsAreEqualAndHashAlike() {
        Object a = adapter.module().withMaxDocumentLength(1000).unwrap();
        Object b = adapter.module().withMaxDocumentLength(1000).unwrap();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(adapter.module().unwrap()).isNotEqualTo("byline");
    }

    @Test
    void maxDocumentLengthMustBePositive() {
        assertThatThrownBy(() -> adapter.module().withMaxDocumentLength(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLength must be positive, was 0");
    }

    @Test
    void smallerDocumentLimitIsEnforced() {
        Adapter.Codec mapper = adapter.module().withMaxDocumentLength(100).mapper();
        assertThatThrownBy(() -> mapper.read(BadDocumentsTest.BASE, Article.class))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageContaining("document must be at most 100 bytes");
    }

    @Test
    void severalRootArticlesCanBeReadWhenTrailingTokensAreAllowed() throws Exception {
        String two = BadDocumentsTest.BASE + "\n" + BadDocumentsTest.BASE;
        assertThat(adapter.module().withFailOnTrailingTokens(false).mapper().readAll(two)).hasSize(2);
        assertThatThrownBy(() -> adapter.module().mapper().readAll(two)).hasMessageContaining("trailing tokens");
    }

    @Test
    void mixingRegistrationsKeepsTheFirstInJackson2AndTheLastInJackson3() throws Exception {
        Adapter.Codec mapper = adapter.module().withFailOnUnknownProperties(true).mapperRegisteringThenDiscovering();
        String json = BadDocumentsTest.plus("\"x\":1");
        if (adapter.firstRegistrationWins()) {
            assertThatThrownBy(() -> mapper.read(json, Article.class)).hasMessageContaining("unknown property");
        } else {
            assertThat(mapper.read(json, Article.class).extensions().asMap()).containsKey("x");
        }
    }

    @Test
    void onlyTheDocumentedTypesArePublic() throws ClassNotFoundException {
        String pkg = adapter.moduleClass().getPackageName();
        for (String name : List.of("WireSerializer", "WireDeserializer", "ParserInput", "GeneratorOutput", "Failures",
                "Utf8OnlyJsonFactory", "PackageVersion")) {
            Class<?> c = Class.forName(pkg + "." + name);
            assertThat(Modifier.isPublic(c.getModifiers())).as(name).isFalse();
        }
        for (String name : List.of("BylineModule", "BylineJson", "JsonLd", "BylineJsonVersion")) {
            Class<?> c = Class.forName(pkg + "." + name);
            assertThat(Modifier.isPublic(c.getModifiers()) && Modifier.isFinal(c.getModifiers())).as(name).isTrue();
        }
    }
}

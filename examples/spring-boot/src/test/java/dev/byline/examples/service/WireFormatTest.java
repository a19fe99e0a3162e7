package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.jackson3.BylineModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service speaks byline's wire format exactly: Spring Boot's own {@code JsonMapper} found
 * byline's module, the golden documents come back byte for byte, and the Jackson 2 module
 * reads the service's answers and writes the same bytes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WireFormatTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    @Autowired
    ApplicationContext context;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void springBootsMapperFoundBylinesModuleWithoutHelp() {
        assertThat(mapper.registeredModules()).anyMatch(module -> module instanceof BylineModule);
        // nothing in the application registers it: Spring Boot's own module beans are the only ones
        assertThat(context.getBeansOfType(JacksonModule.class).values())
                .allMatch(module -> module.getClass().getName().startsWith("org.springframework.boot."));
    }

    @Test
    void jackson2ModuleReadsTheAnswerAndWritesTheSameBytes() throws IOException {
        HttpResponse<byte[]> response = http.get("/articles/" + SampleArticles.ENGLISH_ID);

        Article read = dev.byline.jackson.BylineJson.mapper().readValue(response.body(), Article.class);

        assertThat(read).isEqualTo(SampleArticles.english());
        assertThat(dev.byline.jackson.BylineJson.writer().writeValueAsBytes(read)).isEqualTo(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample.json", "persian.json"})
    void goldenDocumentPostedAndReadBackIsTheGoldenDocument(String name) throws IOException {
        byte[] golden = golden(name);

        HttpResponse<byte[]> created = http.post("/articles", golden, "Content-Type", "application/json");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> served = http.get(location);
        assertThat(served.statusCode()).isEqualTo(200);

        // the service writes compact JSON; golden files are the same document pretty-printed
        Article read = dev.byline.jackson.BylineJson.mapper().readValue(served.body(), Article.class);
        String pretty = dev.byline.jackson.BylineJson.mapper().writerFor(Article.class)
                .withDefaultPrettyPrinter().writeValueAsString(read) + "\n";
        assertThat(pretty).isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(served.body()).isEqualTo(dev.byline.jackson3.BylineJson.writer().writeValueAsBytes(read));
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/golden/" + name)) {
            return Objects.requireNonNull(in, "golden file " + name).readAllBytes();
        }
    }
}

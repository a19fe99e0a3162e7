package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad documents get a 400 problem that names the JSON path and the rule. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BadDocumentsTest {

    /** A valid draft; each case below breaks it in one place. */
    static final String DRAFT = "{\"schemaVersion\":1,\"id\":\"d1\",\"locale\":\"en\",\"title\":\"A draft\","
            + "\"slug\":\"a-draft\",\"body\":{\"format\":\"text\",\"content\":\"\"},\"status\":\"draft\","
            + "\"translations\":[{\"locale\":\"tr\",\"url\":\"https://news.example.org/tr/taslak/\"},"
            + "{\"locale\":\"ru\",\"url\":\"https://news.example.org/ru/chernovik/\"}]}";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("wrong type", DRAFT.replace("\"A draft\"", "42"),
                        "$.title", "must be a string, not an integer"),
                Arguments.of("bad locale", DRAFT.replace("\"locale\":\"ru\"", "\"locale\":\"xx_\""),
                        "$.translations[1].locale", "must be a well-formed BCP 47 language tag"),
                Arguments.of("malformed JSON", DRAFT.replace("\"id\":\"d1\"", "\"id\" \"d1\""),
                        "$.id", "Unexpected character"),
                Arguments.of("duplicate key", DRAFT.replace("\"title\":\"A draft\"", "\"title\":\"A\",\"title\":\"B\""),
                        "$.title", "must not appear twice in one object"),
                Arguments.of("not JSON at all", "A draft", "$", "Unrecognized token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badDocumentIsA400ProblemWithPathAndRule(String name, String document, String path, String rule) {
        HttpResponse<byte[]> response = http.postJson("/articles", document);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad article document");
        assertThat(problem.get("instance").asString()).isEqualTo("/articles");
        assertThat(problem.get("jsonPath").asString()).isEqualTo(path);
        assertThat(problem.get("rule").asString()).startsWith(rule);
        assertThat(problem.get("detail").asString()).isEqualTo(
                "$".equals(path) ? problem.get("rule").asString() : path + ": " + problem.get("rule").asString());
    }

    @Test
    void theUnbrokenDocumentIsAccepted() {
        assertThat(http.postJson("/articles", DRAFT).statusCode()).isEqualTo(201);
    }

    @Test
    void otherErrorsAreProblemsToo() {
        HttpResponse<byte[]> response = http.post("/articles", DRAFT.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/plain");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}

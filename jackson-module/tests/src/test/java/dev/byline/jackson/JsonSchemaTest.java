package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.byline.Article;
import dev.byline.jackson.Fixtures.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schema shipped in the jar describes what the module writes, and refuses what it refuses. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class JsonSchemaTest {

    private static final Map<Adapter, Schema> SCHEMAS = new ConcurrentHashMap<>();

    @Parameter
    Adapter adapter;

    private static Schema load(Adapter adapter) {
        try (InputStream in = adapter.schema()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Error> validate(String json) {
        return SCHEMAS.computeIfAbsent(adapter, JsonSchemaTest::load).validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    @Test
    void bothAdaptersShipTheSameSchema() throws IOException {
        try (InputStream mine = adapter.schema(); InputStream first = Adapter.both().get(0).schema()) {
            assertThat(mine.readAllBytes()).isEqualTo(first.readAllBytes());
        }
    }

    @Test
    void schemaIsDraft202012WithTheDocumentedId() throws IOException {
        try (InputStream in = adapter.schema()) {
            JsonNode schema = new ObjectMapper().readTree(in);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo(BylineJsonVersion.SCHEMA_ID);
        }
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void everyGoldenFileIsValid(Golden golden) {
        assertThat(validate(Fixtures.resource(golden.resource()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Golden.class, names = "EXTENSIONS", mode = EnumSource.Mode.EXCLUDE)
    void everySerializedFixtureIsValid(Golden golden) throws Exception {
        Article article = golden.article.get();
        assertThat(validate(adapter.hardened().write(article))).isEmpty();
        assertThat(validate(adapter.hardened().write(article.withStatus(dev.byline.Status.WITHDRAWN))))
                .isEmpty();
    }

    @Test
    void theBaseDocumentOfTheBadDocumentTableIsValid() {
        assertThat(validate(BadDocumentsTest.BASE)).isEmpty();
    }

    static Stream<Arguments> documentsTheSchemaRefuses() {
        return Stream.of(
                Arguments.of("null optional", BadDocumentsTest.plus("\"subtitle\":null"), "subtitle"),
                Arguments.of("date without offset", BadDocumentsTest.BASE.replace("09:30:00+03:00", "09:30:00"), "published"),
                Arguments.of("missing title", BadDocumentsTest.BASE.replace("\"title\":\"Title\",", ""), "title"),
                Arguments.of("unknown status", BadDocumentsTest.BASE.replace("\"published\",", "\"Published\","), "status"),
                Arguments.of("fractional width", BadDocumentsTest.BASE.replace("\"width\":10", "\"width\":10.5"), "width"),
                Arguments.of("ill-formed locale", BadDocumentsTest.BASE.replace("\"locale\":\"en\"", "\"locale\":\"en_US\""),
                        "locale"),
                Arguments.of("relative URL", BadDocumentsTest.BASE.replace("https://example.org/au", "/au"), "url"),
                Arguments.of("control character", BadDocumentsTest.BASE.replace("\"Title\"", "\"Ti\\u0007tle\""), "title"),
                Arguments.of("bidi override", BadDocumentsTest.BASE.replace("\"Name\"", "\"Na\\u202Eme\""), "name"),
                Arguments.of("uppercase slug", BadDocumentsTest.BASE.replace("\"slug\":\"title\"", "\"slug\":\"Title\""),
                        "slug"),
                Arguments.of("double hyphen slug", BadDocumentsTest.BASE.replace("\"slug\":\"title\"", "\"slug\":\"ti--tle\""),
                        "slug"),
                Arguments.of("schema version 2", BadDocumentsTest.BASE.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                        "schemaVersion"),
                Arguments.of("published without date", BadDocumentsTest.BASE.replace(
                        "\"published\":\"2022-11-21T09:30:00+03:00\",", ""), "published"),
                Arguments.of("null in a list", BadDocumentsTest.BASE.replace("[\"t\"]", "[\"t\",null]"), "tags"),
                Arguments.of("repeated tag", BadDocumentsTest.BASE.replace("[\"t\"]", "[\"t\",\"t\"]"), "tags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsTheSchemaRefuses")
    void schemaRefusesWhatTheReaderRefuses(String name, String json, String property) {
        List<Error> errors = validate(json);
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains(property);
    }
}

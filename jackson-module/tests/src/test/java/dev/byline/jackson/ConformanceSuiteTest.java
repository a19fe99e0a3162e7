package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The language-neutral conformance suite ({@code conformance/v1}) against both Java readers and
 * the networknt JSON Schema validator (format assertions on): every valid case is read, and
 * written back to its canonical bytes where the suite gives them; every invalid case is refused
 * with the case's JSON path and a message stating its rule; the schema refuses exactly the
 * invalid cases the suite marks as expressible in JSON Schema. The Node check (ajv, jsonld.js)
 * runs the same suite in {@code NodeConsumerTest}.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class ConformanceSuiteTest {

    /** The suite's folder, from the build (or the working directory of the tests module). */
    static final Path SUITE = Path.of(System.getProperty("byline.conformance.dir", "../../conformance/v1"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper STRICT_JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    static final JsonNode MANIFEST = manifest();

    /** Words of the Java readers' message for each rule of the suite, any one of which must appear. */
    static final Map<String, List<String>> RULE_WORDS = Map.ofEntries(
            Map.entry("json.duplicateKey", List.of("duplicate property", "Duplicate field", "Duplicate Object property")),
            Map.entry("json.loneSurrogate", List.of("unpaired surrogate")),
            Map.entry("json.number", List.of("must be a finite number")),
            Map.entry("extensions.depth", List.of("must not nest deeper than 32")),
            Map.entry("type", List.of("must be a string, not", "must be an object, not", "must be an array, not",
                    "must not be null", "must be an integer, not", "must be the integer 1, not")),
            Map.entry("required", List.of("required property is missing", "must be given when id is not")),
            Map.entry("schemaVersion", List.of("this reader knows wire format v1 only")),
            Map.entry("enum", List.of("must be one of")),
            Map.entry("integer.range", List.of("must be an integer between")),
            Map.entry("integer.fraction", List.of("must be an integer, not a fractional number")),
            Map.entry("text.blank", List.of("must not be blank")),
            Map.entry("text.control", List.of("must not contain control characters")),
            Map.entry("text.bidi", List.of("must not contain bidi override or isolate characters")),
            Map.entry("text.noncharacter", List.of("must not contain noncharacters")),
            Map.entry("text.length", List.of("characters long, is")),
            Map.entry("list.unique", List.of("must be unique")),
            Map.entry("list.uniqueAfterNfc", List.of("must be unique")),
            Map.entry("list.uniqueBy", List.of("must be unique")),
            Map.entry("list.size", List.of("must have at most 1000 entries")),
            Map.entry("slug", List.of("must be a slug", "characters long, is")),
            Map.entry("languageTag", List.of("BCP 47 language tag")),
            Map.entry("languageTag.repeated", List.of("appears twice")),
            Map.entry("dateTime", List.of("RFC 3339 date-time")),
            Map.entry("url", List.of("URL", "host", "credentials", "http or https", "characters long, is")),
            Map.entry("url.idna", List.of("UTS #46")),
            Map.entry("published.requires", List.of("when status is published", "when status is scheduled")),
            Map.entry("cefr.range", List.of("must lie in")),
            Map.entry("dates.order", List.of("must not be before")),
            Map.entry("translation.locale", List.of("the article's own locale")),
            Map.entry("previousSlug.current", List.of("must not be the current slug")),
            Map.entry("correction.date", List.of("must not be before published")));

    private static Schema schema;

    @Parameter
    Adapter adapter;

    static JsonNode manifest() {
        try {
            return JSON.readTree(SUITE.resolve("manifest.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("the conformance suite is read from " + SUITE.toAbsolutePath(), e);
        }
    }

    static Stream<JsonNode> cases(boolean valid) {
        List<JsonNode> list = new ArrayList<>();
        MANIFEST.get("cases").forEach(c -> {
            if (c.get("valid").asBoolean() == valid) {
                list.add(c);
            }
        });
        return list.stream();
    }

    static Stream<JsonNode> validCases() {
        return cases(true);
    }

    static Stream<JsonNode> invalidCases() {
        return cases(false);
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(SUITE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized List<Error> validate(String json) {
        if (schema == null) {
            try (InputStream in = Jackson2.INSTANCE.schema()) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    @Test
    void theSuiteCoversEveryRuleWithAtLeast150Cases() {
        assertThat(MANIFEST.get("cases").size()).isGreaterThanOrEqualTo(150);
        Set<String> used = new TreeSet<>();
        invalidCases().forEach(c -> used.add(c.get("rule").asText()));
        Set<String> declared = new TreeSet<>();
        MANIFEST.get("rules").fieldNames().forEachRemaining(declared::add);
        assertThat(used).isEqualTo(declared);
        declared.remove("json.syntax");
        assertThat(RULE_WORDS.keySet()).containsExactlyInAnyOrderElementsOf(declared);
        // every case's file is there, and nothing else is
        try (Stream<Path> files = Files.walk(SUITE)) {
            Set<String> onDisk = files.filter(Files::isRegularFile).map(p -> SUITE.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> listed = new TreeSet<>(Set.of("manifest.json"));
            MANIFEST.get("cases").forEach(c -> {
                listed.add(c.get("file").asText());
                if (c.has("canonical")) {
                    listed.add(c.get("canonical").asText());
                }
            });
            assertThat(onDisk).isEqualTo(listed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void everyValidCaseIsReadAndWrittenCanonically(JsonNode c) throws Exception {
        byte[] json = bytes(c.get("file").asText());
        Article hardened = adapter.hardened().read(json, Article.class);
        assertThat(adapter.stock().read(json, Article.class)).isEqualTo(hardened);
        String written = adapter.hardened().write(hardened);
        if (c.has("canonical")) {
            assertThat(written).isEqualTo(new String(bytes(c.get("canonical").asText()), StandardCharsets.UTF_8));
        }
        // what byline writes reads back to the same article and passes the schema
        assertThat(adapter.hardened().read(written)).isEqualTo(hardened);
        assertThat(validate(written)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void everyInvalidCaseIsRefusedWithItsPathAndRule(JsonNode c) {
        byte[] json = bytes(c.get("file").asText());
        String path = c.get("path").asText();
        String rule = c.get("rule").asText();
        for (Adapter.Codec codec : List.of(adapter.hardened(), adapter.stock(), adapter.permissive())) {
            Throwable thrown = catchThrowable(() -> codec.read(json, Article.class));
            assertThat(thrown).as(c.get("name").asText()).isNotNull();
            if (rule.equals("json.syntax")) {
                assertThat(thrown).isInstanceOfAny(adapter.failure(Failure.MALFORMED), adapter.failure(Failure.DATABIND));
                continue;
            }
            // a rule of the format is a databind exception; a duplicate key found by the parser a parse exception
            assertThat(thrown).isInstanceOfAny(adapter.failure(Failure.DATABIND), adapter.failure(Failure.MALFORMED));
            String message = thrown.getMessage();
            assertThat(message).as(c.get("name").asText()).startsWith(path + ": ");
            assertThat(RULE_WORDS.get(rule)).as("%s: %s", c.get("name").asText(), message)
                    .anySatisfy(words -> assertThat(message).contains(words));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void theSchemaAcceptsEveryValidCase(JsonNode c) {
        assertThat(validate(new String(bytes(c.get("file").asText()), StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void theSchemaRefusesExactlyTheCasesItCanExpress(JsonNode c) {
        if (c.has("json")) {
            String text = new String(bytes(c.get("file").asText()), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> STRICT_JSON.readTree(text)).isInstanceOf(IOException.class);
            return;
        }
        List<Error> errors = validate(new String(bytes(c.get("file").asText()), StandardCharsets.UTF_8));
        if (!c.get("schema").asBoolean()) {
            assertThat(errors).as("a rule the schema does not express").isEmpty();
            return;
        }
        String pointer = pointer(c.get("path").asText());
        assertThat(errors).as(c.get("name").asText()).isNotEmpty();
        // the error is at the value, or at an object or list holding it (required, uniqueItems, if-then)
        assertThat(errors).as("%s: %s", c.get("name").asText(), errors)
                .anySatisfy(e -> assertThat(pointer + "/").startsWith(e.getInstanceLocation().toString() + "/"));
    }

    /** The JSON Pointer of a suite path such as {@code $.authors[0].name}: {@code /authors/0/name}. */
    static String pointer(String path) {
        return path.substring(1).replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }
}

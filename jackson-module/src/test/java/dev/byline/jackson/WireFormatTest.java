package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Translation;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shape of the v1 document, one rule per test. */
class WireFormatTest {

    private final ObjectMapper mapper = BylineJson.mapper();

    private JsonNode tree(Object value) throws IOException {
        return mapper.readTree(mapper.writeValueAsString(value));
    }

    @Test
    void schemaVersionComesFirst() throws IOException {
        assertThat(mapper.writeValueAsString(Samples.minimalDraft())).startsWith("{\"schemaVersion\":1,\"id\":");
    }

    @Test
    void absentOptionalValuesAndEmptyListsAreLeftOut() throws IOException {
        JsonNode draft = tree(Samples.minimalDraft());
        assertThat(draft.properties()).extracting(e -> e.getKey())
                .containsExactly("schemaVersion", "id", "locale", "title", "slug", "body", "status");
    }

    @Test
    void datesAlwaysCarrySecondsAndTheirOffset() throws IOException {
        Article a = Samples.sample().withPublished(OffsetDateTime.parse("2022-11-21T09:30+03:00"))
                .withModified(OffsetDateTime.parse("2022-11-22T08:00:00.120Z"));
        JsonNode json = tree(a);
        assertThat(json.get("published").asText()).isEqualTo("2022-11-21T09:30:00+03:00");
        assertThat(json.get("modified").asText()).isEqualTo("2022-11-22T08:00:00.12Z");
    }

    @Test
    void localesAreWrittenAsCanonicalLanguageTags() throws IOException {
        String json = BadDocumentsTest.BASE.replace("\"locale\":\"en\"", "\"locale\":\"EN-gb\"");
        Article a = mapper.readValue(json, Article.class);
        assertThat(a.locale()).isEqualTo(Locale.UK);
        assertThat(tree(a).get("locale").asText()).isEqualTo("en-GB");
    }

    @Test
    void lowercaseTAndZAreAcceptedAsRfc3339Allows() throws IOException {
        String json = BadDocumentsTest.BASE.replace("2022-11-21T09:30:00+03:00", "2022-11-21t06:30:00z");
        Article a = mapper.readValue(json, Article.class);
        assertThat(a.published()).contains(OffsetDateTime.parse("2022-11-21T06:30:00Z"));
    }

    @Test
    void enumsAreLowercaseWords() throws IOException {
        Author author = Author.builder().id("x").name("X")
                .addLanguage(LanguageSkill.of(new Locale("ps"), Proficiency.INTERMEDIATE)).build();
        assertThat(mapper.writeValueAsString(author))
                .isEqualTo("{\"id\":\"x\",\"name\":\"X\",\"languages\":[{\"language\":\"ps\",\"proficiency\":\"intermediate\"}]}");
        assertThat(mapper.writeValueAsString(Body.of(BodyFormat.MARKDOWN, "*hi*")))
                .isEqualTo("{\"format\":\"markdown\",\"content\":\"*hi*\"}");
    }

    @Test
    void eachModelTypeReadsAndWritesOnItsOwn() throws IOException {
        Image image = Image.builder().url(URI.create("https://example.org/i.png")).width(3).height(4).credit("c").build();
        Translation translation = Translation.of(new Locale("tr"), URI.create("https://example.org/tr"));
        assertThat(mapper.readValue(mapper.writeValueAsString(image), Image.class)).isEqualTo(image);
        assertThat(mapper.readValue(mapper.writeValueAsString(translation), Translation.class)).isEqualTo(translation);
        Author author = Samples.sample().authors().get(0);
        assertThat(mapper.readValue(mapper.writeValueAsString(author), Author.class)).isEqualTo(author);
    }

    @Test
    void articlesInsideAHostsOwnTypesWork() throws IOException {
        ObjectMapper host = new ObjectMapper().findAndRegisterModules();
        List<Article> list = List.of(Samples.minimalDraft(), Samples.persian());
        String json = host.writeValueAsString(list);
        Article[] read = host.readValue(json, Article[].class);
        assertThat(read).containsExactly(Samples.minimalDraft(), Samples.persian());
    }

    @Test
    void hostSerializationSettingsDoNotChangeTheFormat() throws IOException {
        ObjectMapper host = new ObjectMapper().registerModule(new BylineModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
        assertThat(host.writeValueAsString(Samples.sample())).isEqualTo(mapper.writeValueAsString(Samples.sample()));
    }

    @Test
    void bodyKeepsItsExtensionsWhenItsContentIsNormalized() throws IOException {
        String json = BadDocumentsTest.BASE.replace("\"content\":\"<p>Text.</p>\"",
                "\"content\":\"<p>Cafe\\u0301</p>\",\"engine\":\"cms-7\"");
        Body body = mapper.readValue(json, Article.class).body();
        assertThat(body.content()).isEqualTo("<p>Caf\u00e9</p>");
        assertThat(body.extensions().asMap()).containsEntry("engine", "cms-7");
    }

    @Test
    void textIsNormalizedToNfcWhenRead() throws IOException {
        String json = BadDocumentsTest.BASE.replace("\"title\":\"Title\"", "\"title\":\"Cafe\\u0301\"");
        assertThat(mapper.readValue(json, Article.class).title()).isEqualTo("Caf\u00e9");
    }
}

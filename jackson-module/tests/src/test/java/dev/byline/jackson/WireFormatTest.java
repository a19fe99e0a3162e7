package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Translation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The shape of the v1 document, one rule per test, through each adapter. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class WireFormatTest {

    /** A neutral JSON parser, to look at what an adapter wrote. */
    private static final ObjectMapper TREES = new ObjectMapper();

    @Parameter
    Adapter adapter;

    private JsonNode tree(Object value) throws Exception {
        return TREES.readTree(adapter.hardened().write(value));
    }

    @Test
    void schemaVersionComesFirst() throws Exception {
        assertThat(adapter.hardened().write(Samples.minimalDraft())).startsWith("{\"schemaVersion\":1,\"id\":");
    }

    @Test
    void absentOptionalValuesAndEmptyListsAreLeftOut() throws Exception {
        JsonNode draft = tree(Samples.minimalDraft());
        assertThat(draft.properties()).extracting(e -> e.getKey())
                .containsExactly("schemaVersion", "id", "locale", "title", "slug", "body", "status");
    }

    @Test
    void datesAlwaysCarrySecondsAndTheirOffset() throws Exception {
        Article a = Samples.sample().withPublished(OffsetDateTime.parse("2022-11-21T09:30+03:00"))
                .withModified(OffsetDateTime.parse("2022-11-22T08:00:00.120Z"));
        JsonNode json = tree(a);
        assertThat(json.get("published").asText()).isEqualTo("2022-11-21T09:30:00+03:00");
        assertThat(json.get("modified").asText()).isEqualTo("2022-11-22T08:00:00.12Z");
    }

    @Test
    void localesAreWrittenAsCanonicalLanguageTags() throws Exception {
        String json = BadDocumentsTest.BASE.replace("\"locale\":\"en\"", "\"locale\":\"EN-gb\"");
        Article a = adapter.hardened().read(json, Article.class);
        assertThat(a.locale()).isEqualTo(Locale.UK);
        assertThat(tree(a).get("locale").asText()).isEqualTo("en-GB");
    }

    @Test
    void lowercaseTAndZAreAcceptedAsRfc3339Allows() throws Exception {
        String json = BadDocumentsTest.BASE.replace("2022-11-21T09:30:00+03:00", "2022-11-21t06:30:00z");
        Article a = adapter.hardened().read(json, Article.class);
        assertThat(a.published()).contains(OffsetDateTime.parse("2022-11-21T06:30:00Z"));
    }

    @Test
    void enumsAreLowercaseWords() throws Exception {
        Author author = Author.builder().id("x").name("X")
                .addLanguage(LanguageSkill.of(new Locale("ps"), Proficiency.INTERMEDIATE)).build();
        assertThat(adapter.hardened().write(author))
                .isEqualTo("{\"id\":\"x\",\"name\":\"X\",\"languages\":[{\"language\":\"ps\",\"proficiency\":\"intermediate\"}]}");
        assertThat(adapter.hardened().write(Body.of(BodyFormat.MARKDOWN, "*hi*")))
                .isEqualTo("{\"format\":\"markdown\",\"content\":\"*hi*\"}");
    }

    @Test
    void eachModelTypeReadsAndWritesOnItsOwn() throws Exception {
        Image image = Image.builder().url(URI.create("https://example.org/i.png")).width(3).height(4).credit("c").build();
        Translation translation = Translation.of(new Locale("tr"), URI.create("https://example.org/tr"));
        assertThat(adapter.hardened().read(adapter.hardened().write(image), Image.class)).isEqualTo(image);
        assertThat(adapter.hardened().read(adapter.hardened().write(translation), Translation.class)).isEqualTo(translation);
        Author author = Samples.sample().authors().get(0);
        assertThat(adapter.hardened().read(adapter.hardened().write(author), Author.class)).isEqualTo(author);
    }

    @Test
    void articlesInsideAHostsOwnTypesWork() throws Exception {
        Adapter.Codec host = adapter.discovered();
        List<Article> list = List.of(Samples.minimalDraft(), Samples.persian());
        String json = host.write(list);
        Article[] read = host.read(json, Article[].class);
        assertThat(read).containsExactly(Samples.minimalDraft(), Samples.persian());
    }

    @Test
    void hostSerializationSettingsDoNotChangeTheFormat() throws Exception {
        Adapter.Codec host = adapter.hostWithOtherSettings();
        assertThat(host.write(Samples.sample())).isEqualTo(adapter.hardened().write(Samples.sample()));
    }

    @Test
    void bodyKeepsItsExtensionsWhenItsContentIsNormalized() throws Exception {
        String json = BadDocumentsTest.BASE.replace("\"content\":\"<p>Text.</p>\"",
                "\"content\":\"<p>Cafe\\u0301</p>\",\"engine\":\"cms-7\"");
        Body body = adapter.hardened().read(json, Article.class).body();
        assertThat(body.content()).isEqualTo("<p>Caf\u00e9</p>");
        assertThat(body.extensions().asMap()).containsEntry("engine", "cms-7");
    }

    @Test
    void textIsNormalizedToNfcWhenRead() throws Exception {
        String json = BadDocumentsTest.BASE.replace("\"title\":\"Title\"", "\"title\":\"Cafe\\u0301\"");
        assertThat(adapter.hardened().read(json, Article.class).title()).isEqualTo("Caf\u00e9");
    }
}

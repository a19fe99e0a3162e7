package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.Translation;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How error messages name properties that are not plain identifiers, how they show long bad
 * values, and that each part of an article is read and written on its own by the module.
 */
class ErrorPathsAndPartsTest {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new BylineModule().withFailOnUnknownProperties(true)).build();
    private static final ObjectMapper MAPPER = BylineJson.mapper();

    /** The message of the failure for an unknown top-level property with the given JSON-encoded name. */
    private static String unknownPropertyMessage(String jsonName) {
        String json = BadDocumentsTest.plus(jsonName + ":1");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> STRICT.readValue(json, Article.class));
        assertThat(thrown).isInstanceOf(UnrecognizedPropertyException.class);
        return thrown.getMessage();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            az      | $.az
            AZ      | $.AZ
            _x$     | $._x$
            a09-b   | $.a09-b
            """)
    void identifierLikeNameIsJoinedWithADot(String name, String path) {
        assertThat(unknownPropertyMessage("\"" + name + "\"")).startsWith(path + ": unknown property");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            na me   | $['na me']
            1st     | $['1st']
            -x      | $['-x']
            ""      | $['']
            a`      | $['a`']
            a{      | $['a{']
            a@      | $['a@']
            a[      | $['a[']
            a/      | $['a/']
            a:      | $['a:']
            é       | $['é']
            """)
    void otherNameIsQuotedInBrackets(String name, String path) {
        assertThat(unknownPropertyMessage("\"" + name + "\"")).startsWith(path + ": unknown property");
    }

    @Test
    void quoteAndBackslashInANameAreEscaped() {
        assertThat(unknownPropertyMessage("\"it's \\\\\"")).startsWith("$['it\\'s \\\\']: ");
    }

    @Test
    void controlAndFormatCharactersInANameAreShownAsEscapes() {
        assertThat(unknownPropertyMessage("\"a\\u0001b\\u200Bc\"")).startsWith("$['a\\u0001b\\u200Bc']: ");
    }

    @Test
    void characterOutsideTheBasicPlaneInANameIsShownWhole() {
        assertThat(unknownPropertyMessage("\"x\uD83D\uDE00y\"")).startsWith("$['x\uD83D\uDE00y']: ");
    }

    @Test
    void nameOfSixtyIdentifierCharactersIsJoinedWithADot() {
        String name = "n".repeat(60);

        assertThat(unknownPropertyMessage("\"" + name + "\"")).startsWith("$." + name + ": ");
    }

    @Test
    void longerNameIsCutAfterSixtyCharactersWithAnEllipsis() {
        String name = "n".repeat(61);

        assertThat(unknownPropertyMessage("\"" + name + "\"")).startsWith("$['" + "n".repeat(60) + "…']: ");
    }

    @Test
    void badValueOfSixtyCharactersIsShownWhole() {
        String bad = "x".repeat(60);

        assertThatThrownBy(() -> MAPPER.readValue(BadDocumentsTest.replace("\"locale\":\"en\"",
                "\"locale\":\"" + bad + "\""), Article.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("$.locale: ")
                .hasMessageContaining("\"" + bad + "\"");
    }

    @Test
    void longerBadValueIsCutWithAnEllipsis() {
        String bad = "x".repeat(61);

        assertThatThrownBy(() -> MAPPER.readValue(BadDocumentsTest.replace("\"locale\":\"en\"",
                "\"locale\":\"" + bad + "\""), Article.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("$.locale: ")
                .hasMessageContaining("\"" + "x".repeat(59) + "…\"");
    }

    @Test
    void moduleIsNamedByline() {
        assertThat(new BylineModule().getModuleName()).isEqualTo("byline");
    }

    @Test
    void trailingTokensOptionCanBeTurnedOff() {
        assertThat(new BylineModule().withFailOnTrailingTokens(false).isFailOnTrailingTokens()).isFalse();
    }

    @Test
    void modulesWithTheSameOptionsAreEqualAndHashAlike() {
        BylineModule a = new BylineModule().withMaxDocumentLength(1000);
        BylineModule b = new BylineModule().withMaxDocumentLength(1000);

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new BylineModule()).isNotEqualTo("byline");
    }

    @Test
    void authorIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        Author author = Samples.sample().authors().get(0);

        String json = mapper.writeValueAsString(author);

        assertThat(mapper.readValue(json, Author.class)).isEqualTo(author);
        assertThat(json).startsWith("{\"id\":");
    }

    @Test
    void translationIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        Translation translation = Samples.sample().translations().get(0);

        String json = mapper.writeValueAsString(translation);

        assertThat(mapper.readValue(json, Translation.class)).isEqualTo(translation);
        assertThat(json).startsWith("{\"locale\":");
    }

    @Test
    void relatedPostIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        RelatedPost related = Samples.sample().related().get(0);

        String json = mapper.writeValueAsString(related);

        assertThat(mapper.readValue(json, RelatedPost.class)).isEqualTo(related);
        assertThat(json).startsWith("{\"title\":");
    }

    @Test
    void imageIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        Image image = Samples.sample().image().orElseThrow();

        String json = mapper.writeValueAsString(image);

        assertThat(mapper.readValue(json, Image.class)).isEqualTo(image);
        assertThat(json).startsWith("{\"url\":");
    }

    @Test
    void languageSkillIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        LanguageSkill skill = Samples.sample().authors().get(0).languages().get(0);

        String json = mapper.writeValueAsString(skill);

        assertThat(mapper.readValue(json, LanguageSkill.class)).isEqualTo(skill);
        assertThat(json).startsWith("{\"language\":");
    }

    @Test
    void bodyIsWrittenAndReadOnItsOwn() throws IOException {
        ObjectMapper mapper = BylineJson.mapper();
        Body body = Samples.sample().body();

        String json = mapper.writeValueAsString(body);

        assertThat(mapper.readValue(json, Body.class)).isEqualTo(body);
        assertThat(json).startsWith("{\"format\":");
    }
}

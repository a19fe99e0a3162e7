package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How error messages name properties that are not plain identifiers, how they show long bad
 * values, and that each part of an article is read and written on its own by the module.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class ErrorPathsAndPartsTest {

    @Parameter
    Adapter adapter;


    /** The message of the failure for an unknown top-level property with the given JSON-encoded name. */
    private String unknownPropertyMessage(String jsonName) {
        Adapter.Codec strict = adapter.configured(true, true, BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        String json = BadDocumentsTest.plus(jsonName + ":1");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> strict.read(json, Article.class));
        assertThat(thrown).isInstanceOf(adapter.failure(Failure.UNRECOGNIZED));
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

        assertThatThrownBy(() -> adapter.hardened().read(BadDocumentsTest.replace("\"locale\":\"en\"",
                "\"locale\":\"" + bad + "\""), Article.class))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageStartingWith("$.locale: ")
                .hasMessageContaining("\"" + bad + "\"");
    }

    @Test
    void longerBadValueIsCutWithAnEllipsis() {
        String bad = "x".repeat(61);

        assertThatThrownBy(() -> adapter.hardened().read(BadDocumentsTest.replace("\"locale\":\"en\"",
                "\"locale\":\"" + bad + "\""), Article.class))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageStartingWith("$.locale: ")
                .hasMessageContaining("\"" + "x".repeat(59) + "…\"");
    }

    @Test
    void authorIsWrittenAndReadOnItsOwn() throws Exception {
        Author author = Samples.sample().authors().get(0);

        String json = adapter.hardened().write(author);

        assertThat(adapter.hardened().read(json, Author.class)).isEqualTo(author);
        assertThat(json).startsWith("{\"id\":");
    }

    @Test
    void translationIsWrittenAndReadOnItsOwn() throws Exception {
        Translation translation = Samples.sample().translations().get(0);

        String json = adapter.hardened().write(translation);

        assertThat(adapter.hardened().read(json, Translation.class)).isEqualTo(translation);
        assertThat(json).startsWith("{\"locale\":");
    }

    @Test
    void relatedPostIsWrittenAndReadOnItsOwn() throws Exception {
        RelatedPost related = Samples.sample().related().get(0);

        String json = adapter.hardened().write(related);

        assertThat(adapter.hardened().read(json, RelatedPost.class)).isEqualTo(related);
        assertThat(json).startsWith("{\"title\":");
    }

    @Test
    void imageIsWrittenAndReadOnItsOwn() throws Exception {
        Image image = Samples.sample().image().orElseThrow();

        String json = adapter.hardened().write(image);

        assertThat(adapter.hardened().read(json, Image.class)).isEqualTo(image);
        assertThat(json).startsWith("{\"url\":");
    }

    @Test
    void languageSkillIsWrittenAndReadOnItsOwn() throws Exception {
        LanguageSkill skill = Samples.sample().authors().get(0).languages().get(0);

        String json = adapter.hardened().write(skill);

        assertThat(adapter.hardened().read(json, LanguageSkill.class)).isEqualTo(skill);
        assertThat(json).startsWith("{\"language\":");
    }

    @Test
    void bodyIsWrittenAndReadOnItsOwn() throws Exception {
        Body body = Samples.sample().body();

        String json = adapter.hardened().write(body);

        assertThat(adapter.hardened().read(json, Body.class)).isEqualTo(body);
        assertThat(json).startsWith("{\"format\":");
    }
}

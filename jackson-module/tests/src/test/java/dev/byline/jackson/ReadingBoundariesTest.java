package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import dev.byline.Limits;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The limits and character rules of the reader at their exact edges: the last value that passes, the first that fails. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class ReadingBoundariesTest {

    @Parameter
    Adapter adapter;


    private Article read(String json) throws Exception {
        return adapter.hardened().read(json, Article.class);
    }

    @Test
    void imageDimensionsRunFromOneToTheLimit() throws Exception {
        assertThat(read(BadDocumentsTest.replace("\"width\":10", "\"width\":1")).image().orElseThrow().width()).hasValue(1);
        int max = Limits.MAX_IMAGE_DIMENSION;
        assertThat(read(BadDocumentsTest.replace("\"width\":10", "\"width\":" + max)).image().orElseThrow().width())
                .hasValue(max);
        for (int bad : new int[] {0, max + 1}) {
            assertThatThrownBy(() -> read(BadDocumentsTest.replace("\"width\":10", "\"width\":" + bad)))
                    .isInstanceOf(adapter.failure(Failure.INVALID))
                    .hasMessageStartingWith("$.image.width: must be an integer between 1 and " + max);
        }
    }

    @Test
    void extensionObjectsNestUpToTheLimit() throws Exception {
        int depth = Limits.MAX_EXTENSION_DEPTH;
        Article deepest = read(BadDocumentsTest.plus("\"x\":" + "{\"a\":".repeat(depth - 1) + "1" + "}".repeat(depth - 1)));
        Object value = deepest.extensions().asMap().get("x");
        for (int level = 1; level < depth; level++) {
            value = ((Map<?, ?>) value).get("a");
        }
        assertThat(value).isEqualTo(java.math.BigInteger.ONE);
        assertThatThrownBy(() -> read(BadDocumentsTest.plus("\"x\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageContaining("must not nest deeper than " + depth);
    }

    @Test
    void extensionArraysNestUpToTheLimit() throws Exception {
        int depth = Limits.MAX_EXTENSION_DEPTH;
        assertThat(read(BadDocumentsTest.plus("\"x\":" + BadDocumentsTest.nested(depth - 1))).extensions().asMap())
                .containsKey("x");
        assertThatThrownBy(() -> read(BadDocumentsTest.plus("\"x\":" + BadDocumentsTest.nested(depth))))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageContaining("must not nest deeper than " + depth);
    }

    @Test
    void theUnknownPropertiesOfOneObjectHoldAtMostTheLimitOfValues() throws Exception {
        int max = Limits.MAX_EXTENSION_VALUES;
        // the array is one value and each element another
        String fits = "\"x\":[" + "0,".repeat(max - 2) + "0]";
        assertThat((List<?>) read(BadDocumentsTest.plus(fits)).extensions().asMap().get("x")).hasSize(max - 1);
        String over = "\"x\":[" + "0,".repeat(max - 1) + "0]";
        assertThatThrownBy(() -> read(BadDocumentsTest.plus(over)))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageContaining("must not hold more than " + max + " values");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-11-21t09:30:00+03:00", "2022-11-21T06:30:00z", "2022-11-21t06:30:00Z"})
    void rfc3339AllowsLowercaseTAndZ(String date) throws Exception {
        Article article = read(BadDocumentsTest.replace("\"published\":\"2022-11-21T09:30:00+03:00\"",
                "\"published\":\"" + date + "\""));
        assertThat(article.published().orElseThrow().toInstant())
                .isEqualTo(java.time.Instant.parse("2022-11-21T06:30:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u2065", "\\u206A", "\\u2029x", "\\uD83D\\uDE00"})
    void urlCharactersNextToTheBidiControlsAreLeftToTheUrlParser(String escaped) throws Exception {
        String json = BadDocumentsTest.replace("\"url\":\"https://example.org/tr/x\"",
                "\"url\":\"https://example.org/tr/x" + escaped + "\"");
        String decoded = new ObjectMapper().readValue("\"" + escaped + "\"", String.class);
        if (decoded.startsWith("\u2029")) {
            // a paragraph separator is a space character: java.net.URI refuses it
            assertThatThrownBy(() -> read(json))
                    .isInstanceOf(adapter.failure(Failure.INVALID))
                    .hasMessageStartingWith("$.translations[0].url: must be a valid URL");
        } else {
            // read as an IRI, kept in its ASCII (percent-encoded) form
            assertThat(read(json).translations().get(0).url())
                    .isEqualTo(new URI(new URI("https://example.org/tr/x" + decoded).toASCIIString()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202A", "\\u202E", "\\u2066", "\\u2069", "\\u009F", "\\u007F", "\\uD83D", "\\uDE00x", " "})
    void urlsRefuseBidiControlsControlsSpacesAndLoneSurrogates(String escaped) {
        String json = BadDocumentsTest.replace("\"url\":\"https://example.org/tr/x\"",
                "\"url\":\"https://example.org/tr/x" + escaped + "\"");
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(adapter.failure(Failure.INVALID))
                .hasMessageStartingWith("$.translations[0].url: must be a URL without spaces, control, bidi control "
                        + "characters or unpaired surrogates");
    }
}

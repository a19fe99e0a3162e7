package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.byline.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hardened entry point. */
class BylineJsonTest {

    @Test
    void readerReadsAndWriterWrites() throws IOException {
        String json = BylineJson.writer().writeValueAsString(Samples.sample());
        assertThat(BylineJson.reader().<Article>readValue(json)).isEqualTo(Samples.sample());
        assertThat(BylineJson.reader().<Article>readValue(json.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Samples.sample());
    }

    @Test
    void duplicateKeysAreRejectedByTheParser() {
        String json = BadDocumentsTest.plus("\"title\":\"Again\"");
        assertThatThrownBy(() -> BylineJson.reader().readValue(json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'title'");
    }

    @Test
    void commentsAreNotAllowed() {
        String json = BadDocumentsTest.BASE.replace("{\"schemaVersion\"", "{/* c */\"schemaVersion\"");
        assertThatThrownBy(() -> BylineJson.reader().readValue(json))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("$: ").hasMessageContaining("comment");
    }

    @Test
    void documentsOverTheLimitFailWithTheirPathFromBytesAndStreams() {
        String big = BadDocumentsTest.plus("\"x\":[" + ("\"" + "y".repeat(999_990) + "\",").repeat(70) + "0]");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BylineJson.reader().readValue(bytes))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("$.x: document must be at most " + BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThatThrownBy(() -> BylineJson.reader().readValue(new java.io.ByteArrayInputStream(bytes)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("$.x: document must be at most " + BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
    }

    @Test
    void stringsLongerThanTheLongestBodyStopAtTheParser() {
        String json = BadDocumentsTest.BASE.replace("<p>Text.</p>", "x".repeat(10_000_001));
        assertThatThrownBy(() -> BylineJson.reader().readValue(json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("$.body.content: ")
                .hasMessageContaining("String value length");
    }

    @Test
    void mapperIsANewInstanceEachTime() {
        ObjectMapper a = BylineJson.mapper();
        assertThat(a).isNotSameAs(BylineJson.mapper());
        assertThat(a.getRegisteredModuleIds()).contains(BylineModule.class.getName());
    }
}

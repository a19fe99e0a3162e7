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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void duplicateKeysAreRejectedByTheMapperParser() {
        String json = BadDocumentsTest.plus("\"title\":\"Again\"");
        assertThatThrownBy(() -> BylineJson.mapper().readValue(json, Article.class))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'title'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"title\":\"Title\"|\"title\":\"Title\",\"title\":\"Again\"|$.title",
        "\"name\":\"Name\"|\"name\":\"Name\",\"name\":\"N\"|$.authors[0].name",
        "\"format\":\"html\"|\"format\":\"html\",\"format\":\"text\"|$.body.format",
        "\"format\":\"html\"|\"format\":\"html\",\"x\":1,\"x\":2|$.body.x",
        "\"schemaVersion\":1|\"schemaVersion\":1,\"x\":{\"a\":1,\"a\":[]}|$.x.a"})
    void duplicateKeysAreRejectedByTheReaderAtEveryLevel(String from, String to, String path) {
        String json = BadDocumentsTest.BASE.replace(from, to);
        assertThat(json).isNotEqualTo(BadDocumentsTest.BASE);
        assertThatThrownBy(() -> BylineJson.reader().readValue(json))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith(path + ": must not appear twice in one object (duplicate property)");
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

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

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void byteInputMustBeUtf8(String charset) throws java.io.IOException {
        // found by fuzzing: bytes that look like UTF-32 made Jackson throw CharConversionException
        byte[] json = "{\"schemaVersion\":1}".getBytes(java.nio.charset.Charset.forName(charset));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BylineJson.reader().readValue(json))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
                .hasMessageStartingWith("$: must be JSON encoded in UTF-8 (RFC 8259)");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> BylineJson.reader().readValue(new java.io.ByteArrayInputStream(json)))
                .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
                .hasMessageStartingWith("$: must be JSON encoded in UTF-8 (RFC 8259)");
    }

    @org.junit.jupiter.api.Test
    void utf8WithOrWithoutByteOrderMarkIsRead() throws java.io.IOException {
        byte[] json = BylineJson.writer().writeValueAsBytes(Samples.minimalDraft());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        dev.byline.Article plain = BylineJson.reader().readValue(json);
        org.assertj.core.api.Assertions.assertThat(plain).isEqualTo(Samples.minimalDraft());
        dev.byline.Article bom = BylineJson.reader().readValue(new java.io.ByteArrayInputStream(withBom));
        org.assertj.core.api.Assertions.assertThat(bom).isEqualTo(Samples.minimalDraft());
        org.assertj.core.api.Assertions.assertThat(BylineJson.mapper().copy().readValue(json, dev.byline.Article.class))
                .isEqualTo(Samples.minimalDraft());
    }
}

package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hardened entry point, {@code BylineJson}, of each adapter. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class BylineJsonTest {

    @Parameter
    Adapter adapter;

    @Test
    void readerReadsAndWriterWrites() throws Exception {
        Adapter.Codec json = adapter.hardenedReaderWriter();
        String text = json.write(Samples.sample());
        assertThat(json.read(text)).isEqualTo(Samples.sample());
        assertThat(json.read(text.getBytes(StandardCharsets.UTF_8), Article.class)).isEqualTo(Samples.sample());
    }

    @Test
    void duplicateKeysAreRejectedByTheMapperParser() {
        String json = BadDocumentsTest.plus("\"title\":\"Again\"");
        assertThatThrownBy(() -> adapter.hardened().read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageContaining("title")
                .hasMessageContaining("Duplicate");
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
        assertThatThrownBy(() -> adapter.hardenedReaderWriter().read(json))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageStartingWith(path + ": must not appear twice in one object (duplicate property)");
    }

    @Test
    void commentsAreNotAllowed() {
        String json = BadDocumentsTest.BASE.replace("{\"schemaVersion\"", "{/* c */\"schemaVersion\"");
        assertThatThrownBy(() -> adapter.hardenedReaderWriter().read(json))
                .isInstanceOf(adapter.failure(Failure.MALFORMED)).hasMessageStartingWith("$: ")
                .hasMessageContaining("comment");
    }

    @Test
    void documentsOverTheLimitFailWithTheirPathFromBytesAndStreams() {
        String big = BadDocumentsTest.plus("\"x\":[" + ("\"" + "y".repeat(999_990) + "\",").repeat(70) + "0]");
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        Adapter.Codec reader = adapter.hardenedReaderWriter();
        assertThatThrownBy(() -> reader.read(bytes, Article.class))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageStartingWith("$.x: document must be at most " + BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes), Article.class))
                .isInstanceOf(adapter.failure(Failure.MISMATCH))
                .hasMessageStartingWith("$.x: document must be at most " + BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
    }

    @Test
    void stringsLongerThanTheLongestBodyStopAtTheParser() {
        String json = BadDocumentsTest.BASE.replace("<p>Text.</p>", "x".repeat(10_000_001));
        assertThatThrownBy(() -> adapter.hardenedReaderWriter().read(json))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageStartingWith("$.body.content: ")
                .hasMessageContaining("String value length");
    }

    @Test
    void mapperHasTheModuleRegistered() {
        assertThat(adapter.hardenedModuleIds()).contains(adapter.moduleClass().getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void byteInputMustBeUtf8(String charset) {
        // found by fuzzing: bytes that look like UTF-32 made Jackson throw CharConversionException
        byte[] json = "{\"schemaVersion\":1}".getBytes(Charset.forName(charset));
        Adapter.Codec reader = adapter.hardenedReaderWriter();
        assertThatThrownBy(() -> reader.read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageStartingWith("$: must be JSON encoded in UTF-8 (RFC 8259)");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(json), Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageStartingWith("$: must be JSON encoded in UTF-8 (RFC 8259)");
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkIsRead() throws Exception {
        Adapter.Codec reader = adapter.hardenedReaderWriter();
        byte[] json = reader.writeBytes(Samples.minimalDraft());
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertThat(reader.read(json, Article.class)).isEqualTo(Samples.minimalDraft());
        assertThat(reader.read(new ByteArrayInputStream(withBom), Article.class)).isEqualTo(Samples.minimalDraft());
        assertThat(adapter.hardenedCopy().read(json, Article.class)).isEqualTo(Samples.minimalDraft());
    }

    @ParameterizedTest
    @CsvSource({"c181, 10", "c080, 10", "e08080, 11", "f5808080, 10", "eda080, 11"})
    void invalidUtf8IsRefusedByBothGenerationsWhateverTheJacksonVersion(String hex, long offset) {
        // found by fuzzing: Jackson 3.1 decodes overlong forms (C1 81 as "A", C0 80 as NUL) that
        // Jackson 2 refuses; the hardened readers of both generations refuse them
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] json = new byte[10 + bad.length + 2];
        System.arraycopy("{\"title\":\"".getBytes(StandardCharsets.US_ASCII), 0, json, 0, 10);
        System.arraycopy(bad, 0, json, 10, bad.length);
        json[json.length - 2] = '"';
        json[json.length - 1] = '}';
        Adapter.Codec reader = adapter.hardenedReaderWriter();
        assertThatThrownBy(() -> reader.read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED)).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(json), Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED)).hasMessageContaining("UTF-8");
    }

    @Test
    void aCopyOfTheMapperStillRefusesBytesThatAreNotUtf8() {
        byte[] json = "{\"schemaVersion\":1}".getBytes(Charset.forName("UTF-32BE"));
        assertThatThrownBy(() -> adapter.hardenedCopy().read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageStartingWith("$: must be JSON encoded in UTF-8 (RFC 8259)");
    }
}

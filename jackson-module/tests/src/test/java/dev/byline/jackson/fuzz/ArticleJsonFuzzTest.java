package dev.byline.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.byline.Article;
import dev.byline.jackson.BylineJson;
import dev.byline.jackson.BylineModule;
import java.io.IOException;

/**
 * Reading an article from arbitrary bytes, with byline's hardened reader and with a stock
 * mapper that found the module itself. The oracle: only Jackson's processing exceptions escape
 * (the documented failure types, which carry the JSON path), and whatever is accepted writes,
 * reads back to an equal article and writes again to identical bytes.
 */
class ArticleJsonFuzzTest {

    private static final ObjectReader HARDENED = BylineJson.reader().forType(Article.class);
    private static final ObjectWriter HARDENED_WRITER = BylineJson.writer();
    private static final ObjectMapper STOCK = new ObjectMapper().registerModule(new BylineModule());

    @FuzzTest(maxDuration = "10m")
    void hardenedReaderAcceptsOnlyWhatRoundTrips(byte[] json) throws IOException {
        Article article;
        try {
            article = HARDENED.readValue(json);
        } catch (JsonProcessingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        byte[] written = HARDENED_WRITER.writeValueAsBytes(article);
        Article again = HARDENED.readValue(written);
        assertThat(again).isEqualTo(article);
        assertThat(HARDENED_WRITER.writeValueAsBytes(again)).isEqualTo(written);
    }

    @FuzzTest(maxDuration = "10m")
    void stockMapperAcceptsOnlyWhatRoundTrips(FuzzedDataProvider data) throws IOException {
        String json = data.consumeRemainingAsString();
        Article article;
        try {
            article = STOCK.readValue(json, Article.class);
        } catch (JsonProcessingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        String written = STOCK.writeValueAsString(article);
        Article again = STOCK.readValue(written, Article.class);
        assertThat(again).isEqualTo(article);
        assertThat(STOCK.writeValueAsString(again)).isEqualTo(written);
    }
}

package dev.byline.jackson.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.byline.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 reader on arbitrary bytes. Two oracles: it agrees with the Jackson 2 reader on
 * every input (both accept and write identical bytes, or both reject, with the same message
 * unless the parser itself words it), and whatever the stock Jackson 3 mapper accepts writes,
 * reads back to an equal article and writes again to identical bytes. Only Jackson's exceptions
 * may escape.
 */
class Jackson3JsonFuzzTest {

    private static final ObjectReader THREE = dev.byline.jackson3.BylineJson.reader().forType(Article.class);
    private static final ObjectWriter THREE_WRITER = dev.byline.jackson3.BylineJson.writer();
    private static final com.fasterxml.jackson.databind.ObjectReader TWO =
            dev.byline.jackson.BylineJson.reader().forType(Article.class);
    private static final com.fasterxml.jackson.databind.ObjectWriter TWO_WRITER = dev.byline.jackson.BylineJson.writer();
    private static final ObjectMapper STOCK = JsonMapper.builder().addModule(new dev.byline.jackson3.BylineModule()).build();

    @FuzzTest(maxDuration = "10m")
    void readersOfBothGenerationsAgree(byte[] json) throws Exception {
        Article two = null;
        String twoFailure = null;
        try {
            two = TWO.readValue(json);
        } catch (JsonProcessingException e) {
            twoFailure = e.getOriginalMessage();
        }
        Article three = null;
        String threeFailure = null;
        boolean parserWorded = false;
        try {
            three = THREE.readValue(json);
        } catch (JacksonException e) {
            threeFailure = e.getOriginalMessage();
            parserWorded = e instanceof StreamReadException;
        }
        if (two == null) {
            assertThat(threeFailure).as("Jackson 3 accepted what Jackson 2 refused: %s", twoFailure).isNotNull();
            if (!parserWorded) {
                assertThat(threeFailure).isEqualTo(twoFailure);
            }
            return;
        }
        assertThat(three).as("Jackson 3 refused what Jackson 2 accepted: %s", threeFailure).isEqualTo(two);
        byte[] written = THREE_WRITER.writeValueAsBytes(three);
        assertThat(written).isEqualTo(TWO_WRITER.writeValueAsBytes(two));
        assertThat((Article) THREE.readValue(written)).isEqualTo(three);
    }

    @FuzzTest(maxDuration = "10m")
    void jackson3StockMapperAcceptsOnlyWhatRoundTrips(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        Article article;
        try {
            article = STOCK.readValue(json, Article.class);
        } catch (JacksonException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        String written = STOCK.writeValueAsString(article);
        Article again = STOCK.readValue(written, Article.class);
        assertThat(again).isEqualTo(article);
        assertThat(STOCK.writeValueAsString(again)).isEqualTo(written);
    }
}

package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.Article;
import dev.byline.jackson.Fixtures.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire format as it stands: each golden file is the exact output for its article, and
 * reading then writing any golden file gives it back byte for byte.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class GoldenFilesTest {

    @Parameter
    Adapter adapter;

    @ParameterizedTest
    @EnumSource(value = Golden.class, names = "EXTENSIONS", mode = EnumSource.Mode.EXCLUDE)
    void writingTheArticleGivesTheGoldenFile(Golden golden) throws Exception {
        if (Boolean.getBoolean("byline.golden.update")) {
            Fixtures.update(golden, adapter.hardened().pretty(golden.article.get()));
        }
        assertThat(adapter.hardened().pretty(golden.article.get())).isEqualTo(Fixtures.resource(golden.resource()));
    }

    @ParameterizedTest
    @EnumSource(value = Golden.class, names = "EXTENSIONS", mode = EnumSource.Mode.EXCLUDE)
    void readingTheGoldenFileGivesAnEqualArticle(Golden golden) throws Exception {
        Article read = adapter.hardened().read(Fixtures.resource(golden.resource()), Article.class);
        assertThat(read).isEqualTo(golden.article.get());
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void readThenWriteGivesTheGoldenFileBack(Golden golden) throws Exception {
        String text = Fixtures.resource(golden.resource());
        assertThat(adapter.hardened().pretty(adapter.hardened().read(text, Article.class))).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void compactRoundTripGivesEqualArticleAndIdenticalBytes(Golden golden) throws Exception {
        Article first = adapter.hardened().read(Fixtures.resource(golden.resource()), Article.class);
        byte[] once = adapter.hardened().writeBytes(first);
        Article second = adapter.hardened().read(once, Article.class);
        byte[] twice = adapter.hardened().writeBytes(second);
        assertThat(second).isEqualTo(first);
        assertThat(twice).isEqualTo(once);
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void aStockMapperThatDiscoveredTheModuleReadsAndWritesEveryGoldenFile(Golden golden) throws Exception {
        String text = Fixtures.resource(golden.resource());
        Adapter.Codec stock = adapter.discovered();
        Article read = stock.read(text);
        assertThat(read).isEqualTo(adapter.hardened().read(text));
        assertThat(stock.pretty(read)).isEqualTo(text);
        assertThat(stock.write(read)).isEqualTo(adapter.hardened().write(read));
    }

    @Test
    void updateModeIsOffInNormalRuns() {
        assumeTrue(!Boolean.getBoolean("byline.golden.update"), "golden files are being rewritten");
        assertThat(Boolean.getBoolean("byline.golden.update")).isFalse();
    }
}

package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.byline.Article;
import dev.byline.jackson.Fixtures.Golden;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire format as it stands: each golden file is the exact output for its article, and
 * reading then writing any golden file gives it back byte for byte.
 */
class GoldenFilesTest {

    @ParameterizedTest
    @EnumSource(value = Golden.class, names = "EXTENSIONS", mode = EnumSource.Mode.EXCLUDE)
    void writingTheArticleGivesTheGoldenFile(Golden golden) throws IOException {
        if (Boolean.getBoolean("byline.golden.update")) {
            Fixtures.update(golden);
        }
        assertThat(Fixtures.pretty(golden.article.get())).isEqualTo(Fixtures.resource(golden.resource()));
    }

    @ParameterizedTest
    @EnumSource(value = Golden.class, names = "EXTENSIONS", mode = EnumSource.Mode.EXCLUDE)
    void readingTheGoldenFileGivesAnEqualArticle(Golden golden) throws IOException {
        Article read = Fixtures.MAPPER.readValue(Fixtures.resource(golden.resource()), Article.class);
        assertThat(read).isEqualTo(golden.article.get());
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void readThenWriteGivesTheGoldenFileBack(Golden golden) throws IOException {
        String text = Fixtures.resource(golden.resource());
        assertThat(Fixtures.pretty(Fixtures.MAPPER.readValue(text, Article.class))).isEqualTo(text);
    }

    @ParameterizedTest
    @EnumSource(Golden.class)
    void compactRoundTripGivesEqualArticleAndIdenticalBytes(Golden golden) throws IOException {
        Article first = Fixtures.MAPPER.readValue(Fixtures.resource(golden.resource()), Article.class);
        byte[] once = Fixtures.MAPPER.writeValueAsBytes(first);
        Article second = Fixtures.MAPPER.readValue(once, Article.class);
        byte[] twice = Fixtures.MAPPER.writeValueAsBytes(second);
        assertThat(second).isEqualTo(first);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void updateModeIsOffInNormalRuns() {
        assumeTrue(!Boolean.getBoolean("byline.golden.update"), "golden files are being rewritten");
        assertThat(Boolean.getBoolean("byline.golden.update")).isFalse();
    }
}

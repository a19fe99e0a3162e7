package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed pinyin table is exactly what ICU's Han-Latin says, for every ideograph. */
class ChineseTableTest {

    private static final Map<String, StringBuilder> ICU = PinyinTableGenerator.generate();

    @Test
    void committedConstantsAreWhatIcuGeneratesToday() {
        assertThat(PinyinTable.SYLLABLES)
                .as("PinyinTable.java is stale: run PinyinTableGenerator after an ICU upgrade")
                .isEqualTo(PinyinTableGenerator.syllables(ICU));
        assertThat(PinyinTable.INDEX)
                .as("PinyinTable.java is stale: run PinyinTableGenerator after an ICU upgrade")
                .isEqualTo(PinyinTableGenerator.index(ICU));
    }

    @Test
    void committedFileIsExactlyTheGeneratedOne() throws IOException {
        Path file = Path.of("src/main/java/dev/byline/slug/internal/PinyinTable.java");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PinyinTableGenerator.render(ICU));
    }

    @Test
    void everyIdeographReadsAsIcuReadsIt() {
        int[] read = {0};
        ICU.forEach((syllable, chars) -> chars.codePoints().forEach(cp -> {
            assertThat(Chinese.pinyin(cp)).as("U+%04X", cp).isEqualTo(syllable);
            read[0]++;
        }));
        int unread = 0;
        for (int cp = Chinese.FIRST; cp <= Chinese.LAST; cp++) {
            if (Chinese.pinyin(cp) == null) {
                unread++;
            }
        }
        assertThat(read[0] + unread).isEqualTo(Chinese.LAST - Chinese.FIRST + 1);
        assertThat(read[0]).as("ICU reads nearly every ideograph of the range").isGreaterThan(26_000);
    }

    @Test
    void lookupGivesTheTableReading() {
        assertThat(Chinese.pinyin('北')).isEqualTo("bei");
        assertThat(Chinese.pinyin('京')).isEqualTo("jing");
        assertThat(Chinese.pinyin('中')).isEqualTo("zhong");
        assertThat(Chinese.pinyin('吖')).isEqualTo("a");
        assertThat(Chinese.pinyin('㐀')).isEqualTo("qiu");
        assertThat(Chinese.pinyin(0x4DC0)).as("a hexagram symbol has no reading").isNull();
    }
}

package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The committed pinyin table is exactly what ICU's Han-Latin says, for every ideograph. */
class ChineseTableTest {

    @Test
    void committedTableIsWhatIcuGeneratesToday() throws IOException {
        String committed;
        try (InputStream in = Objects.requireNonNull(Chinese.class.getResourceAsStream("pinyin.txt"))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        String generated = PinyinTableGenerator.render(PinyinTableGenerator.generate());

        assertThat(committed)
                .as("pinyin.txt is stale: run PinyinTableGenerator after an ICU upgrade")
                .isEqualTo(generated);
    }

    @Test
    void lookupGivesTheTableReading() {
        assertThat(Chinese.pinyin('北')).isEqualTo("bei");
        assertThat(Chinese.pinyin('京')).isEqualTo("jing");
        assertThat(Chinese.pinyin('中')).isEqualTo("zhong");
        assertThat(Chinese.pinyin(0x4DC0)).as("a hexagram symbol has no reading").isNull();
    }
}

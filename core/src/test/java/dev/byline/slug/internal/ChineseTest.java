package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ChineseTest {

    @Test
    void coversTheIdeographsFromExtensionAToTheEndOfTheUnifiedBlock() {
        assertThat(Chinese.covers(0x33FF)).isFalse();
        assertThat(Chinese.covers(0x3400)).isTrue();
        assertThat(Chinese.covers(0x9FFF)).isTrue();
        assertThat(Chinese.covers(0xA000)).isFalse();
    }

    @Test
    void loadingTheTableGivesOneSyllablePerLineAndEveryIdeographOfALineItsSyllable() throws IOException {
        short[] index = new short[Chinese.LAST - Chinese.FIRST + 1];

        String[] syllables = Chinese.load(index);

        assertThat(syllables).hasSize((int) tableLines().filter(line -> !line.startsWith("#")).count());
        assertThat(syllables[0]).isEqualTo("a");
        assertThat(syllables[index['吖' - Chinese.FIRST] - 1]).isEqualTo("a");
        assertThat(syllables[index['阿' - Chinese.FIRST] - 1]).isEqualTo("a");
        assertThat(syllables[index['㐀' - Chinese.FIRST] - 1]).isEqualTo("qiu");
        assertThat(syllables[index['北' - Chinese.FIRST] - 1]).isEqualTo("bei");
        assertThat(syllables[syllables.length - 1]).isEqualTo(lastSyllable());
        assertThat(index[0x4DC0 - Chinese.FIRST]).as("a hexagram symbol has no reading").isZero();
    }

    private static java.util.stream.Stream<String> tableLines() throws IOException {
        try (InputStream in = Objects.requireNonNull(Chinese.class.getResourceAsStream("pinyin.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList().stream();
        }
    }

    private static String lastSyllable() throws IOException {
        String last = tableLines().reduce((a, b) -> b).orElseThrow();
        return last.substring(0, last.indexOf('\t'));
    }
}

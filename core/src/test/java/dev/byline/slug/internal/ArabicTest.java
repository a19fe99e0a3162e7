package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArabicTest {

    private static String write(String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = Arabic.ARABIC.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @Test
    void coversExactlyTheArabicBlock() {
        assertThat(Arabic.covers(0x05FF)).isFalse();
        assertThat(Arabic.covers(0x0600)).isTrue();
        assertThat(Arabic.covers(0x06FF)).isTrue();
        assertThat(Arabic.covers(0x0700)).isFalse();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x064B, 0x0650, 0x065F, 0x0670, 0x0640, 0x06D6, 0x06E0, 0x06ED, 0x0610, 0x061A})
    void vowelMarksQuranicMarksAndTatweelInsideAWordAreIgnored(int mark) {
        assertThat(write("ب" + Character.toString(mark) + "ت")).isEqualTo("bt");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x060C, 0x061B, 0x061F, 0x066A})
    void arabicPunctuationSeparatesWords(int punctuation) {
        assertThat(write("ب" + Character.toString(punctuation) + "ت")).isEqualTo("b-t");
    }
}

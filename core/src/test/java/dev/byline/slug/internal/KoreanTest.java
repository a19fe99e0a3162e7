package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanTest {

    @Test
    void coversExactlyTheHangulSyllablesBlock() {
        assertThat(Korean.covers(0xABFF)).isFalse();
        assertThat(Korean.covers('가')).isTrue(); // U+AC00, the first syllable
        assertThat(Korean.covers('힣')).isTrue(); // U+D7A3, the last syllable
        assertThat(Korean.covers(0xD7A4)).isFalse();
    }

    @Test
    void lastSyllableIsRomanizedByTheTable() {
        SlugBuilder out = new SlugBuilder('-', 8);

        int end = Korean.RULES.write("힣.", 0, out);

        assertThat(end).isEqualTo(1);
        assertThat(out).hasToString("hit"); // ㅎ ㅣ ㅎ, a final ㅎ sounds as t
    }
}

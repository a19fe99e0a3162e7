package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GreekTest {

    @Test
    void coversTheGreekAndGreekExtendedBlocks() {
        assertThat(Greek.covers(0x036F)).isFalse();
        assertThat(Greek.covers(0x0370)).isTrue();
        assertThat(Greek.covers(0x03FF)).isTrue();
        assertThat(Greek.covers(0x0400)).isFalse();
        assertThat(Greek.covers(0x1EFF)).isFalse();
        assertThat(Greek.covers(0x1F00)).isTrue();
        assertThat(Greek.covers(0x1FFF)).isTrue();
        assertThat(Greek.covers(0x2000)).isFalse();
    }

    @Test
    void aSymbolOfTheGreekBlockSeparatesWords() {
        SlugBuilder out = new SlugBuilder('-', 16);

        int end = Greek.RULES.write("αβ϶γδ", 0, out);

        assertThat(end).isEqualTo(5);
        assertThat(out).hasToString("av-gd");
    }
}

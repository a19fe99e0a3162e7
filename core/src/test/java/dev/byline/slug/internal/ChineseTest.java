package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTest {

    @Test
    void coversTheIdeographsFromExtensionAToTheEndOfTheUnifiedBlock() {
        assertThat(Chinese.covers(0x33FF)).isFalse();
        assertThat(Chinese.covers(0x3400)).isTrue();
        assertThat(Chinese.covers(0x9FFF)).isTrue();
        assertThat(Chinese.covers(0xA000)).isFalse();
    }
}

package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcuFallbackTest {

    @Test
    void thaiIsTheThaiBlock() {
        assertThat(IcuFallback.isThai(0x0DFF)).isFalse();
        assertThat(IcuFallback.isThai(0x0E00)).isTrue();
        assertThat(IcuFallback.isThai(0x0E7F)).isTrue();
        assertThat(IcuFallback.isThai(0x0E80)).isFalse();
    }
}

package dev.byline.related.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntSetTest {

    @Test
    void holdsManyValuesThroughEveryGrowth() {
        IntSet set = new IntSet(1);
        for (int v = 0; v < 1000; v++) {
            assertThat(set.add(v * 7)).as("add %d", v * 7).isTrue();
            assertThat(set.size()).isEqualTo(v + 1);
        }
        for (int v = 0; v < 1000; v++) {
            assertThat(set.add(v * 7)).as("add %d again", v * 7).isFalse();
        }
        assertThat(set.size()).isEqualTo(1000);
        for (int v = 0; v < 7000; v++) {
            assertThat(set.contains(v)).as("contains %d", v).isEqualTo(v % 7 == 0);
        }
    }

    @Test
    void zeroIsAValueLikeAnyOther() {
        IntSet set = new IntSet(8);
        assertThat(set.contains(0)).isFalse();
        assertThat(set.add(0)).isTrue();
        assertThat(set.contains(0)).isTrue();
        assertThat(set.add(0)).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }
}

package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugBuilderTest {

    @Test
    void boundariesNeverLeadDoubleOrTrail() {
        SlugBuilder out = new SlugBuilder('_', 8);

        out.boundary();
        out.append("ab");
        out.boundary();
        out.boundary();
        out.append('c');
        out.boundary();

        assertThat(out).hasToString("ab_c");
        assertThat(out.length()).isEqualTo(4);
    }

    @Test
    void theCurrentWordIsWhatWasWrittenSinceTheLastSeparator() {
        SlugBuilder out = new SlugBuilder('-', 8);
        out.append("one");
        out.boundary();

        assertThat(out.atWordStart()).isTrue();
        assertThat(out.currentWord()).hasToString("");
        assertThat(out.currentWordLength()).isZero();

        out.appendCodePoint(0x1D400);
        out.append("xy");

        assertThat(out.atWordStart()).isFalse();
        assertThat(out.currentWord()).hasToString("\uD835\uDC00xy");
        assertThat(out.currentWordLength()).isEqualTo(4);
        assertThat(out.lastChar()).isEqualTo('y');
        assertThat(out.length()).isEqualTo(8);
    }

    @Test
    void appendingNothingStartsNoWord() {
        SlugBuilder out = new SlugBuilder('-', 8);
        out.append("a");
        out.boundary();
        out.append("");

        assertThat(out.atWordStart()).isTrue();
        assertThat(out).hasToString("a");
    }

    @Test
    void clearForgetsEverything() {
        SlugBuilder out = new SlugBuilder('-', 8);
        out.append("abc");
        out.boundary();

        out.clear();
        out.append('d');

        assertThat(out).hasToString("d");
        assertThat(out.currentWordLength()).isEqualTo(1);
    }
}

package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HindiTest {

    private static String write(String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = Hindi.RULES.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @Test
    void coversDevanagariAndDevanagariExtended() {
        assertThat(Hindi.covers(0x08FF)).isFalse();
        assertThat(Hindi.covers(0x0900)).isTrue();
        assertThat(Hindi.covers(0x097F)).isTrue();
        assertThat(Hindi.covers(0x0980)).isFalse();
        assertThat(Hindi.covers(0xA8DF)).isFalse();
        assertThat(Hindi.covers(0xA8E0)).isTrue();
        assertThat(Hindi.covers(0xA8FF)).isTrue();
        assertThat(Hindi.covers(0xA900)).isFalse();
    }

    @Test
    void aNuktaOnAConsonantWithoutANuktaSpellingLeavesItAsItIs() {
        assertThat(write("कल़")).isEqualTo("kal");
    }

    @Test
    void aWordOfOneConsonantKeepsItsVowel() {
        assertThat(write("य")).isEqualTo("ya");
    }

    @ParameterizedTest(name = "एवं{0} -> {1}")
    @CsvSource({"।, evam", "॥, evam", "॰, evam", "०, evam0", "९, evam9"})
    void anusvaraAfterTheInherentVowelBeforeAPunctuationSignOrADigitEndsTheWordAsM(String after, String expected) {
        assertThat(write("एवं" + after)).isEqualTo(expected);
    }
}

package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseTest {

    @ParameterizedTest(name = "U+{0}: {1}")
    @CsvSource({
        "3040, false", "3041, true", "3096, true", "3097, false",
        "309C, false", "309D, true", "309F, true", "30A0, false",
        "30A1, true", "30FA, true", "30FB, false", "30FC, true", "30FF, true", "3100, false",
        "31EF, false", "31F0, true", "31FF, true", "3200, false"})
    void coversKanaLettersTheProlongedSoundMarkAndTheIterationMarks(String hex, boolean covered) {
        assertThat(Japanese.covers(Integer.parseInt(hex, 16))).isEqualTo(covered);
    }
}

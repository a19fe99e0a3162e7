package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Underscores between segments and the zero-width non-joiner inside Persian words. */
class SlugJoinersTest {

    @ParameterizedTest
    @ValueSource(strings = {"kabul_after_the_war", "c_sharp-tips", "a_b", "می\u200Cخواهم", "می\u200Cخواهم-کتاب"})
    void acceptsUnderscoresAndANonJoinerBetweenLetters(String value) {
        assertThat(Slug.of(value).value()).isEqualTo(value);
        assertThat(Slug.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "_kabul|must not start with a hyphen or underscore",
        "kabul_|must not end with a hyphen or underscore",
        "kabul__war|must not contain consecutive hyphens or underscores",
        "kabul-_war|must not contain consecutive hyphens or underscores",
    })
    void refusesMisplacedUnderscores(String value, String rule) {
        assertThatThrownBy(() -> Slug.of(value))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("slug: " + rule);
        assertThat(Slug.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200Cکتاب", "کتاب\u200C", "کتاب\u200C-ها", "کت\u200C\u200Cاب", "1\u200Cکتاب", "a\u200C1"})
    void refusesANonJoinerNotBetweenTwoLetters(String value) {
        assertThatThrownBy(() -> Slug.of(value))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("zero-width non-joiner only between two letters");
        assertThat(Slug.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kabul\u200Dwar", "kabul\u200Bwar", "kabul\u202Ewar"})
    void otherFormatCharactersStayForbidden(String value) {
        assertThatThrownBy(() -> Slug.of(value))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("must contain only letters, digits and single hyphens or underscores");
    }
}

package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "moscow-and-kabul", "5g-100k", "istanbul", "москва-и-кабул", "کابل-۱۴۰۱",
        "东京", "मुंबई", "ελλάδα", "a-b-c-d", "a_b", "می\u200Cخواهم"})
    void acceptsLowercaseLettersMarksAndDigitsOfAnyScript(String value) {
        assertThat(Slug.of(value).value()).isEqualTo(value);
        assertThat(Slug.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|must not be empty",
        "-a|must not start with a hyphen or underscore",
        "a-|must not end with a hyphen or underscore",
        "a--b|must not contain consecutive hyphens or underscores",
        "Moscow|must be lowercase",
        "İstanbul|must be lowercase",
        "Москва|must be lowercase",
        "a b|must contain only letters, digits and single hyphens or underscores between them",
        "a__b|must not contain consecutive hyphens or underscores",
        "_a|must not start with a hyphen or underscore",
        "a/b|must contain only letters, digits and single hyphens or underscores between them",
        "a\u200Fb|must contain only letters, digits and single hyphens or underscores between them",
        "a\u202Eb|must contain only letters, digits and single hyphens or underscores between them",
        "\u0301a|must not start a segment with a combining mark",
        "a-\u0301b|must not start a segment with a combining mark",
        "a\u200C|must have a zero-width non-joiner only between two letters",
        "a\u200C-b|must have a zero-width non-joiner only between two letters",
        "a😀|must contain only letters, digits and single hyphens or underscores between them"})
    void rejectsWhatIsNotASlug(String value, String rule) {
        assertThatThrownBy(() -> Slug.of(value))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("slug: " + rule);
        assertThat(Slug.isValid(value)).isFalse();
    }

    @Test
    void rejectsOverlongSlugs() {
        assertThat(Slug.of("a".repeat(Limits.MAX_SLUG_LENGTH)).value()).hasSize(200);
        assertThatThrownBy(() -> Slug.of("a".repeat(Limits.MAX_SLUG_LENGTH + 1)))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("slug: must be at most 200 characters long, is 201");
    }

    @Test
    void theAsciiShortcutOfOfAgreesWithTheFullRules() {
        // every string of up to six chars over letters, digits, both separators, an uppercase
        // letter and a symbol: Slug.of (which settles plain ASCII in one pass) accepts exactly
        // what isValid (the full rules) accepts, and fails with the full rules' message otherwise
        char[] alphabet = {'a', 'z', '0', '9', '-', '_', 'A', '/'};
        int checked = 0;
        for (int length = 0; length <= 6; length++) {
            for (int combination = 0; combination < Math.pow(alphabet.length, length); combination++) {
                char[] chars = new char[length];
                for (int k = 0, rest = combination; k < length; k++, rest /= alphabet.length) {
                    chars[k] = alphabet[rest % alphabet.length];
                }
                String value = new String(chars);
                if (Slug.isValid(value)) {
                    assertThat(Slug.of(value).value()).isEqualTo(value);
                } else {
                    assertThatThrownBy(() -> Slug.of(value))
                            .isExactlyInstanceOf(InvalidArticleException.class)
                            .hasMessageStartingWith("slug: must ");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(299_593); // 8^0 + 8^1 + ... + 8^6
    }

    @Test
    void normalizesToNfcAndTellsAsciiApart() {
        Slug s = Slug.of("cafe\u0301");
        assertThat(s.value()).isEqualTo("café");
        assertThat(s.isAscii()).isFalse();
        assertThat(Slug.isValid("cafe\u0301")).isFalse();
        assertThat(Slug.of("cafe").isAscii()).isTrue();
        assertThat(Slug.of("a-1").toString()).isEqualTo("a-1");
        assertThat(Slug.of("a").compareTo(Slug.of("b"))).isNegative();
    }
}

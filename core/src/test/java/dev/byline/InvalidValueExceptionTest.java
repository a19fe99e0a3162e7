package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.slug.Slugger;
import org.junit.jupiter.api.Test;

/** The common type of byline's errors for bad values: the form of its message and its place among the types. */
class InvalidValueExceptionTest {

    @Test
    void messageNamesPathRuleAndValue() {
        InvalidValueException e = new InvalidValueException("options.limit", "must be between 1 and 1000", 0);
        assertThat(e).hasMessage("options.limit: must be between 1 and 1000 (was \"0\")");
        assertThat(e.path()).isEqualTo("options.limit");
        assertThat(e.rule()).isEqualTo("must be between 1 and 1000");
        assertThat(e.value()).contains("0");
    }

    @Test
    void valueIsOptionalAndShownShortenedAndEscaped() {
        assertThat(new InvalidValueException("title", "must not be blank", null))
                .hasMessage("title: must not be blank")
                .satisfies(e -> assertThat(e.value()).isEmpty());
        assertThat(new InvalidValueException("title", "rule", "a\u202Eb"))
                .hasMessage("title: rule (was \"a\\u202Eb\")");
        assertThat(new InvalidValueException("title", "rule", "x".repeat(100)).value().orElseThrow())
                .hasSize(60).endsWith("…");
    }

    @Test
    void emptyPathLeavesOnlyTheRule() {
        assertThat(new InvalidValueException("", "must be something", null)).hasMessage("must be something");
    }

    @Test
    void theModelsExceptionIsOneAndBothAreIllegalArguments() {
        assertThat(new InvalidArticleException("id", "must not be blank", ""))
                .isInstanceOf(InvalidValueException.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InvalidValueException("tag", "r", null)).isNotInstanceOf(InvalidArticleException.class);
    }

    @Test
    void aTitleAndAnOptionFailWithItNotWithTheModelsException() {
        assertThatThrownBy(() -> Slugger.forLocale(java.util.Locale.ENGLISH).slugify("!!!"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("title: must contain a letter or digit that can be written in a slug"
                        + " (only punctuation, symbols, emoji or spaces found) (was \"!!!\")");
        assertThatThrownBy(() -> Slugger.builder().maxLength(4))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.maxLength: must be from 8 to 200 (was \"4\")");
    }
}

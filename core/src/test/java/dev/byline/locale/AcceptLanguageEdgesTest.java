package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Language headers at the edges of the grammar: weights, subtag lengths, empty entries and the length limit. */
class AcceptLanguageEdgesTest {

    private static List<String> parse(String header) {
        return LocaleNegotiator.parseAcceptLanguage(header).stream().map(Locale::toLanguageTag).toList();
    }

    @ParameterizedTest(name = "q={0} is a weight")
    @CsvSource({"1", "1.", "1.000", "0.05", "0.9", "0.123", "0.50"})
    void everyWellFormedWeightUpToOneIsAccepted(String q) {
        assertThat(parse("de;q=0.001, fr;q=" + q)).containsExactly("fr", "de");
    }

    @ParameterizedTest(name = "q={0} excludes")
    @CsvSource({"0", "0.", "0.000"})
    void zeroWeightExcludesTheRange(String q) {
        assertThat(parse("de, fr;q=" + q)).containsExactly("de");
    }

    @Test
    void weightsAreComparedToTheThousandth() {
        assertThat(parse("de;q=0.5, fr;q=0.55, it;q=0.505")).containsExactly("fr", "it", "de");
    }

    @ParameterizedTest(name = "q={0} is not a weight")
    @CsvSource({"2", "1.001", "0.a", "0.1x", "01"})
    void weightOutOfRangeOrNotADecimalFails(String q) {
        assertThatThrownBy(() -> parse("de, fr;q=" + q))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Accept-Language[1]: ")
                .hasMessageContaining("weight q from 0 to 1");
    }

    @Test
    void subtagOfEightLettersIsARange() {
        assertThat(parse("hy-arevmda")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} is not a range")
    @CsvSource({"en-", "1en", "-en", "de-abcdefghi", "Zz@", "e_n"})
    void malformedRangeFails(String range) {
        assertThatThrownBy(() -> parse(range))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Accept-Language[0]: ")
                .hasMessageContaining("must be a language range");
    }

    @ParameterizedTest(name = "{0} is a range")
    @CsvSource({"az, AZ", "za, ZA"})
    void rangesOfFirstAndLastAsciiLettersInEitherCaseAreAccepted(String lower, String upper) {
        assertThat(parse(lower + ", " + upper + "-" + upper)).hasSize(2);
    }

    @Test
    void threeLetterLanguageIsAccepted() {
        assertThat(parse("haw, en")).containsExactly("haw", "en");
    }

    @Test
    void digitsAreAllowedAfterTheFirstCharacter() {
        assertThat(parse("es-419")).containsExactly("es-419");
    }

    @Test
    void emptyEntryBeforeTheFirstRangeIsSkipped() {
        LocaleNegotiator site = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.FRENCH));

        assertThat(site.bestMatch(",fr")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void headerOfExactlyTheLongestLengthIsRead() {
        String header = "fr," + " ".repeat(LocaleNegotiator.MAX_HEADER_LENGTH - 3);

        assertThat(parse(header)).containsExactly("fr");
    }

    @Test
    void overlongHeaderIsCutAtTheLastCommaWithinTheLimitWhenMatching() {
        LocaleNegotiator site = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN));
        String header = "fr;q=0.5," + " ".repeat(LocaleNegotiator.MAX_HEADER_LENGTH - 10) + ",de";

        assertThat(site.bestMatch(header)).isEqualTo(Locale.FRENCH);
    }

    @Test
    void overlongHeaderWithoutACommaWithinTheLimitGivesTheFallback() {
        LocaleNegotiator site = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.FRENCH));

        assertThat(site.bestMatch("fr" + " ".repeat(LocaleNegotiator.MAX_HEADER_LENGTH))).isEqualTo(Locale.ENGLISH);
    }
}

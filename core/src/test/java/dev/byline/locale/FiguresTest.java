package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1,234
            tr | 1.234
            ru | 1\u00A0234
            fa | ۱٬۲۳۴
            ar-EG | ١٬٢٣٤
            de | 1.234
            """)
    void countsUseTheReadersDigitsAndGrouping(String reader, String expected) {
        assertThat(Figures.count(1234, Locale.forLanguageTag(reader))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 4 min
            tr | 4 dk.
            ru | 4 мин
            fa | ۴ دقیقه
            uz | 4 daq.
            """)
    void readingTimeIsInWholeMinutesWithCldrsShortUnit(String reader, String expected) {
        assertThat(Figures.readingTime(Duration.ofSeconds(4 * 60 + 10), Locale.forLanguageTag(reader)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource(textBlock = """
            0, 0 min
            1, 1 min
            89, 1 min
            90, 2 min
            149, 2 min
            3600, 60 min
            """)
    void readingTimeRoundsToTheNearestMinuteAndNeverShowsZeroForSomeText(long seconds, String expected) {
        assertThat(Figures.readingTime(Duration.ofSeconds(seconds), Locale.ENGLISH)).isEqualTo(expected);
    }

    @Test
    void aLanguageWithoutDataIsFormattedInEnglish() {
        assertThat(Figures.readingTime(Duration.ofMinutes(3), Locale.forLanguageTag("tlh"))).isEqualTo("3 min");
        assertThat(Figures.count(12345, Locale.forLanguageTag("tlh"))).isEqualTo("12,345");
    }

    @Test
    void badInputIsReportedNamingIt() {
        assertThatThrownBy(() -> Figures.count(-1, Locale.ENGLISH))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("count: must not be negative (was \"-1\")");
        assertThatThrownBy(() -> Figures.readingTime(Duration.ofSeconds(-5), Locale.ENGLISH))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("readingTime: must not be negative (was \"PT-5S\")");
        assertThatThrownBy(() -> Figures.count(1, Locale.ROOT))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reader: must name a language");
        assertThatThrownBy(() -> Figures.readingTime(null, Locale.ENGLISH))
                .isInstanceOf(NullPointerException.class).hasMessage("readingTime");
    }
}

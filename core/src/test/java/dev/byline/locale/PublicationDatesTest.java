package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    private static final OffsetDateTime PUBLISHED = SampleArticle.PUBLISHED; // 2022-11-21T09:30+03:00

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en                     | November 21, 2022
            tr                     | 21 Kasım 2022
            fa-IR                  | ۳۰ آبان ۱۴۰۱
            fa-AF                  | ۳۰ عقرب ۱۴۰۱
            th-TH                  | 21 พฤศจิกายน 2565
            ja-JP-u-ca-japanese    | 令和4年11月21日
            he-IL-u-ca-hebrew      | כ״ז בחשוון תשפ״ג
            ar-SA-u-ca-islamic-umalqura | ٢٧ ربيع الآخر ١٤٤٤ هـ
            """)
    void longDateInTheReadersCalendar(String reader, String expected) {
        assertThat(PublicationDates.format(PUBLISHED, Locale.forLanguageTag(reader))).isEqualTo(expected);
    }

    @Test
    void russianKeepsTheNarrowNoBreakSpaceBeforeTheYearAbbreviation() {
        assertThat(PublicationDates.format(PUBLISHED, Locale.forLanguageTag("ru"))).isEqualTo("21 ноября 2022\u202Fг.");
    }

    @Test
    void theTimesOwnOffsetDecidesTheDayUnlessAZoneIsGiven() {
        OffsetDateTime lateEvening = OffsetDateTime.parse("2022-11-21T23:30:00-05:00");
        assertThat(PublicationDates.format(lateEvening, Locale.ENGLISH)).isEqualTo("November 21, 2022");
        assertThat(PublicationDates.format(lateEvening, Locale.ENGLISH, FormatStyle.LONG, ZoneId.of("Europe/Istanbul")))
                .isEqualTo("November 22, 2022");
        assertThat(PublicationDates.format(lateEvening, Locale.ENGLISH, FormatStyle.FULL, ZoneOffset.UTC))
                .isEqualTo("Tuesday, November 22, 2022");
        assertThat(PublicationDates.format(PUBLISHED, Locale.forLanguageTag("tr"), FormatStyle.SHORT, ZoneOffset.ofHours(3)))
                .isEqualTo("21.11.2022");
    }

    @Test
    void dateAndTime() {
        assertThat(PublicationDates.formatDateTime(PUBLISHED, Locale.forLanguageTag("tr"))).isEqualTo("21 Kas 2022 09:30");
        assertThat(PublicationDates.formatDateTime(PUBLISHED, Locale.forLanguageTag("fa-IR"))).isEqualTo("۳۰ آبان ۱۴۰۱، ۹:۳۰");
    }

    @ParameterizedTest(name = "{1} after, in {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            tr    | PT72H      | 3 gün önce
            fa    | PT72H      | ۳ روز پیش
            ru    | PT72H      | 3 дня назад
            en    | PT72H      | 3 days ago
            en    | PT30S      | now
            en    | PT59M      | 59 minutes ago
            en    | PT23H      | 23 hours ago
            en    | P14D       | 2 weeks ago
            en    | P45D       | 1 month ago
            en    | P400D      | 1 year ago
            en    | PT-2H      | in 2 hours
            ar-EG | PT72H      | قبل ٣ أيام
            ar    | PT72H      | قبل 3 أيام
            """)
    void relativeToAFixedClock(String reader, String elapsed, String expected) {
        Clock clock = Clock.fixed(PUBLISHED.toInstant().plus(Duration.parse(elapsed)), ZoneOffset.UTC);
        assertThat(PublicationDates.relative(PUBLISHED, Locale.forLanguageTag(reader), clock)).isEqualTo(expected);
    }

    @Test
    void aReaderWithoutLanguageIsRefused() {
        assertThatThrownBy(() -> PublicationDates.format(PUBLISHED, Locale.ROOT))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reader: must name a language");
    }
}

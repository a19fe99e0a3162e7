package dev.byline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for RFC 3339 date-times agrees with the full parser wherever it answers. */
class DateTimesTest {

    private static @Nullable OffsetDateTime full(String text) {
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-11-21T09:30:00+03:00", "2022-11-21t06:30:00z", "2022-09-14T12:15:30.5+03:00",
        "2000-02-29T23:59:59.123456789-11:45", "1999-12-31T00:00:00-00:00", "0001-01-01T00:00:00Z",
        "2024-06-30T12:00:00.000+17:59"})
    void readsPlainlyValidDateTimesAsTheFullParserDoes(String text) {
        OffsetDateTime fast = DateTimes.parse(text);
        assertThat(fast).isNotNull().isEqualTo(full(text));
        assertThat(fast.getOffset()).isEqualTo(full(text).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30T09:30:00+03:00", "2023-02-29T09:30:00Z", "2022-13-01T09:30:00Z",
        "2022-11-21T24:00:00Z", "2022-11-21T23:60:00Z", "2022-11-21T23:59:60Z", "2022-11-21T09:30:00",
        "2022-11-21T09:30+03:00", "2022-11-21 09:30:00Z", "2022-11-21T09:30:00.Z", "2022-11-21T09:30:00.1234567890Z",
        "2022-11-21T09:30:00+3:00", "2022-11-21T09:30:00+03:60", "2022-11-21T09:30:00+18:00", "2022-11-21T09:30:00+0300",
        "+2022-11-21T09:30:00Z", "2022-1a-21T09:30:00Z", "２０２２-11-21T09:30:00Z", "2022-11-21T09:30:00ZZ"})
    void leavesEverythingElseToTheFullParser(String text) {
        assertThat(DateTimes.parse(text)).isNull();
    }

    /** Random near-valid strings: wherever the fast path answers, the full parser gives the same value. */
    @Test
    void agreesWithTheFullParserOnRandomNearValidText() {
        Random random = new Random(20221121L);
        int answered = 0;
        for (int k = 0; k < 60_000; k++) {
            String text = candidate(random);
            OffsetDateTime fast = DateTimes.parse(text);
            if (fast != null) {
                answered++;
                OffsetDateTime full = full(text);
                assertThat(full).as(text).isEqualTo(fast);
                assertThat(full.getOffset()).as(text).isEqualTo(fast.getOffset());
            }
        }
        assertThat(answered).isGreaterThan(3_000);
    }

    private static String candidate(Random r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%04d", r.nextInt(10_000))).append('-')
                .append(two(r, 14)).append('-').append(two(r, 33))
                .append("Tt ".charAt(r.nextInt(3) == 0 ? r.nextInt(3) : 0))
                .append(two(r, 26)).append(':').append(two(r, 62)).append(':').append(two(r, 62));
        if (r.nextBoolean()) {
            sb.append('.');
            int digits = r.nextInt(11);
            for (int i = 0; i < digits; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
        }
        switch (r.nextInt(4)) {
            case 0:
                sb.append(r.nextBoolean() ? 'Z' : 'z');
                break;
            case 3:
                break;
            default:
                sb.append(r.nextBoolean() ? '+' : '-').append(two(r, 20)).append(':').append(two(r, 62));
        }
        if (r.nextInt(10) == 0) {
            int at = r.nextInt(sb.length());
            sb.setCharAt(at, (char) r.nextInt(0x80));
        }
        return sb.toString();
    }

    private static String two(Random r, int bound) {
        return String.format(Locale.ROOT, "%02d", r.nextInt(bound));
    }
}

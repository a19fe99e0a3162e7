package dev.byline.wire;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The fast path for reading RFC 3339 date-times: the common, plainly valid form
 * {@code yyyy-mm-ddThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)} read digit by digit, without the
 * general {@code DateTimeFormatter} machinery (which builds maps and copies them for every
 * value). Anything else, including every invalid value, is left to {@link Values#dateTime},
 * which decides and words the error exactly as before. Not API.
 */
final class DateTimes {

    private DateTimes() {}

    /**
     * Returns the date-time the text denotes if it is a plainly valid RFC 3339 date-time with
     * an offset, or null when the caller must decide with the full parser. A non-null result is
     * the value {@code OffsetDateTime.parse(text.toUpperCase(Locale.ROOT),
     * DateTimeFormatter.ISO_OFFSET_DATE_TIME)} returns.
     *
     * @param text the candidate
     * @return the date-time, or null
     */
    static @Nullable OffsetDateTime parse(String text) {
        int n = text.length();
        if (n < 20 || n > 35) {
            return null;
        }
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || (text.charAt(10) | 0x20) != 't'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                nano = nano * 10 + (text.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && (text.charAt(i) | 0x20) == 'z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
            int hours = digits(text, i + 1, 2);
            int minutes = digits(text, i + 4, 2);
            if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
                return null;
            }
            int seconds = hours * 3600 + minutes * 60;
            offset = ZoneOffset.ofTotalSeconds(text.charAt(i) == '-' ? -seconds : seconds);
        } else {
            return null;
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(LocalDate.of(year, month, day),
                LocalTime.of(hour, minute, second, nano)), offset);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package dev.byline.locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * Publication dates as a reader expects them: in the reader's language, numbering system and
 * default calendar (the Persian calendar for {@code fa-IR} and {@code fa-AF}, the Buddhist
 * calendar for {@code th-TH}, or the calendar of a {@code -u-ca-} extension such as
 * {@code ja-JP-u-ca-japanese}), and relative to now ("3 gün önce", "۳ روز پیش").
 *
 * <pre>{@code
 * PublicationDates.format(published, Locale.forLanguageTag("tr"));          // 21 Kasım 2022
 * PublicationDates.relative(published, Locale.forLanguageTag("fa"), clock); // ۳ روز پیش
 * }</pre>
 *
 * <p>The time is shown in its own offset (the site's local time, as the reference page does)
 * unless a zone is given. Locales ICU has no data for are formatted in English. ICU's
 * {@code DateFormat} is not thread-safe, so each call works on its own clone of a shared,
 * never-used prototype. Static methods only. Immutable and thread-safe.
 */
public final class PublicationDates {

    private record Key(ULocale locale, int dateStyle, int timeStyle) {}

    private static final BoundedCache<Key, DateFormat> PROTOTYPES = new BoundedCache<>(512, k ->
            k.timeStyle == DateFormat.NONE ? DateFormat.getDateInstance(k.dateStyle, k.locale)
                    : DateFormat.getDateTimeInstance(k.dateStyle, k.timeStyle, k.locale));

    private PublicationDates() {}

    /**
     * Formats the date of a time in the reader's locale and calendar, in the long style
     * ({@code November 21, 2022}, {@code 21 Kasım 2022}, {@code ۳۰ آبان ۱۴۰۱}), in the time's
     * own offset.
     *
     * @param when the time; not null
     * @param reader the reader's locale; not null
     * @return the formatted date; never null
     */
    public static String format(OffsetDateTime when, Locale reader) {
        Objects.requireNonNull(when, "when");
        return format(when, reader, FormatStyle.LONG, when.getOffset());
    }

    /**
     * Formats the date of a time in the reader's locale and calendar.
     *
     * @param when the time; not null
     * @param reader the reader's locale; not null
     * @param style how much to show, {@link FormatStyle#FULL} with the weekday to
     *     {@link FormatStyle#SHORT} with numbers only; not null
     * @param zone the zone whose calendar day is shown; not null
     * @return the formatted date; never null
     */
    public static String format(OffsetDateTime when, Locale reader, FormatStyle style, ZoneId zone) {
        return formatWith(when, reader, icuStyle(style), DateFormat.NONE, zone);
    }

    /**
     * Formats the date and time of day of a time in the reader's locale and calendar, the
     * date in the medium and the time in the short style ({@code 21 Kas 2022 09:30}), in the
     * time's own offset.
     *
     * @param when the time; not null
     * @param reader the reader's locale; not null
     * @return the formatted date and time; never null
     */
    public static String formatDateTime(OffsetDateTime when, Locale reader) {
        Objects.requireNonNull(when, "when");
        return formatWith(when, reader, DateFormat.MEDIUM, DateFormat.SHORT, when.getOffset());
    }

    private static String formatWith(OffsetDateTime when, Locale reader, int dateStyle, int timeStyle, ZoneId zone) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(zone, "zone");
        ULocale locale = LocaleData.dataLocale(Languages.named("reader", reader));
        DateFormat df = PROTOTYPES.get(new Key(locale, dateStyle, timeStyle)).clone();
        df.setTimeZone(icuZone(zone, when));
        return df.format(Date.from(when.toInstant()));
    }

    /**
     * Describes a time relative to the clock's now in the reader's language: "now" within a
     * minute, then whole minutes, hours, days (under 7), weeks (under 31 days), months (of
     * 30 days, under 365 days) or years (of 365 days), rounded down, in the past ("3 days
     * ago", "3 gün önce", "۳ روز پیش") or the future ("in 2 hours").
     *
     * @param when the time to describe; not null
     * @param reader the reader's locale; not null
     * @param clock the source of now (a fixed clock in tests); not null
     * @return the description; never null
     */
    public static String relative(OffsetDateTime when, Locale reader, Clock clock) {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(clock, "clock");
        ULocale locale = LocaleData.dataLocale(Languages.named("reader", reader));
        // a formatter per call: ICU caches the data, and the instances hold number formats
        RelativeDateTimeFormatter f = RelativeDateTimeFormatter.getInstance(locale);
        Duration d = Duration.between(when.toInstant(), clock.instant());
        Direction direction = d.isNegative() ? Direction.NEXT : Direction.LAST;
        long s = d.abs().getSeconds();
        if (s < 60) {
            return f.format(Direction.PLAIN, AbsoluteUnit.NOW);
        }
        long days = s / 86_400;
        if (s < 3_600) {
            return f.format(s / 60, direction, RelativeUnit.MINUTES);
        } else if (s < 86_400) {
            return f.format(s / 3_600, direction, RelativeUnit.HOURS);
        } else if (days < 7) {
            return f.format(days, direction, RelativeUnit.DAYS);
        } else if (days < 31) {
            return f.format(days / 7, direction, RelativeUnit.WEEKS);
        } else if (days < 365) {
            return f.format(Math.max(1, days / 30), direction, RelativeUnit.MONTHS);
        }
        return f.format(days / 365, direction, RelativeUnit.YEARS);
    }

    private static TimeZone icuZone(ZoneId zone, OffsetDateTime when) {
        if (!(zone instanceof ZoneOffset)) {
            TimeZone tz = TimeZone.getTimeZone(zone.getId());
            if (!TimeZone.UNKNOWN_ZONE_ID.equals(tz.getID())) {
                return tz;
            }
        }
        ZoneOffset offset = zone.getRules().getOffset(when.toInstant());
        return TimeZone.getTimeZone(offset.getTotalSeconds() == 0 ? "GMT" : "GMT" + offset.getId());
    }

    static int icuStyle(FormatStyle style) {
        switch (Objects.requireNonNull(style, "style")) {
            case FULL: return DateFormat.FULL;
            case LONG: return DateFormat.LONG;
            case MEDIUM: return DateFormat.MEDIUM;
            default: return DateFormat.SHORT;
        }
    }
}

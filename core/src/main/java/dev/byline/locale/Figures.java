package dev.byline.locale;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.byline.InvalidValueException;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures an article page shows beside the text, written as a reader of the page's language
 * expects them: a count (the word count) with the language's digits and grouping
 * ({@code 1,234}, {@code 1.234}, {@code 1 234}, {@code ۱٬۲۳۴}), and a reading time in whole
 * minutes with CLDR's short unit name ({@code 4 min}, {@code 4 dk.}, {@code 4 мин},
 * {@code ۴ دقیقه}).
 *
 * <pre>{@code
 * Figures.count(article.wordCount(), reader);          // "۱٬۰۴۲"
 * Figures.readingTime(article.readingTime(), reader);  // "۵ دقیقه"
 * }</pre>
 *
 * <p>Words around the figures that CLDR does not have ("words", "read") belong to the site's own
 * messages, not to this class. Locales ICU has no data for are formatted in English. ICU's
 * {@code NumberFormat} is not thread-safe, so each call works on a clone of a shared prototype;
 * {@code MeasureFormat} is immutable. Static methods only. Immutable and thread-safe.
 */
public final class Figures {

    private static final BoundedCache<ULocale, NumberFormat> NUMBERS = new BoundedCache<>(256, locale -> {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(true);
        return f;
    });

    private static final BoundedCache<ULocale, MeasureFormat> UNITS = new BoundedCache<>(256,
            locale -> MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT));

    private Figures() {}

    /**
     * Formats a count with the reader's digits and grouping separators.
     *
     * @param count the count; zero or more
     * @param reader the reader's locale; not null
     * @return the count, such as {@code 1,234} or {@code ۱٬۲۳۴}; never null
     * @throws InvalidValueException if the count is negative (path {@code count}) or the locale
     *     names no language (path {@code reader})
     */
    public static String count(long count, Locale reader) {
        ULocale locale = LocaleData.dataLocale(Languages.named("reader", reader));
        if (count < 0) {
            throw new InvalidValueException("count", "must not be negative", Long.toString(count));
        }
        return NUMBERS.get(locale).clone().format(count);
    }

    /**
     * Formats a reading time as whole minutes with CLDR's short unit name in the reader's
     * language. The time is rounded to the nearest minute, half a minute up, and a time under
     * a minute that is not zero shows as one minute, so a short text never reads "0 min".
     *
     * @param readingTime the reading time, such as {@code article.readingTime()}; not null, not
     *     negative
     * @param reader the reader's locale; not null
     * @return the reading time, such as {@code 4 min}, {@code 4 dk.} or {@code ۴ دقیقه}; never
     *     null
     * @throws InvalidValueException if the time is negative (path {@code readingTime}) or the
     *     locale names no language (path {@code reader})
     */
    public static String readingTime(Duration readingTime, Locale reader) {
        Objects.requireNonNull(readingTime, "readingTime");
        ULocale locale = LocaleData.dataLocale(Languages.named("reader", reader));
        if (readingTime.isNegative()) {
            throw new InvalidValueException("readingTime", "must not be negative", readingTime.toString());
        }
        long minutes = readingTime.plusSeconds(30).toMinutes();
        if (minutes == 0 && !readingTime.isZero()) {
            minutes = 1;
        }
        return UNITS.get(locale).format(new Measure(minutes, MeasureUnit.MINUTE));
    }
}

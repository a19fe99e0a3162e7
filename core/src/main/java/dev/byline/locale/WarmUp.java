package dev.byline.locale;

import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.text.TextStats;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pays ICU's one-time costs (loading CLDR data, break-iterator rules and dictionaries,
 * collation tables, the language-matching data) up front, so that a server's first request
 * does not. Each call does the work of every entry point of {@code dev.byline.locale} and
 * {@code dev.byline.text} once per locale and discards the results.
 *
 * <pre>{@code
 * WarmUp.warmUp(List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"), Locale.forLanguageTag("ru")));
 * }</pre>
 *
 * <p>Static methods only. Immutable and thread-safe; calling it more than once is harmless.
 */
public final class WarmUp {

    private WarmUp() {}

    /**
     * Warms up for English only. Other languages' data still loads on first use.
     *
     * @return how long the warm-up took; never null
     */
    public static Duration warmUp() {
        return warmUp(List.of(Locale.ENGLISH));
    }

    /**
     * Warms up for the given languages: names, direction, parsing, negotiation, dates,
     * collation, plain text from HTML and Markdown, word counts, reading times and excerpts.
     *
     * @param locales the languages a site serves; not null, may be empty
     * @return how long the warm-up took; never null
     * @throws dev.byline.InvalidValueException if a locale names no language
     */
    public static Duration warmUp(Collection<Locale> locales) {
        Objects.requireNonNull(locales, "locales");
        long start = System.nanoTime();
        OffsetDateTime then = OffsetDateTime.of(2022, 11, 21, 9, 30, 0, 0, ZoneOffset.ofHours(3));
        Clock clock = Clock.fixed(then.plusDays(3).toInstant(), ZoneOffset.UTC);
        String sample = PlainText.fromHtml("<p>Warm-up text. It has two sentences.</p>")
                + PlainText.fromMarkdown("# Warm *up*\n\nA [link](https://example.org).");
        List<Locale> all = List.copyOf(locales);
        for (Locale locale : all) {
            Languages.autonym(locale);
            Languages.displayName(locale, Locale.ENGLISH);
            Languages.direction(locale);
            Languages.parse(locale.toLanguageTag());
            PublicationDates.format(then, locale);
            PublicationDates.relative(then, locale, clock);
            NameCollation.names(locale).compare("a", "b");
            TextStats.wordCount(sample, locale);
            TextStats.readingTime(sample, locale);
            Excerpts.excerpt(sample, locale, 24);
        }
        if (!all.isEmpty()) {
            LocaleNegotiator.of(all).bestMatch("en-US,en;q=0.9");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

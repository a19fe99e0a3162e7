/**
 * Languages and locales for a multilingual article: language names as a language switcher
 * shows them ({@link dev.byline.locale.Languages}), text direction, lenient-but-safe parsing
 * of language tags, {@code Accept-Language} negotiation
 * ({@link dev.byline.locale.LocaleNegotiator}), {@code hreflang} alternates
 * ({@link dev.byline.locale.Hreflang}), publication dates in the reader's calendar
 * ({@link dev.byline.locale.PublicationDates}), counts and reading times in the reader's digits
 * and words ({@link dev.byline.locale.Figures}) and sorting of names
 * ({@link dev.byline.locale.NameCollation}).
 *
 * <p>ICU4J and its copy of CLDR do the work; no table of languages is written by hand here.
 * Public methods take and return JDK types ({@link java.util.Locale}, {@link java.net.URI},
 * {@link java.time.OffsetDateTime}); ICU types stay inside. Everything in this package is
 * immutable and thread-safe. Bad input (a tag, a header, a list of locales) fails with
 * {@link dev.byline.InvalidValueException} naming the input and the rule; an article whose
 * editions cannot be expressed fails with its subclass {@link dev.byline.InvalidArticleException}. Word counts and excerpts live in {@code dev.byline.text},
 * share links in {@code dev.byline.web}.
 */
@NullMarked
package dev.byline.locale;

import org.jspecify.annotations.NullMarked;

package dev.byline.locale;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.Translation;
import dev.byline.internal.LocaleData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses, among the locales a site supports, the best one for a reader, with ICU's
 * {@code LocaleMatcher} and CLDR's language-matching data: script and region distance count,
 * so {@code zh-TW} gets {@code zh-Hant}, {@code pt-AO} gets {@code pt-PT}, {@code es-MX} gets
 * {@code es-419}, {@code sr} gets {@code sr-Cyrl} and {@code no} gets {@code nb}.
 *
 * <pre>{@code
 * LocaleNegotiator site = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.forLanguageTag("tr")));
 * site.bestMatch("tr-TR,tr;q=0.9,en;q=0.8");   // tr
 * }</pre>
 *
 * <p>The first supported locale is the fallback, returned when nothing the reader accepts is
 * close enough. The reader's tags are put in CLDR canonical form first, so a deprecated
 * {@code prs} (Dari) matches {@code fa}, and {@code iw} matches {@code he}.
 *
 * <p>{@link #bestMatch(String)} never throws for a malformed header: an entry that cannot be
 * understood ({@code fr;q=abc}, control characters, {@code *}) is skipped, at most
 * {@value #MAX_ENTRIES} entries and {@value #MAX_HEADER_LENGTH} characters are read, and
 * when nothing usable is left the fallback is returned. {@link #parseAcceptLanguage(String)}
 * reports the same problems as exceptions.
 *
 * <p>Immutable and thread-safe: the ICU matcher inside is shared between threads, as ICU
 * allows.
 */
public final class LocaleNegotiator {

    /** Most entries of an {@code Accept-Language} header that are read. */
    public static final int MAX_ENTRIES = 32;

    /** Most characters of an {@code Accept-Language} header that are read. */
    public static final int MAX_HEADER_LENGTH = 4096;

    /** Most supported locales. */
    public static final int MAX_SUPPORTED = 1000;

    private final List<Locale> supported;
    private final LocaleMatcher matcher;

    private LocaleNegotiator(List<Locale> supported) {
        this.supported = supported;
        List<ULocale> canonical = new ArrayList<>(supported.size());
        for (Locale l : supported) {
            canonical.add(LocaleData.canonical(l));
        }
        this.matcher = LocaleMatcher.builder()
                .setSupportedULocales(canonical)
                .setDefaultULocale(canonical.get(0))
                .build();
    }

    /**
     * Creates a negotiator for the locales a site supports.
     *
     * @param supported the supported locales, the fallback first; not null, not empty, at
     *     most {@value #MAX_SUPPORTED}, each naming a language, no two the same
     * @return the negotiator; never null
     * @throws InvalidValueException if the list is empty or too long, or an entry names no
     *     language or repeats an earlier one (path {@code supported[i]})
     */
    public static LocaleNegotiator of(List<Locale> supported) {
        Objects.requireNonNull(supported, "supported");
        if (supported.isEmpty()) {
            throw new InvalidValueException("supported", "must not be empty", null);
        }
        if (supported.size() > MAX_SUPPORTED) {
            throw new InvalidValueException("supported", "must have at most " + MAX_SUPPORTED + " entries, has "
                    + supported.size(), null);
        }
        List<Locale> copy = List.copyOf(supported);
        for (int i = 0; i < copy.size(); i++) {
            Languages.named("supported[" + i + "]", copy.get(i));
            int first = copy.indexOf(copy.get(i));
            if (first < i) {
                throw new InvalidValueException("supported[" + i + "]", "must be unique (same as supported["
                        + first + "])", copy.get(i).toLanguageTag());
            }
        }
        return new LocaleNegotiator(copy);
    }

    /**
     * Returns the supported locales, the fallback first.
     *
     * @return an unmodifiable list; never null or empty
     */
    public List<Locale> supported() {
        return supported;
    }

    /**
     * Returns the supported locale that best fits an HTTP {@code Accept-Language} header.
     *
     * @param acceptLanguage the header value, such as {@code "de-CH, fr;q=0.9"}; not null,
     *     may be empty or malformed
     * @return one of {@link #supported()} (the same instance), the fallback when nothing fits;
     *     never null
     */
    public Locale bestMatch(String acceptLanguage) {
        Objects.requireNonNull(acceptLanguage, "acceptLanguage");
        return best(AcceptLanguage.parse(acceptLanguage, false));
    }

    /**
     * Returns the supported locale that best fits a reader's languages in preference order.
     *
     * @param preferred the reader's locales, most preferred first; not null, may be empty
     * @return one of {@link #supported()} (the same instance), the fallback when nothing fits;
     *     never null
     */
    public Locale bestMatch(List<Locale> preferred) {
        Objects.requireNonNull(preferred, "preferred");
        List<ULocale> desired = new ArrayList<>(Math.min(preferred.size(), MAX_ENTRIES));
        for (Locale l : preferred) {
            ULocale u = LocaleData.canonical(Objects.requireNonNull(l, "preferred locale"));
            if (!u.getLanguage().isEmpty() && !u.getLanguage().equals("und")) {
                desired.add(u);
            }
            if (desired.size() == MAX_ENTRIES) {
                break;
            }
        }
        return best(desired);
    }

    private Locale best(List<ULocale> desired) {
        if (desired.isEmpty()) {
            return supported.get(0);
        }
        int index = matcher.getBestMatchResult(desired).getSupportedIndex();
        return supported.get(index < 0 ? 0 : index);
    }

    /**
     * Parses an HTTP {@code Accept-Language} header strictly, for callers who want to know
     * why a header was not understood. Entries are returned by descending weight, entries of
     * equal weight in header order; entries with {@code q=0} and the wildcard {@code *} are
     * left out.
     *
     * @param acceptLanguage the header value; not null
     * @return the reader's locales in preference order, canonical; an unmodifiable list, never
     *     null
     * @throws InvalidValueException naming {@code Accept-Language} or the entry
     *     ({@code Accept-Language[2]}) and the rule, for a header that is empty, longer than
     *     {@value #MAX_HEADER_LENGTH} characters or {@value #MAX_ENTRIES} entries, or has an
     *     entry with a malformed range, a weight that is not 0 to 1 with at most three
     *     decimals, or another parameter
     */
    public static List<Locale> parseAcceptLanguage(String acceptLanguage) {
        Objects.requireNonNull(acceptLanguage, "acceptLanguage");
        List<Locale> locales = new ArrayList<>();
        for (ULocale u : AcceptLanguage.parse(acceptLanguage, true)) {
            locales.add(u.toLocale());
        }
        return Collections.unmodifiableList(locales);
    }

    /**
     * Returns the best edition of an article for a reader: the article itself or one of its
     * translations, with the article's own language as the fallback.
     *
     * @param article the article; not null
     * @param acceptLanguage the reader's {@code Accept-Language} header; not null, may be
     *     malformed (see {@link #bestMatch(String)})
     * @return the edition, which says whether it is the original or a translation; never null
     */
    public static Edition bestEdition(Article article, String acceptLanguage) {
        Objects.requireNonNull(article, "article");
        Locale best = of(article.availableLocales()).bestMatch(acceptLanguage);
        if (best.equals(article.locale())) {
            return Edition.original(article);
        }
        Translation t = article.translation(best).orElseThrow();
        return Edition.of(article, t);
    }

    /**
     * Returns a description listing the supported locales.
     *
     * @return the description, such as {@code LocaleNegotiator[en, tr, ru]}; never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LocaleNegotiator[");
        for (int i = 0; i < supported.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(supported.get(i).toLanguageTag());
        }
        return sb.append(']').toString();
    }
}

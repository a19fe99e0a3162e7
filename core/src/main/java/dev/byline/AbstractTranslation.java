package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Another edition of an article in another language: where it is and what it is called there.
 * On the reference page these are the "also available in: Türkçe Русский" links.
 *
 * <p>Invariants: {@code locale} names a language; {@code url} is an absolute http(s) URL
 * without credentials; {@code title}, when present, is one line of plain text of at most
 * {@link Limits#MAX_TITLE_LENGTH}, without control characters or bidi overrides, NFC. The
 * article holding translations further requires their locales to be unique and different from
 * its own. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTranslation {

    static final Set<String> ATTRIBUTES = Set.of("locale", "url", "title", "slug", "previousSlugs", "method",
            "sourceModified");

    /**
     * Returns the language of this edition.
     *
     * @return the locale, such as {@code tr} or {@code ru}; never null
     */
    @Value.Parameter
    public abstract Locale locale();

    /**
     * Returns where this edition is published.
     *
     * @return the absolute http(s) URL; never null
     */
    @Value.Parameter
    public abstract URI url();

    /**
     * Returns the title of this edition in its language.
     *
     * @return the title, or empty
     */
    public abstract Optional<String> title();

    /**
     * Returns the slug of this edition.
     *
     * @return the slug, or empty
     */
    public abstract Optional<Slug> slug();

    /**
     * Returns the slugs this edition had before, oldest first, so that a link block or a redirect
     * table can recognise old links to it.
     *
     * @return an unmodifiable list of unique slugs, none equal to {@link #slug()}; never null
     */
    public abstract List<Slug> previousSlugs();

    /**
     * Returns how this edition was translated, when it is a translation: what an "also available
     * in" block needs to label a machine translation without loading the edition.
     *
     * @return the method, or empty (for the original, or when unknown)
     */
    public abstract Optional<TranslationMethod> method();

    /**
     * Returns the time of the source (the article holding this link, when it is the original)
     * that this edition was translated from. The holding article lists the links whose time is
     * before its own {@code modified} in {@code outdatedTranslations()}.
     *
     * @return the time, or empty when unknown
     */
    public abstract Optional<OffsetDateTime> sourceModified();

    /**
     * Returns the properties byline does not know, kept for a lossless round trip.
     *
     * @return the extensions; never null, empty by default
     */
    @Value.Default
    public Extensions extensions() {
        return Extensions.empty();
    }

    @Value.Check
    AbstractTranslation normalize() {
        Optional<String> title = title();
        Rules.locale("locale", locale());
        Rules.url("url", url());
        boolean surelyNfc = Rules.plain("title", title, Limits.MAX_TITLE_LENGTH);
        Slug.checkPrevious("previousSlugs", previousSlugs(), slug());
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }
        Optional<String> nfcTitle = Text.nfc(title);
        return nfcTitle == title ? this : Translation.copyOf(this).withTitle(nfcTitle);
    }
}

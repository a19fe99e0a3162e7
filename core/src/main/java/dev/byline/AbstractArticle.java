package dev.byline;

import dev.byline.internal.BodyText;
import dev.byline.internal.LocaleData;
import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import dev.byline.internal.WordStats;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An article in one language, with links to its other editions, its authors and related posts:
 * everything the reference page shows, in one immutable value. Build with
 * {@code Article.builder()}, copy with {@code withX(...)}.
 *
 * <p>Invariants, checked when built (each failure is an {@link InvalidArticleException} naming
 * the attribute path and the rule):
 * <ul>
 *   <li>{@code id} and {@code title} (and {@code subtitle}) are one line of plain text, not
 *       blank, within {@link Limits#MAX_ID_LENGTH} and {@link Limits#MAX_TITLE_LENGTH}, without
 *       control characters, bidi overrides or isolates; {@code summary} is prose within
 *       {@link Limits#MAX_SUMMARY_LENGTH};</li>
 *   <li>{@code locale} names a language;</li>
 *   <li>{@code published} is present when the status is {@link Status#PUBLISHED} or
 *       {@link Status#SCHEDULED}; {@code modified} is not before {@code published};</li>
 *   <li>a published article has at least one author and a body that is not blank;</li>
 *   <li>author ids are unique; tags and categories are unique plain-text terms within
 *       {@link Limits#MAX_TERM_LENGTH};</li>
 *   <li>translation locales are unique and none equals the article's own locale, nor does the
 *       locale of {@code translationOf};</li>
 *   <li>{@code previousSlugs} are unique and none is the current slug;</li>
 *   <li>no correction is dated before {@code published};</li>
 *   <li>{@code canonicalUrl} is an absolute http(s) URL without credentials;</li>
 *   <li>no list is longer than {@link Limits#MAX_LIST_SIZE}; extension keys are not attribute
 *       names.</li>
 * </ul>
 * Every string is normalized to NFC. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractArticle {

    static final Set<String> ATTRIBUTES = Set.of("schemaVersion", "id", "locale", "title", "subtitle",
            "slug", "previousSlugs", "summary", "body", "status", "published", "modified", "canonicalUrl", "authors",
            "categories", "tags", "image", "translationOf", "translations", "related", "corrections");

    /**
     * Returns the article's identifier, shared by all its editions' systems.
     *
     * @return the id; never null or blank
     */
    public abstract String id();

    /**
     * Returns the language this edition is written in.
     *
     * @return the locale, such as {@code en}; never null
     */
    public abstract Locale locale();

    /**
     * Returns the headline.
     *
     * @return the title, NFC; never null or blank
     */
    public abstract String title();

    /**
     * Returns the line under the headline.
     *
     * @return the subtitle, NFC, or empty
     */
    public abstract Optional<String> subtitle();

    /**
     * Returns the URL-path name of this edition.
     *
     * @return the slug; never null
     */
    public abstract Slug slug();

    /**
     * Returns a short summary, as used for teasers and descriptions.
     *
     * @return the summary, NFC, or empty
     */
    public abstract Optional<String> summary();

    /**
     * Returns the text of the article.
     *
     * @return the body; never null
     */
    public abstract Body body();

    /**
     * Returns the editorial status.
     *
     * @return the status; never null
     */
    public abstract Status status();

    /**
     * Returns when the article was (or, when scheduled, will be) published, in the site's
     * local offset.
     *
     * @return the publication time; present whenever the status is published or scheduled
     */
    public abstract Optional<OffsetDateTime> published();

    /**
     * Returns when the article was last changed.
     *
     * @return the modification time, never before {@link #published()}, or empty
     */
    public abstract Optional<OffsetDateTime> modified();

    /**
     * Returns the canonical address of this edition.
     *
     * @return the absolute http(s) URL, or empty
     */
    public abstract Optional<URI> canonicalUrl();

    /**
     * Returns the authors in byline order.
     *
     * @return an unmodifiable list with unique ids; never null; not empty when published
     */
    public abstract List<Author> authors();

    /**
     * Returns the site sections the article belongs to.
     *
     * @return an unmodifiable list of unique terms; never null, may be empty
     */
    public abstract List<String> categories();

    /**
     * Returns the article's tags.
     *
     * @return an unmodifiable list of unique terms; never null, may be empty
     */
    public abstract List<String> tags();

    /**
     * Returns the lead image.
     *
     * @return the image, or empty
     */
    public abstract Optional<Image> image();

    /**
     * Returns the article's other editions, one per language.
     *
     * @return an unmodifiable list with unique locales, none equal to {@link #locale()};
     *     never null, may be empty
     */
    public abstract List<Translation> translations();

    /**
     * Returns the posts shown as related, best first.
     *
     * @return an unmodifiable list; never null, may be empty
     */
    public abstract List<RelatedPost> related();

    /**
     * Returns the slugs the article had before its title changed, oldest first. A site answers
     * their old paths with a permanent redirect to the current URL
     * ({@code dev.byline.web.Redirects}).
     *
     * @return an unmodifiable list of unique slugs, none equal to {@link #slug()}; never null
     */
    public abstract List<Slug> previousSlugs();

    /**
     * Returns where this edition was translated from, how and by whom, when it is a translation.
     *
     * @return the source, or empty for an original
     */
    public abstract Optional<TranslationSource> translationOf();

    /**
     * Returns the corrections published with the article, in the order given (usually oldest
     * first).
     *
     * @return an unmodifiable list; never null, may be empty
     */
    public abstract List<Correction> corrections();

    /**
     * Returns the translations made from an earlier state of this article: those whose
     * {@link Translation#sourceModified()} is before this article's {@code modified} time
     * (compared as instants). What an editor's "needs update" list shows, and what a reader's
     * note may flag.
     *
     * @return an unmodifiable list, in the order of {@link #translations()}; empty when the
     *     article has no {@code modified} time
     */
    public final List<Translation> outdatedTranslations() {
        if (modified().isEmpty()) {
            return List.of();
        }
        java.time.Instant now = modified().get().toInstant();
        List<Translation> outdated = new ArrayList<>();
        for (Translation t : translations()) {
            if (t.sourceModified().isPresent() && t.sourceModified().get().toInstant().isBefore(now)) {
                outdated.add(t);
            }
        }
        return Collections.unmodifiableList(outdated);
    }

    /**
     * Returns the properties byline does not know, kept for a lossless round trip.
     *
     * @return the extensions; never null, empty by default
     */
    @Value.Default
    public Extensions extensions() {
        return Extensions.empty();
    }

    /**
     * Returns the translation into exactly the given locale. The article's own locale has no
     * translation.
     *
     * @param locale the locale to look for; not null
     * @return the translation whose locale equals {@code locale}, or empty
     */
    public final Optional<Translation> translation(Locale locale) {
        for (Translation t : translations()) {
            if (t.locale().equals(locale)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every locale the article is available in: its own first, then its translations'
     * in their order.
     *
     * @return an unmodifiable list of distinct locales; never null or empty
     */
    public final List<Locale> availableLocales() {
        List<Locale> locales = new ArrayList<>(1 + translations().size());
        locales.add(locale());
        for (Translation t : translations()) {
            locales.add(t.locale());
        }
        return Collections.unmodifiableList(locales);
    }

    /**
     * Returns the direction of the article's language, for an HTML {@code dir} attribute (the
     * same as {@code dev.byline.locale.Languages.direction(locale())}).
     *
     * @return {@link TextDirection#RTL} for Persian, Arabic, Hebrew, Urdu and other
     *     right-to-left languages, otherwise {@link TextDirection#LTR}; never null
     */
    public final TextDirection direction() {
        return LocaleData.canonical(locale()).isRightToLeft() ? TextDirection.RTL : TextDirection.LTR;
    }

    /**
     * Returns the number of words in the body, counted with ICU's word rules for the
     * article's language (the same as {@code dev.byline.text.TextStats.wordCount(body(),
     * locale())}). Computed on first use and remembered; not part of equality.
     *
     * @return the word count, zero for an empty body
     */
    @Value.Lazy
    public int wordCount() {
        return WordStats.wordCount(BodyText.of(body()), locale());
    }

    /**
     * Returns how long the body takes to read in the article's language (the same as
     * {@code dev.byline.text.TextStats.readingTime(body(), locale())}). Computed on first use
     * and remembered; not part of equality.
     *
     * @return the reading time in whole seconds; never null
     */
    @Value.Lazy
    public Duration readingTime() {
        return WordStats.readingTime(BodyText.of(body()), locale());
    }

    @Value.Check
    AbstractArticle normalize() {
        String id = id();
        String title = title();
        Optional<String> subtitle = subtitle();
        Optional<String> summary = summary();
        // each check also tells whether its value is surely NFC, which spares a second pass below
        boolean surelyNfc = Rules.plain("id", id, Limits.MAX_ID_LENGTH);
        Rules.locale("locale", locale());
        surelyNfc &= Rules.plain("title", title, Limits.MAX_TITLE_LENGTH);
        surelyNfc &= Rules.plain("subtitle", subtitle, Limits.MAX_TITLE_LENGTH);
        surelyNfc &= Rules.prose("summary", summary, Limits.MAX_SUMMARY_LENGTH);
        checkDates();
        canonicalUrl().ifPresent(v -> Rules.url("canonicalUrl", v));
        Rules.size("authors", authors(), Limits.MAX_LIST_SIZE);
        Rules.unique("authors", ".id", authors(), Author::id);
        if (status() == Status.PUBLISHED) {
            if (authors().isEmpty()) {
                throw new InvalidArticleException("authors", "must name at least one author when status is published", null);
            }
            if (Text.isBlank(body().content())) {
                throw new InvalidArticleException("body.content", "must not be blank when status is published", body().content());
            }
        }
        surelyNfc &= Rules.plainTerms("categories", categories(), Limits.MAX_TERM_LENGTH, Limits.MAX_LIST_SIZE);
        surelyNfc &= Rules.plainTerms("tags", tags(), Limits.MAX_TERM_LENGTH, Limits.MAX_LIST_SIZE);
        Rules.size("translations", translations(), Limits.MAX_LIST_SIZE);
        for (int i = 0; i < translations().size(); i++) {
            if (translations().get(i).locale().equals(locale())) {
                throw new InvalidArticleException("translations[" + i + "].locale",
                        "must differ from the article's own locale", locale().toLanguageTag());
            }
        }
        Rules.unique("translations", ".locale", translations(), t -> t.locale().toLanguageTag());
        Rules.size("related", related(), Limits.MAX_LIST_SIZE);
        Slug.checkPrevious("previousSlugs", previousSlugs(), Optional.of(slug()));
        if (translationOf().isPresent() && translationOf().get().locale().equals(locale())) {
            throw new InvalidArticleException("translationOf.locale", "must differ from the article's own locale",
                    locale().toLanguageTag());
        }
        Rules.size("corrections", corrections(), Limits.MAX_LIST_SIZE);
        if (published().isPresent()) {
            for (int i = 0; i < corrections().size(); i++) {
                if (corrections().get(i).date().toInstant().isBefore(published().get().toInstant())) {
                    throw new InvalidArticleException("corrections[" + i + "].date",
                            "must not be before published (" + published().get() + ")", corrections().get(i).date());
                }
            }
        }
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }

        // each Text.nfc returns its argument itself when nothing changes
        String nfcId = Text.nfc(id);
        String nfcTitle = Text.nfc(title);
        Optional<String> nfcSubtitle = Text.nfc(subtitle);
        Optional<String> nfcSummary = Text.nfc(summary);
        List<String> categories = Text.nfc(categories());
        List<String> tags = Text.nfc(tags());
        if (nfcId == id && nfcTitle == title && nfcSubtitle == subtitle && nfcSummary == summary
                && categories == categories() && tags == tags()) {
            return this;
        }
        return Article.builder().from(this).id(nfcId).title(nfcTitle).subtitle(nfcSubtitle).summary(nfcSummary)
                .categories(categories).tags(tags).build();
    }

    private void checkDates() {
        if ((status() == Status.PUBLISHED || status() == Status.SCHEDULED) && published().isEmpty()) {
            throw new InvalidArticleException("published", "must be present when status is " + status().wireName(), null);
        }
        if (published().isPresent() && modified().isPresent() && modified().get().isBefore(published().get())) {
            throw new InvalidArticleException("modified", "must not be before published (" + published().get() + ")",
                    modified().get());
        }
    }
}

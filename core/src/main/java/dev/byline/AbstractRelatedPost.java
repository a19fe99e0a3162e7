package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A link to another post, as in the reference page's "Similar Posts" block.
 *
 * <p>Invariants: {@code title} is one line of plain text, not blank, at most
 * {@link Limits#MAX_TITLE_LENGTH}, without control characters or bidi overrides; {@code url} is
 * an absolute http(s) URL without credentials; {@code locale}, when present, names a language;
 * {@code summary}, when present, is prose of at most {@link Limits#MAX_SUMMARY_LENGTH}. Strings
 * are NFC. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRelatedPost {

    static final Set<String> ATTRIBUTES =
            Set.of("title", "url", "slug", "locale", "published", "image", "summary");

    /**
     * Returns the title of the post.
     *
     * @return the title, NFC; never null or blank
     */
    @Value.Parameter
    public abstract String title();

    /**
     * Returns where the post is.
     *
     * @return the absolute http(s) URL; never null
     */
    @Value.Parameter
    public abstract URI url();

    /**
     * Returns the slug of the post.
     *
     * @return the slug, or empty
     */
    public abstract Optional<Slug> slug();

    /**
     * Returns the language of the post.
     *
     * @return the locale, or empty if unknown
     */
    public abstract Optional<Locale> locale();

    /**
     * Returns when the post was published.
     *
     * @return the publication time with its offset, or empty
     */
    public abstract Optional<OffsetDateTime> published();

    /**
     * Returns the post's thumbnail.
     *
     * @return the image, or empty
     */
    public abstract Optional<Image> image();

    /**
     * Returns a short excerpt or summary of the post.
     *
     * @return the summary, NFC, or empty
     */
    public abstract Optional<String> summary();

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
    AbstractRelatedPost normalize() {
        String title = title();
        Optional<String> summary = summary();
        // each check also tells whether its value is surely NFC, which spares a second pass below
        boolean surelyNfc = Rules.plain("title", title, Limits.MAX_TITLE_LENGTH);
        Rules.url("url", url());
        locale().ifPresent(v -> Rules.locale("locale", v));
        surelyNfc &= Rules.prose("summary", summary, Limits.MAX_SUMMARY_LENGTH);
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }
        // each Text.nfc returns its argument itself when nothing changes
        String nfcTitle = Text.nfc(title);
        Optional<String> nfcSummary = Text.nfc(summary);
        if (nfcTitle == title && nfcSummary == summary) {
            return this;
        }
        return RelatedPost.builder().from(this).title(nfcTitle).summary(nfcSummary).build();
    }
}

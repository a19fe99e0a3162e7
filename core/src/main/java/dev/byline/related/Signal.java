package dev.byline.related;

import java.util.Optional;

/**
 * One of the signals {@link RelatedPosts} adds up to score a candidate. Each signal is a number
 * between 0 and 1 that {@link RelatedOptions#weight(Signal) a weight} multiplies; the score of a
 * candidate is the sum of the weighted signals.
 *
 * <p>The four term signals ({@link #TAGS}, {@link #CATEGORIES}, {@link #AUTHORS},
 * {@link #TEXT}) are cosine similarities between the query's and the candidate's sets of
 * terms, each term weighted by its inverse document frequency {@code ln(1 + n / df)}, where
 * {@code n} is the number of indexed articles and {@code df} the number of them that have the
 * term: a term few articles share counts for much more than one most articles have.
 * Immutable and thread-safe.
 */
public enum Signal {
    /** Shared tags, compared after locale-aware case folding. */
    TAGS("tags"),
    /** Shared categories, compared after locale-aware case folding. */
    CATEGORIES("categories"),
    /** Shared authors, compared by {@link dev.byline.Author#id() author id}. */
    AUTHORS("authors"),
    /**
     * Shared words of the title, subtitle and summary: ICU word breaks for the article's locale
     * (so Thai, Chinese and Japanese split into words too), letters, ideographs and numbers
     * only, lowercased and case-folded by the locale's rules (Turkish {@code İ} is {@code i}).
     */
    TEXT("text"),
    /**
     * How recent the candidate is: {@code 0.5^(age / halfLife)}, where the age is the time
     * from the candidate's publication to the options' clock (1 for a candidate published
     * now).
     */
    RECENCY("recency"),
    /**
     * 1 when the candidate is written in the reader's language (same language and, after
     * adding likely subtags, same script), otherwise 0.
     */
    SAME_LOCALE("sameLocale");

    private final String wireName;

    Signal(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the name used for this signal in error paths such as
     * {@code options.weights.sameLocale}.
     *
     * @return the lower camel case name; never null
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks up a signal by its {@link #wireName()}. Matching is exact.
     *
     * @param word the name; not null
     * @return the signal, or empty if the word names none
     */
    public static Optional<Signal> fromWireName(String word) {
        for (Signal s : values()) {
            if (s.wireName.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

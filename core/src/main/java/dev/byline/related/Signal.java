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

    private final String optionName;

    Signal(String optionName) {
        this.optionName = optionName;
    }

    /**
     * Returns the name of this signal's weight among the options, as error paths such as
     * {@code options.weights.sameLocale} and {@link RelatedOptions#toString()} show it. (It is
     * not part of byline's JSON wire format.)
     *
     * @return the lower camel case name; never null
     */
    public String optionName() {
        return optionName;
    }

    /**
     * Looks up a signal by its {@link #optionName()}, such as a configuration file would give
     * it. Matching is exact.
     *
     * @param name the name; not null
     * @return the signal, or empty if the name names none
     */
    public static Optional<Signal> fromOptionName(String name) {
        for (Signal s : values()) {
            if (s.optionName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

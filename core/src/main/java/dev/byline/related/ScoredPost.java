package dev.byline.related;

import dev.byline.Article;
import dev.byline.RelatedPost;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One result of a {@link RelatedPosts} query: the candidate article, the {@link RelatedPost}
 * made from it (title, URL, slug, locale, publication date, image and summary taken from the
 * candidate), its score, and how much each {@link Signal} added to the score.
 *
 * <p>Scores are comparable only within one index and one set of options: they depend on the
 * whole archive (rare terms weigh more) and on the weights. Immutable and thread-safe.
 */
public final class ScoredPost {

    private final Article article;
    private final RelatedPost post;
    private final double score;
    private final Map<Signal, Double> signals;

    ScoredPost(Article article, RelatedPost post, double score, EnumMap<Signal, Double> signals) {
        this.article = article;
        this.post = post;
        this.score = score;
        this.signals = Collections.unmodifiableMap(signals);
    }

    /**
     * Returns the candidate article the post was made from.
     *
     * @return the article; never null
     */
    public Article article() {
        return article;
    }

    /**
     * Returns the post to show.
     *
     * @return the related post; never null
     */
    public RelatedPost post() {
        return post;
    }

    /**
     * Returns the score: the sum of the weighted signals. Higher is more related.
     *
     * @return the score, finite and not negative
     */
    public double score() {
        return score;
    }

    /**
     * Returns the weighted value of every signal for this candidate. The values add up to
     * {@link #score()} (up to floating-point rounding).
     *
     * @return an unmodifiable map with an entry for every signal; never null
     */
    public Map<Signal, Double> signals() {
        return signals;
    }

    /**
     * Returns the weighted value of one signal for this candidate.
     *
     * @param signal the signal; not null
     * @return the signal's value times its weight, finite and not negative
     */
    public double signal(Signal signal) {
        return signals.get(Objects.requireNonNull(signal, "signal"));
    }

    /**
     * Compares article, post, score and signals.
     *
     * @param o the object to compare with; may be null
     * @return true if {@code o} is an equal scored post
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScoredPost)) {
            return false;
        }
        ScoredPost other = (ScoredPost) o;
        return Double.compare(score, other.score) == 0 && article.equals(other.article) && post.equals(other.post)
                && signals.equals(other.signals);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(article, post, score, signals);
    }

    /**
     * Returns the score, the article's id and locale, and the post's title, for logs.
     *
     * @return a description such as {@code 1.234 pakistan-border (en) "Pakistan and ..."}
     */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f %s (%s) \"%s\"", score, article.id(),
                article.locale().toLanguageTag(), post.title());
    }
}

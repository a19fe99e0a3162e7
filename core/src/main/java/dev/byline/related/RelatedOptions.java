package dev.byline.related;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.Limits;
import dev.byline.internal.Inputs;
import dev.byline.internal.Rules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How {@link RelatedPosts} ranks candidates: the weight of each {@link Signal}, how many posts
 * to return, how fast recency fades, the clock that says what "now" is, the reader's language
 * and how a candidate's URL is found. Start from {@link #defaults()} and change what you need
 * with the {@code withX} methods, each of which returns a new instance.
 *
 * <table>
 *   <caption>Options and their defaults</caption>
 *   <tr><th>option</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>{@link #weight(Signal) weight} of {@link Signal#TAGS}</td><td>1.0</td>
 *       <td rowspan="6">finite, 0 to {@value #MAX_WEIGHT}</td></tr>
 *   <tr><td>weight of {@link Signal#CATEGORIES}</td><td>0.5</td></tr>
 *   <tr><td>weight of {@link Signal#AUTHORS}</td><td>0.5</td></tr>
 *   <tr><td>weight of {@link Signal#TEXT}</td><td>1.0</td></tr>
 *   <tr><td>weight of {@link Signal#RECENCY}</td><td>0.25</td></tr>
 *   <tr><td>weight of {@link Signal#SAME_LOCALE}</td><td>0.5</td></tr>
 *   <tr><td>{@link #limit()}</td><td>{@value #DEFAULT_LIMIT}</td>
 *       <td>1 to {@link Limits#MAX_LIST_SIZE}</td></tr>
 *   <tr><td>{@link #minRelevance()}</td><td>{@value #DEFAULT_MIN_RELEVANCE}</td>
 *       <td>finite, 0 to {@value #MAX_WEIGHT}</td></tr>
 *   <tr><td>{@link #halfLife()}</td><td>365 days</td><td>positive</td></tr>
 *   <tr><td>{@link #clock()}</td><td>{@link Clock#systemUTC()}</td><td>any</td></tr>
 *   <tr><td>{@link #readerLocale()}</td><td>empty: the queried article's locale</td>
 *       <td>a locale naming a language</td></tr>
 *   <tr><td>{@link #urlResolver()}</td><td>{@link Article#canonicalUrl()}</td>
 *       <td>a pure, thread-safe function</td></tr>
 * </table>
 *
 * <p>A value out of range throws {@link InvalidValueException} whose path names the option
 * ({@code options.limit}, {@code options.weights.tags}, {@code options.minRelevance},
 * {@code options.halfLife},
 * {@code options.readerLocale}); a {@code null} argument throws {@link NullPointerException}.
 *
 * <p>Two options are equal when every setting is equal; the clock and the URL resolver are
 * compared with their own {@code equals} (identity for most functions). Immutable and
 * thread-safe, provided the clock and the resolver are.
 */
public final class RelatedOptions {

    /** The number of posts returned by default: {@value}. */
    public static final int DEFAULT_LIMIT = 5;

    /** The largest weight a signal may have: {@value}. */
    public static final double MAX_WEIGHT = 1000.0;

    /** The least relevance a candidate needs by default: {@value}. */
    public static final double DEFAULT_MIN_RELEVANCE = 0.2;

    /** The default half-life of the recency signal: 365 days. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(365);

    private static final Function<Article, Optional<URI>> CANONICAL_URL = new CanonicalUrl();

    private static final RelatedOptions DEFAULTS = new RelatedOptions(
            new double[] {1.0, 0.5, 0.5, 1.0, 0.25, 0.5}, DEFAULT_LIMIT, DEFAULT_MIN_RELEVANCE, DEFAULT_HALF_LIFE, Clock.systemUTC(),
            null, CANONICAL_URL);

    private final double[] weights;
    private final int limit;
    private final double minRelevance;
    private final Duration halfLife;
    private final Clock clock;
    private final @Nullable Locale readerLocale;
    private final Function<? super Article, Optional<URI>> urlResolver;

    private RelatedOptions(double[] weights, int limit, double minRelevance, Duration halfLife, Clock clock, @Nullable Locale readerLocale,
            Function<? super Article, Optional<URI>> urlResolver) {
        this.weights = weights;
        this.limit = limit;
        this.minRelevance = minRelevance;
        this.halfLife = halfLife;
        this.clock = clock;
        this.readerLocale = readerLocale;
        this.urlResolver = urlResolver;
    }

    /**
     * Returns the default options, as listed in the class description.
     *
     * @return the defaults; never null
     */
    public static RelatedOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the weight of a signal.
     *
     * @param signal the signal; not null
     * @return the weight, finite, between 0 and {@value #MAX_WEIGHT}
     */
    public double weight(Signal signal) {
        return weights[signal.ordinal()];
    }

    /**
     * Returns a copy with another weight for one signal. A weight of 0 switches the signal off;
     * for the term signals, a shared term still makes an article a candidate.
     *
     * @param signal the signal; not null
     * @param weight the new weight, finite, between 0 and {@value #MAX_WEIGHT}
     * @return options with the new weight; never null
     * @throws InvalidValueException if the weight is out of range or not finite, with path
     *     {@code options.weights.<signal>}
     */
    public RelatedOptions withWeight(Signal signal, double weight) {
        Objects.requireNonNull(signal, "signal");
        if (!(weight >= 0.0 && weight <= MAX_WEIGHT)) {
            throw new InvalidValueException("options.weights." + signal.optionName(),
                    "must be a finite number between 0 and " + MAX_WEIGHT, weight);
        }
        double[] copy = weights.clone();
        copy[signal.ordinal()] = weight;
        return new RelatedOptions(copy, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the most posts a query returns.
     *
     * @return the limit, between 1 and {@link Limits#MAX_LIST_SIZE}
     */
    public int limit() {
        return limit;
    }

    /**
     * Returns a copy returning at most {@code limit} posts.
     *
     * @param limit the most posts to return, between 1 and {@link Limits#MAX_LIST_SIZE}
     * @return options with the new limit; never null
     * @throws InvalidValueException if the limit is out of range, with path
     *     {@code options.limit}
     */
    public RelatedOptions withLimit(int limit) {
        Inputs.check(() -> Rules.positive("options.limit", limit, Limits.MAX_LIST_SIZE));
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the least relevance a candidate needs to be returned: the sum of its weighted
     * {@link Signal#TAGS tag}, {@link Signal#CATEGORIES category}, {@link Signal#AUTHORS
     * author} and {@link Signal#TEXT text} signals, recency and language left out. It keeps
     * out posts that share only common words such as "the" and would otherwise be lifted by
     * the recency and same-locale bonuses.
     *
     * @return the threshold, finite, between 0 and {@value #MAX_WEIGHT}; 0 returns every
     *     candidate that shares a term
     */
    public double minRelevance() {
        return minRelevance;
    }

    /**
     * Returns a copy with another relevance threshold (see {@link #minRelevance()}).
     *
     * @param minRelevance the threshold, finite, between 0 and {@value #MAX_WEIGHT}
     * @return options with the new threshold; never null
     * @throws InvalidValueException if the threshold is out of range or not finite, with
     *     path {@code options.minRelevance}
     */
    public RelatedOptions withMinRelevance(double minRelevance) {
        if (!(minRelevance >= 0.0 && minRelevance <= MAX_WEIGHT)) {
            throw new InvalidValueException("options.minRelevance",
                    "must be a finite number between 0 and " + MAX_WEIGHT, minRelevance);
        }
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the time after which the recency signal has halved.
     *
     * @return the half-life, positive; never null
     */
    public Duration halfLife() {
        return halfLife;
    }

    /**
     * Returns a copy whose recency signal halves every {@code halfLife}.
     *
     * @param halfLife the half-life; not null, positive
     * @return options with the new half-life; never null
     * @throws InvalidValueException if the half-life is zero or negative, with path
     *     {@code options.halfLife}
     */
    public RelatedOptions withHalfLife(Duration halfLife) {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new InvalidValueException("options.halfLife", "must be positive", halfLife);
        }
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the clock that says what "now" is, for the recency signal and for leaving out
     * articles dated in the future.
     *
     * @return the clock; never null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns a copy using another clock. A fixed clock ({@link Clock#fixed}) makes rankings
     * reproducible.
     *
     * @param clock the clock; not null
     * @return options with the new clock; never null
     */
    public RelatedOptions withClock(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the reader's locale, whose language is preferred.
     *
     * @return the locale, or empty to use the locale of the article being queried
     */
    public Optional<Locale> readerLocale() {
        return Optional.ofNullable(readerLocale);
    }

    /**
     * Returns a copy for a reader of the given locale.
     *
     * @param readerLocale the reader's locale; not null, naming a language
     * @return options with the new reader locale; never null
     * @throws InvalidValueException if the locale names no language, with path
     *     {@code options.readerLocale}
     */
    public RelatedOptions withReaderLocale(Locale readerLocale) {
        Objects.requireNonNull(readerLocale, "readerLocale");
        Inputs.check(() -> Rules.locale("options.readerLocale", readerLocale));
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the function that gives a candidate's URL. A candidate for which it returns
     * empty is left out of the results (and the next best candidate takes its place).
     *
     * @return the resolver; never null; by default {@link Article#canonicalUrl()}
     */
    public Function<? super Article, Optional<URI>> urlResolver() {
        return urlResolver;
    }

    /**
     * Returns a copy finding candidates' URLs with the given function, for archives whose
     * articles carry no canonical URL. The function is called from the querying thread only
     * for candidates good enough to enter the results, so it must be thread-safe and should be
     * cheap and pure; it must return an absolute http(s) URL without credentials, or empty.
     *
     * @param urlResolver the resolver; not null, never returning null
     * @return options with the new resolver; never null
     */
    public RelatedOptions withUrlResolver(Function<? super Article, Optional<URI>> urlResolver) {
        Objects.requireNonNull(urlResolver, "urlResolver");
        return new RelatedOptions(weights, limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Compares all settings.
     *
     * @param o the object to compare with; may be null
     * @return true if {@code o} is options with equal settings
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RelatedOptions)) {
            return false;
        }
        RelatedOptions other = (RelatedOptions) o;
        return Arrays.equals(weights, other.weights) && limit == other.limit
                && Double.compare(minRelevance, other.minRelevance) == 0 && halfLife.equals(other.halfLife)
                && clock.equals(other.clock) && Objects.equals(readerLocale, other.readerLocale)
                && urlResolver.equals(other.urlResolver);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(weights), limit, minRelevance, halfLife, clock, readerLocale, urlResolver);
    }

    /**
     * Returns the settings for logs, such as
     * {@code RelatedOptions{weights={tags=1.0, ...}, limit=5, halfLife=PT8760H, ...}}.
     *
     * @return a description; never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RelatedOptions{weights={");
        for (Signal s : Signal.values()) {
            if (s.ordinal() > 0) {
                sb.append(", ");
            }
            sb.append(s.optionName()).append('=').append(weights[s.ordinal()]);
        }
        sb.append("}, limit=").append(limit).append(", minRelevance=").append(minRelevance).append(", halfLife=").append(halfLife).append(", clock=").append(clock)
                .append(", readerLocale=").append(readerLocale == null ? "(query's)" : readerLocale.toLanguageTag())
                .append(", urlResolver=").append(urlResolver).append('}');
        return sb.toString();
    }

    /** The default resolver; a named class so that its {@code toString} says what it does. */
    private static final class CanonicalUrl implements Function<Article, Optional<URI>> {
        @Override
        public Optional<URI> apply(Article article) {
            return article.canonicalUrl();
        }

        @Override
        public String toString() {
            return "Article::canonicalUrl";
        }
    }
}

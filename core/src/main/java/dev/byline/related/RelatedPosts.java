package dev.byline.related;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.RelatedPost;
import dev.byline.related.internal.RelatedIndex;
import dev.byline.related.internal.QuerySettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;

/**
 * Finds the posts most related to an article among an archive of articles, in any of their
 * languages: the "Similar Posts" block of a page.
 *
 * <pre>{@code
 * RelatedPosts related = RelatedPosts.index(archive);           // once, O(total terms)
 * List<ScoredPost> similar = related.find(article);              // many times, any thread
 * Article shown = article.withRelated(related.relatedPosts(article));
 * }</pre>
 *
 * <h2>What is indexed</h2>
 * Only articles whose status is {@link dev.byline.Status#PUBLISHED published} are indexed.
 * Drafts, {@link dev.byline.Status#SCHEDULED scheduled} articles (not public yet; index them
 * again once their status is published) and {@link dev.byline.Status#WITHDRAWN withdrawn} ones
 * are ignored entirely: they are never returned, do not count in term frequencies and do not
 * link editions. An indexed article whose publication date is after the options' clock's
 * instant is not returned either (it is embargoed).
 *
 * <h2>How a candidate is scored</h2>
 * An indexed article is a candidate only if it, or another of its editions, shares at least
 * one term with the queried article: a tag, a category, an author, or a word of the title,
 * subtitle or summary. Its score is the weighted sum of the {@link Signal signals}, each
 * between 0 and 1: for tags, categories, authors and words, the cosine similarity of the two
 * articles' term sets with each term weighted by {@code ln(1 + n / df)} (rarer terms count
 * more); the recency {@code 0.5^(age / halfLife)}; and 1 when the candidate is in the reader's
 * language. A candidate whose tag, category, author and text signals add up to less than
 * {@link RelatedOptions#minRelevance()} is not returned. Tags, categories and words are compared after locale-aware lowercasing and case
 * folding (Turkish {@code İ} and {@code I} become {@code i} and {@code ı}); words come from ICU
 * word breaks for the article's locale, so Thai, Chinese and Japanese text is split into words
 * too. Author ids are compared exactly.
 *
 * <h2>Editions and languages</h2>
 * Two articles are <em>editions</em> of each other when any of these holds, and, through the
 * indexed articles, transitively:
 * <ol>
 *   <li>they have the same {@link Article#id() id};</li>
 *   <li>they have the same {@link Article#canonicalUrl() canonical URL};</li>
 *   <li>a {@link dev.byline.Translation translation} of one has the other's canonical URL as
 *       its URL, or the other's locale and slug as its locale and slug;</li>
 *   <li>they both list a translation with the same URL, or with the same locale and slug (they
 *       are both editions of that page).</li>
 * </ol>
 * URLs are compared as {@link java.net.URI#normalize() normalized} URIs (scheme and host
 * ignoring case); locales by their language tags. Two articles that merely share a locale and
 * a slug are not editions. A query never returns the queried article nor any edition of it.
 *
 * <p>At most one edition of each article is returned. The reader's language is the options'
 * {@link RelatedOptions#readerLocale() reader locale}, or else the queried article's locale;
 * two locales are in the same language when their language and script match after adding
 * likely subtags ({@code en-GB} is {@code en}, {@code zh-TW} is not {@code zh}). When an
 * article has an edition in the reader's language (an indexed one, or one that an indexed
 * edition lists among its translations), only an indexed edition in that language may be
 * returned; otherwise any edition may be, and the best scoring one is.
 *
 * <h2>URLs</h2>
 * A {@link RelatedPost} needs a URL: the {@link RelatedOptions#urlResolver() URL resolver}
 * gives it, by default the candidate's canonical URL. A candidate for which it gives none is
 * skipped and the next best takes its place.
 *
 * <h2>Order</h2>
 * Results come best first: higher score; then the later publication instant; then id,
 * language tag and canonical URL in ascending {@link String#compareTo(String)} order; then
 * the order of the collection the index was built from. The same archive, options and clock
 * give the same results on every call and every thread.
 *
 * <h2>Cost</h2>
 * Building takes time and memory linear in the total number of terms (plus sorting the groups
 * of editions by language and date). A query breaks the queried article into terms (an indexed
 * article's terms are reused), reads the posting lists of its rarer terms, and scores only the
 * articles whose upper bound (from the terms they share, their recency and language) can still
 * reach the results, best bound first; the lists of very common words, and in stretches of old
 * articles or of other languages the lists that cannot change the outcome there, are left
 * unread. The result is the same as scoring every indexed article. A query uses working memory
 * of about eight bytes per indexed article; it is kept for reuse, at most one per processor,
 * for as long as the index.
 *
 * <p>Immutable and thread-safe: build once, query from any number of threads.
 */
public final class RelatedPosts {

    private final RelatedIndex index;
    private final RelatedOptions options;

    private RelatedPosts(RelatedIndex index, RelatedOptions options) {
        this.index = index;
        this.options = options;
    }

    /**
     * Indexes an archive with the {@link RelatedOptions#defaults() default options}.
     *
     * @param articles the archive; not null, no null elements; articles that are not
     *     published are ignored. The collection is read once and not kept.
     * @return the index; never null
     * @throws NullPointerException if the collection or one of its elements is null
     */
    public static RelatedPosts index(Collection<Article> articles) {
        return index(articles, RelatedOptions.defaults());
    }

    /**
     * Indexes an archive for queries with the given options.
     *
     * @param articles the archive; not null, no null elements; articles that are not
     *     published are ignored. The collection is read once and not kept.
     * @param options the options of {@link #find(Article)}; not null
     * @return the index; never null
     * @throws NullPointerException if an argument or an element of the collection is null
     */
    public static RelatedPosts index(Collection<Article> articles, RelatedOptions options) {
        Objects.requireNonNull(options, "options");
        return new RelatedPosts(RelatedIndex.build(articles), options);
    }

    /**
     * Ranks candidates for one article without keeping an index: the same as
     * {@code index(candidates, options).find(article)}. To query one archive repeatedly, build
     * the index once instead.
     *
     * @param article the article to find related posts for; not null, need not be published
     * @param candidates the archive; not null, no null elements
     * @param options the options; not null
     * @return the related posts, best first, at most {@link RelatedOptions#limit()}; never null
     * @throws NullPointerException if an argument or an element of the collection is null
     * @throws InvalidValueException if the URL resolver returns a URL that is not an absolute
     *     http(s) URL without credentials (path {@code options.urlResolver})
     */
    public static List<ScoredPost> rank(Article article, Collection<Article> candidates, RelatedOptions options) {
        Objects.requireNonNull(article, "article");
        return index(candidates, options).find(article);
    }

    /**
     * Returns the options {@link #find(Article)} uses.
     *
     * @return the options; never null
     */
    public RelatedOptions options() {
        return options;
    }

    /**
     * Returns this index with other options. The index is shared, not rebuilt: this is cheap.
     *
     * @param options the new options; not null
     * @return an index using the new options; never null
     */
    public RelatedPosts withOptions(RelatedOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(this.options) ? this : new RelatedPosts(index, options);
    }

    /**
     * Returns the number of articles indexed: the published articles of the archive.
     *
     * @return the number of articles, zero or more
     */
    public int size() {
        return index.size();
    }

    /**
     * Finds the posts most related to an article.
     *
     * @param article the article to find related posts for; not null. It need not be in the
     *     archive, nor published (a draft can be previewed with its future related posts).
     * @return the related posts, best first, at most {@link RelatedOptions#limit()}, never the
     *     article itself or one of its editions; never null, empty when nothing shares a term
     * @throws NullPointerException if the article is null, or the URL resolver returns null
     * @throws InvalidValueException if the URL resolver returns a URL that is not an absolute
     *     http(s) URL without credentials (path {@code options.urlResolver})
     */
    public List<ScoredPost> find(Article article) {
        Objects.requireNonNull(article, "article");
        List<RelatedIndex.Hit> hits = index.search(article, settings(article));
        List<ScoredPost> posts = new ArrayList<>(hits.size());
        Signal[] signals = Signal.values();
        for (RelatedIndex.Hit hit : hits) {
            Article a = hit.article();
            RelatedPost.Builder post = RelatedPost.builder()
                    .title(a.title())
                    .url(hit.url())
                    .slug(a.slug())
                    .locale(a.locale())
                    .published(a.published())
                    .image(a.image())
                    .summary(a.summary());
            EnumMap<Signal, Double> values = new EnumMap<>(Signal.class);
            for (Signal s : signals) {
                values.put(s, hit.signals()[slot(s)]);
            }
            posts.add(new ScoredPost(a, post.build(), hit.score(), values));
        }
        return List.copyOf(posts);
    }

    /**
     * Finds the posts most related to an article, as the {@link RelatedPost} values an
     * {@link Article#related()} list holds.
     *
     * @param article the article to find related posts for; not null
     * @return the posts of {@link #find(Article)}, in its order; never null
     * @throws NullPointerException if the article is null, or the URL resolver returns null
     * @throws InvalidValueException if the URL resolver returns an unusable URL
     */
    public List<RelatedPost> relatedPosts(Article article) {
        List<ScoredPost> found = find(article);
        List<RelatedPost> posts = new ArrayList<>(found.size());
        for (ScoredPost p : found) {
            posts.add(p.post());
        }
        return List.copyOf(posts);
    }

    private QuerySettings settings(Article article) {
        double[] weights = new double[RelatedIndex.SIGNALS];
        for (Signal s : Signal.values()) {
            weights[slot(s)] = options.weight(s);
        }
        return new QuerySettings(weights, options.limit(), options.minRelevance(), seconds(options), options.clock().instant(),
                options.readerLocale().orElse(article.locale()), options.urlResolver());
    }

    /** The index's slot for a signal's weight and value (a new signal fails to compile here). */
    private static int slot(Signal signal) {
        return switch (signal) {
            case TAGS -> RelatedIndex.TAGS;
            case CATEGORIES -> RelatedIndex.CATEGORIES;
            case AUTHORS -> RelatedIndex.AUTHORS;
            case TEXT -> RelatedIndex.TEXT;
            case RECENCY -> RelatedIndex.RECENCY;
            case SAME_LOCALE -> RelatedIndex.SAME_LOCALE;
        };
    }

    private static double seconds(RelatedOptions options) {
        return options.halfLife().getSeconds() + options.halfLife().getNano() / 1e9;
    }

    /**
     * Describes the index for logs.
     *
     * @return the number of articles, edition groups and distinct terms, and the options
     */
    @Override
    public String toString() {
        return "RelatedPosts{articles=" + index.size() + ", editionGroups=" + index.groups() + ", terms="
                + index.terms() + ", options=" + options + "}";
    }
}

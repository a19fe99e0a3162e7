package dev.byline.related.internal;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.Status;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The index behind {@code RelatedPosts}: every published article's terms, their inverse
 * document frequencies and posting lists, and the grouping of articles into editions of one
 * another. Built once in time linear in the total number of terms, plus sorting the edition
 * groups by languages and date; read-only afterwards, so any number of threads may query it.
 * Not API.
 *
 * <p>The parts, each package-private with one job:
 * <ul>
 *   <li>{@link EditionGroups}: which articles are editions of one another (union-find);
 *       {@link EditionLookup}: a query article's editions and indexed copy;</li>
 *   <li>{@link LanguageIds}: the languages met, numbered, as bits for sets of them;</li>
 *   <li>{@link DocumentOrder}: the articles numbered group by group, their dates and languages,
 *       and the ranking order;</li>
 *   <li>{@link Stretches}: the document order cut into stretches of 4096 documents with their
 *       latest date and languages, for the search's bounds;</li>
 *   <li>{@link TermIndex}: terms, idf, norms and posting lists;</li>
 *   <li>{@link QueryScorer}: one query's term weights and the scoring shared by search and scan;
 *       {@link TopHits}: its best results so far;</li>
 *   <li>{@link BoundedSearch} ({@link #search}): reads only what the bounds require;
 *       {@link ExhaustiveScan} ({@link #scan}): scores every group, the reference;</li>
 *   <li>{@link ScratchPool}: the search's pooled working memory.</li>
 * </ul>
 * Both {@link #search} and {@link #scan} give the same results, which the tests check and the
 * benchmarks compare.
 */
public final class RelatedIndex {

    /** Signal index of shared tags. */
    public static final int TAGS = 0;
    /** Signal index of shared categories. */
    public static final int CATEGORIES = 1;
    /** Signal index of shared authors. */
    public static final int AUTHORS = 2;
    /** Signal index of shared words. */
    public static final int TEXT = 3;
    /** Signal index of recency. */
    public static final int RECENCY = 4;
    /** Signal index of the same-locale preference. */
    public static final int SAME_LOCALE = 5;
    /** Number of signals. */
    public static final int SIGNALS = 6;

    private final LanguageIds languages;
    private final DocumentOrder order;
    private final Stretches stretches;
    private final TermIndex terms;
    private final EditionLookup editions;
    private final ScratchPool scratches;

    /**
     * Indexes the published articles of a collection; others are ignored.
     *
     * @throws NullPointerException if the collection or an element is null
     */
    public static RelatedIndex build(Collection<Article> articles) {
        return build(articles, Stretches.LENGTH);
    }

    /**
     * Indexes the published articles of a collection with stretches of {@code range} documents
     * (tests use short ones to exercise many stretches on a small archive).
     *
     * @throws IllegalArgumentException if {@code range} is not a positive multiple of 64
     */
    static RelatedIndex build(Collection<Article> articles, int range) {
        if (range <= 0 || range % 64 != 0) {
            throw new IllegalArgumentException("range must be a positive multiple of 64: " + range);
        }
        Objects.requireNonNull(articles, "articles");
        List<Article> published = new ArrayList<>(articles.size());
        int position = 0;
        for (Article a : articles) {
            if (a == null) {
                throw new NullPointerException("articles must not contain null (element " + position + ")");
            }
            if (a.status() == Status.PUBLISHED) {
                published.add(a);
            }
            position++;
        }
        return new RelatedIndex(published.toArray(new Article[0]), range);
    }

    private RelatedIndex(Article[] input, int range) {
        EditionGroups groups = new EditionGroups(input);
        languages = new LanguageIds();
        order = new DocumentOrder(input, groups, languages);
        stretches = new Stretches(order, range);
        terms = new TermIndex(order.docs);
        editions = groups.lookup(order);
        scratches = new ScratchPool(order.size());
    }

    /** Returns the number of indexed (published) articles. */
    public int size() {
        return order.size();
    }

    /** Returns the number of edition groups. */
    public int groups() {
        return order.groups();
    }

    /** Returns the number of distinct terms. */
    public int terms() {
        return terms.size();
    }

    /**
     * Ranks the indexed articles for a query article, reading only the posting lists and the
     * parts of them that the bounds require ({@link BoundedSearch}).
     *
     * @return the results, best first, at most {@code settings.limit()}; the same as
     *     {@link #scan(Article, QuerySettings)}
     * @throws NullPointerException if the article is null
     * @throws InvalidValueException if the URL resolver returns an unusable URL
     */
    public List<Hit> search(Article article, QuerySettings settings) {
        Objects.requireNonNull(article, "article");
        if (order.size() == 0) {
            return List.of();
        }
        QueryScorer scorer = scorer(article, settings);
        new BoundedSearch(scorer, order, terms, stretches, scratches).run();
        return scorer.results();
    }

    /**
     * Ranks the indexed articles for a query article by scoring every group
     * ({@link ExhaustiveScan}): the brute-force reference for {@link #search}.
     *
     * @return the results, best first, at most {@code settings.limit()}
     * @throws NullPointerException if the article is null
     * @throws InvalidValueException if the URL resolver returns an unusable URL
     */
    public List<Hit> scan(Article article, QuerySettings settings) {
        Objects.requireNonNull(article, "article");
        if (order.size() == 0) {
            return List.of();
        }
        QueryScorer scorer = scorer(article, settings);
        new ExhaustiveScan(scorer, order).run();
        return scorer.results();
    }

    private QueryScorer scorer(Article article, QuerySettings settings) {
        return new QueryScorer(article, settings, order, terms, editions, languages);
    }

    /**
     * One result.
     *
     * @param article the candidate
     * @param url the candidate's URL, from the resolver
     * @param score the score
     * @param signals the weighted value of each signal, indexed like the weights
     */
    public record Hit(Article article, URI url, double score, double[] signals) {}
}

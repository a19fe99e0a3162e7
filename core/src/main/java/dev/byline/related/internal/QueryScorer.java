package dev.byline.related.internal;

import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.internal.Rules;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scoring of one query, shared by {@link BoundedSearch} and {@link ExhaustiveScan} so that
 * both score a group the same way: the query's terms and their weights, the signals of a
 * document, which members of a group are eligible, the offer of a group's best member to the
 * {@link TopHits results}, and the bounds the search prunes with. Used by one thread only.
 */
final class QueryScorer {

    private final QuerySettings settings;
    private final DocumentOrder order;
    private final double[] weights;
    private final long nowSecond;
    private final int readerLang;
    /** The reader's language as a bit of {@link DocumentOrder#docGroupLangs}; 0 if no article has it. */
    private final int readerBit;
    private final IntSet excluded;
    private final TermWeights termWeights;
    /** Known query terms and what each can add to a score at most. */
    private final int[] queryTerms;
    private final double[] maxContribution;
    /** The least term score a result needs, less a rounding margin. */
    private final double relevanceFloor;
    private final TopHits top;
    private final int[][] docTerms;
    private final double[] docNorms;
    private final byte[] termKind;
    private final long[] docSecond;
    private final int[] docLang;
    private double[] memberScores = new double[4];
    /** Whether the document last given to {@link #termScore(int)} shares a term with the query. */
    private boolean shared;

    QueryScorer(Article article, QuerySettings settings, DocumentOrder order, TermIndex terms, EditionLookup editions,
            LanguageIds languages) {
        this.settings = settings;
        this.order = order;
        this.weights = settings.weights();
        this.nowSecond = settings.now().getEpochSecond();
        int lang = languages.find(settings.reader());
        this.readerLang = lang;
        this.readerBit = lang < 0 ? 0 : LanguageIds.bit(lang);
        this.excluded = editions.editionsOf(article);
        this.docTerms = terms.docTerms;
        this.docNorms = terms.docNorms;
        this.termKind = terms.termKind;
        this.docSecond = order.docSecond;
        this.docLang = order.docLang;

        double[] norms = new double[TermIndex.KINDS];
        queryTerms = terms.queryTerms(article, editions.indexedCopy(article), norms);
        int known = queryTerms.length;
        termWeights = new TermWeights(known);
        maxContribution = new double[known];
        for (int i = 0; i < known; i++) {
            int t = queryTerms[i];
            int kind = termKind[t];
            // the query's norm is positive whenever it has a term of this kind
            double w = weights[kind] * terms.idf[t] * terms.idf[t] / norms[kind];
            termWeights.put(t, w);
            maxContribution[i] = w / terms.minNorm[t];
        }
        double minRelevance = settings.minRelevance();
        relevanceFloor = minRelevance - 1e-9 * Math.max(1.0, minRelevance);
        top = new TopHits(order, settings.limit());
    }

    /** The indexed terms of the query. */
    int[] queryTerms() {
        return queryTerms;
    }

    /** What the {@code i}-th query term can add to a score at most. */
    double maxContribution(int i) {
        return maxContribution[i];
    }

    /** The weight of an indexed query term. */
    double termWeight(int t) {
        return termWeights.value(termWeights.slot(t));
    }

    /** The weight of a signal. */
    double weight(int signal) {
        return weights[signal];
    }

    /** The most results. */
    int limit() {
        return settings.limit();
    }

    /** The reader's language as a bit of {@link DocumentOrder#docGroupLangs}; 0 if no article has it. */
    int readerBit() {
        return readerBit;
    }

    /** The current time in epoch seconds. */
    long nowSecond() {
        return nowSecond;
    }

    /** The least term score a result needs, less a rounding margin. */
    double relevanceFloor() {
        return relevanceFloor;
    }

    /** Whether group {@code g} holds an edition of the query article (never returned). */
    boolean excluded(int g) {
        return excluded.contains(g);
    }

    /** Whether the results are full, so that a new one must beat {@link #threshold()}. */
    boolean full() {
        return top.isFull();
    }

    /** The sum of the term signals; remembers whether any term is shared ({@link #sharedTerm()}). */
    double termScore(int d) {
        double sum = 0;
        boolean any = false;
        int base = d * TermIndex.KINDS;
        for (int t : docTerms[d]) {
            int slot = termWeights.slot(t);
            if (slot >= 0) {
                any = true;
                sum += termWeights.value(slot) / docNorms[base + termKind[t]];
            }
        }
        shared = any;
        return sum;
    }

    /** Whether the document last given to {@link #termScore(int)} shares a term with the query. */
    boolean sharedTerm() {
        return shared;
    }

    private double recency(int d) {
        long age = Math.max(0L, nowSecond - docSecond[d]);
        return Math.pow(0.5, age / settings.halfLifeSeconds());
    }

    private double bonus(int d) {
        double b = 0;
        if (weights[RelatedIndex.RECENCY] > 0) {
            b += weights[RelatedIndex.RECENCY] * recency(d);
        }
        if (docLang[d] == readerLang) {
            b += weights[RelatedIndex.SAME_LOCALE];
        }
        return b;
    }

    /** Whether a member may be returned: published by now, and in the reader's language if its group has one. */
    boolean eligible(int d, boolean readerEditionExists) {
        return docSecond[d] <= nowSecond && (!readerEditionExists || docLang[d] == readerLang);
    }

    /** The score of an eligible document with the given term score, or NaN if not relevant enough. */
    double score(int d, double termScore) {
        return termScore >= settings.minRelevance() ? termScore + bonus(d) : Double.NaN;
    }

    /** Whether group {@code g} has an edition in the reader's language (counting translations). */
    boolean readerEditionExists(int g) {
        if (readerLang < 0) {
            return false;
        }
        for (int lang : order.groupLangs[g]) {
            if (lang == readerLang) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an article whose term signals add up to at most {@code most} and whose bonus is
     * at most {@code bonus} cannot enter.
     */
    boolean cannotEnter(double most, double bonus) {
        return most < relevanceFloor || top.isFull() && most + bonus < threshold();
    }

    /** The recency and same-locale bonus of a group of the given age and languages. */
    double bonusAt(boolean sameLanguage, long age) {
        double b = sameLanguage ? weights[RelatedIndex.SAME_LOCALE] : 0.0;
        if (weights[RelatedIndex.RECENCY] > 0) {
            b += weights[RelatedIndex.RECENCY] * Math.pow(0.5, age / settings.halfLifeSeconds());
        }
        return b;
    }

    /** The score a group must beat to enter full results, less a rounding margin. */
    double threshold() {
        double worst = top.worstScore();
        return worst - 1e-9 * Math.max(1.0, worst);
    }

    /** Scores every member of group {@code g} and offers the best to the results. */
    void consider(int g) {
        int[] members = order.groupMembers[g];
        boolean readerEdition = readerEditionExists(g);
        double[] scores = memberScores(members.length);
        for (int m = 0; m < members.length; m++) {
            int d = members[m];
            scores[m] = eligible(d, readerEdition) ? score(d, termScore(d)) : Double.NaN;
        }
        select(members, scores);
    }

    /** Room for the scores of a group's members, reused. */
    double[] memberScores(int size) {
        if (memberScores.length < size) {
            memberScores = new double[size];
        }
        return memberScores;
    }

    /**
     * Offers a group's best eligible member with a URL to the results; {@code scores} is
     * NaN for ineligible members and is consumed.
     */
    void select(int[] members, double[] scores) {
        while (true) {
            int best = -1;
            for (int m = 0; m < members.length; m++) {
                if (!Double.isNaN(scores[m])
                        && (best < 0 || order.rank(members[m], scores[m], members[best], scores[best]) < 0)) {
                    best = m;
                }
            }
            if (best < 0) {
                return;
            }
            int d = members[best];
            double s = scores[best];
            if (top.isFull() && order.rank(d, s, top.worstDoc(), top.worstScore()) >= 0) {
                return;
            }
            URI url = resolve(d);
            if (url != null) {
                top.offer(d, s, url);
                return;
            }
            scores[best] = Double.NaN;
        }
    }

    private @Nullable URI resolve(int d) {
        Article candidate = order.docs[d];
        Optional<URI> url = settings.urlResolver().apply(candidate);
        Objects.requireNonNull(url, () -> "options.urlResolver returned null for article " + candidate.id());
        if (url.isEmpty()) {
            return null;
        }
        try {
            Rules.url("options.urlResolver", url.get());
        } catch (InvalidArticleException e) {
            throw new InvalidValueException(e.path(),
                    "must return usable URLs; for article " + candidate.id() + " (" + candidate.locale().toLanguageTag()
                            + ") it " + e.rule(),
                    e.value().orElse(null)); // as shown by the rule: credentials already masked
        }
        return url.get();
    }

    /** The results, best first. */
    List<RelatedIndex.Hit> results() {
        int size = top.size();
        Integer[] ranked = new Integer[size];
        for (int i = 0; i < size; i++) {
            ranked[i] = i;
        }
        Arrays.sort(ranked, (a, b) -> order.rank(top.doc(a), top.score(a), top.doc(b), top.score(b)));
        List<RelatedIndex.Hit> hits = new ArrayList<>(size);
        for (int i : ranked) {
            int d = top.doc(i);
            hits.add(new RelatedIndex.Hit(order.docs[d], top.url(i), top.score(i), signals(d)));
        }
        return hits;
    }

    private double[] signals(int d) {
        double[] signals = new double[RelatedIndex.SIGNALS];
        int base = d * TermIndex.KINDS;
        for (int t : docTerms[d]) {
            int slot = termWeights.slot(t);
            if (slot >= 0) {
                signals[termKind[t]] += termWeights.value(slot) / docNorms[base + termKind[t]];
            }
        }
        signals[RelatedIndex.RECENCY] = weights[RelatedIndex.RECENCY] > 0
                ? weights[RelatedIndex.RECENCY] * recency(d) : 0.0;
        signals[RelatedIndex.SAME_LOCALE] = docLang[d] == readerLang ? weights[RelatedIndex.SAME_LOCALE] : 0.0;
        return signals;
    }
}

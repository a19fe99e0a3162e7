package dev.byline.related.internal;

import com.ibm.icu.text.BreakIterator;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.InvalidArticleException;
import dev.byline.Status;
import dev.byline.Translation;
import dev.byline.internal.Rules;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The inverted index behind {@code RelatedPosts}: every published article's terms (tags,
 * categories, author ids, folded words), their inverse document frequencies, posting lists,
 * and the grouping of articles into editions of one another. Built once in time linear in the
 * total number of terms, plus sorting the edition groups by languages and date; read-only
 * afterwards, so any number of threads may query it.
 *
 * <p>A query scores only the groups of articles that share a term with the query article,
 * and of those only the ones whose upper bound can reach the results: it adds up the posting
 * lists of the query's rarer terms per document, probes the long lists of heavier terms only
 * for the documents already reached, leaves the lists of the most common words unread when
 * they weigh little, and scores the reached documents best bound first until the next bound
 * is below the last result; it does so stretch by stretch of documents of similar languages and
 * dates, whose bound on the recency and same-locale bonus is tighter than the archive's (see
 * {@code Query.search()}). It needs working memory of about eight bytes per indexed article,
 * which is pooled (one per processor) and cleared sparsely, so that a query does not pay for
 * zeroing it. An indexed article queried again reuses its terms instead
 * of breaking its text into words again. {@link #query(Article, Settings, boolean)} with
 * {@code scan = true} scores every group instead; both give the same results, which the tests
 * check and the benchmarks compare. Not API.
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

    private static final int TERM_KINDS = 4;

    /** The most postings a query reads to seed its results before it splits its terms. */
    private static final int SEED_POSTINGS = 1024;

    /**
     * The most that the terms a query does not read may add to a document's bound: the longest
     * posting lists (of the most common words) are left unread when their terms weigh little.
     */
    private static final double SLACK = 0.1;

    /**
     * The number of documents, a multiple of 64, that the search treats as one stretch with
     * one bound on the recency and same-locale bonus (see {@code Query.search()}).
     */
    private static final int RANGE = 4096;

    /** The published articles, numbered group by group, most recent group first. */
    private final Article[] docs;
    /** Per document, its position among the published articles as given (the last tie-break). */
    private final int[] position;
    private final int[] docGroup;
    private final int[][] docTerms;
    /** Per document and term kind, the Euclidean norm of its idf-weighted term vector. */
    private final double[] docNorms;
    private final long[] docSecond;
    private final int[] docLang;

    private final int[][] groupMembers;
    private final int[][] groupLangs;
    /** Per document, the latest publication among its group's members, in epoch seconds. */
    private final long[] docGroupLatest;
    /**
     * Per document, the languages of its group's members as bits (bit {@code l} for language
     * id {@code l} below 31; bit 31 for any other). Kept per document, next to
     * {@link #docGroupLatest}, so the search reads them in posting order.
     */
    private final int[] docGroupLangs;
    /** Per 64 documents (one word of a query's bitmap), the latest of their {@link #docGroupLatest}. */
    private final long[] wordLatest;
    /** The number of documents in a stretch; {@link #RANGE} unless a test asks otherwise. */
    private final int range;
    /** Per stretch of {@link #range} documents, the latest of their {@link #docGroupLatest}. */
    private final long[] rangeLatest;
    /** Per stretch of {@link #range} documents, the union of their {@link #docGroupLangs}. */
    private final int[] rangeLangs;

    private final Map<String, Integer> termIds;
    private final byte[] termKind;
    private final int[][] postings;
    /**
     * Parallel to {@link #postings}: per posting, the reciprocal of the document's norm for the
     * term's kind, rounded up to a float, so that sums of these are upper bounds of the exact
     * term scores and the search reads its lists in order without touching {@link #docNorms}.
     */
    private final float[][] postingScales;
    private final double[] idf;
    /** Per term, the smallest norm (of the term's kind) among the documents that have it. */
    private final double[] minNorm;
    private final double unknownIdf;

    private final Map<String, Integer> langIds;
    /** Cleared per-query working memory for reuse, at most one per processor (see {@link Scratch}). */
    private final AtomicReferenceArray<Scratch> scratches =
            new AtomicReferenceArray<>(Math.max(2, Runtime.getRuntime().availableProcessors()));
    private final Map<String, Integer> idGroup;
    private final Map<URI, Integer> urlGroup;
    private final Map<String, int[]> slugOwnerGroups;
    private final Map<String, Integer> slugLinkerGroup;

    /**
     * Indexes the published articles of a collection; others are ignored.
     *
     * @throws NullPointerException if the collection or an element is null
     */
    public static RelatedIndex build(Collection<Article> articles) {
        return build(articles, RANGE);
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
        int n = input.length;
        this.range = range;

        // editions: union-find over the edition relation, in the order of the input
        Editions editions = new Editions(n);
        Map<String, Integer> firstById = new HashMap<>();
        Map<URI, Integer> firstByUrl = new HashMap<>();
        Map<String, List<Integer>> slugOwners = new HashMap<>();
        Map<String, Integer> firstSlugLinker = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article a = input[i];
            int at = i;
            editions.union(i, firstById.computeIfAbsent(a.id(), k -> at));
            if (a.canonicalUrl().isPresent()) {
                editions.union(i, firstByUrl.computeIfAbsent(a.canonicalUrl().get().normalize(), k -> at));
            }
            for (Translation t : a.translations()) {
                editions.union(i, firstByUrl.computeIfAbsent(t.url().normalize(), k -> at));
                if (t.slug().isPresent()) {
                    String key = slugKey(t.locale(), t.slug().get().value());
                    editions.union(i, firstSlugLinker.computeIfAbsent(key, k -> at));
                }
            }
            slugOwners.computeIfAbsent(slugKey(a.locale(), a.slug().value()), k -> new ArrayList<>(1)).add(i);
        }
        for (Map.Entry<String, Integer> e : firstSlugLinker.entrySet()) {
            List<Integer> owners = slugOwners.get(e.getKey());
            if (owners != null) {
                for (int owner : owners) {
                    editions.union(e.getValue(), owner);
                }
            }
        }

        // Groups, numbered by their languages, then from the most recently published to the
        // least, then by the input position of their first member; documents numbered group by
        // group in that order. A group's members are adjacent, and a stretch of documents mostly
        // has one set of languages and a narrow span of dates, which the search's bounds use.
        int[] rawGroupOf = new int[n];
        int[] rawOfRoot = new int[n];
        Arrays.fill(rawOfRoot, -1);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int root = editions.find(i);
            if (rawOfRoot[root] < 0) {
                rawOfRoot[root] = groups++;
            }
            rawGroupOf[i] = rawOfRoot[root];
        }
        long[] rawLatest = new long[groups];
        int[] rawSize = new int[groups];
        int[] rawLangs = new int[groups];
        Arrays.fill(rawLatest, Long.MIN_VALUE);
        langIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            // a published article always has a publication date
            int raw = rawGroupOf[i];
            rawLatest[raw] = Math.max(rawLatest[raw], input[i].published().orElseThrow().toEpochSecond());
            rawSize[raw]++;
            rawLangs[raw] |= langBit(langId(input[i].locale()));
        }
        Integer[] byRecency = new Integer[groups];
        for (int g = 0; g < groups; g++) {
            byRecency[g] = g;
        }
        // raw group numbers follow the input position of the first member
        Arrays.sort(byRecency, (x, y) -> {
            int c = Integer.compareUnsigned(rawLangs[x], rawLangs[y]);
            if (c == 0) {
                c = Long.compare(rawLatest[y], rawLatest[x]);
            }
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] groupOfRaw = new int[groups];
        int[] firstDocOf = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            groupOfRaw[byRecency[g]] = g;
            firstDocOf[g + 1] = firstDocOf[g] + rawSize[byRecency[g]];
        }
        int[] next = Arrays.copyOf(firstDocOf, groups);
        int[] docOfInput = new int[n];
        docs = new Article[n];
        position = new int[n];
        docGroup = new int[n];
        for (int i = 0; i < n; i++) {
            int g = groupOfRaw[rawGroupOf[i]];
            int d = next[g]++;
            docOfInput[i] = d;
            docs[d] = input[i];
            position[d] = i;
            docGroup[d] = g;
        }
        groupMembers = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] members = new int[firstDocOf[g + 1] - firstDocOf[g]];
            for (int m = 0; m < members.length; m++) {
                members[m] = firstDocOf[g] + m;
            }
            groupMembers[g] = members;
        }

        // terms: one pass over every document, O(total terms)
        TermTable table = new TermTable();
        docTerms = new int[n][];
        Map<Locale, BreakIterator> iterators = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Article a = docs[i];
            BreakIterator words = iterators.computeIfAbsent(a.locale(), Terms::wordIterator);
            table.startDocument(i);
            extract(a, words, table);
            docTerms[i] = table.documentTerms();
        }
        termIds = table.ids;
        int termCount = table.count;
        termKind = Arrays.copyOf(table.kinds, termCount);
        int[] df = table.df;
        idf = new double[termCount];
        for (int t = 0; t < termCount; t++) {
            idf[t] = Math.log1p((double) n / df[t]);
        }
        unknownIdf = Math.log1p(n);

        postings = new int[termCount][];
        for (int t = 0; t < termCount; t++) {
            postings[t] = new int[df[t]];
        }
        int[] fill = new int[termCount];
        docNorms = new double[n * TERM_KINDS];
        for (int d = 0; d < n; d++) {
            for (int t : docTerms[d]) {
                postings[t][fill[t]++] = d;
                docNorms[d * TERM_KINDS + termKind[t]] += idf[t] * idf[t];
            }
        }
        for (int i = 0; i < docNorms.length; i++) {
            docNorms[i] = Math.sqrt(docNorms[i]);
        }
        postingScales = new float[termCount][];
        for (int t = 0; t < termCount; t++) {
            int[] list = postings[t];
            float[] scales = new float[list.length];
            for (int j = 0; j < list.length; j++) {
                scales[j] = Math.nextUp((float) (1.0 / docNorms[list[j] * TERM_KINDS + termKind[t]]));
            }
            postingScales[t] = scales;
        }
        minNorm = new double[termCount];
        Arrays.fill(minNorm, Double.POSITIVE_INFINITY);
        for (int d = 0; d < n; d++) {
            for (int t : docTerms[d]) {
                minNorm[t] = Math.min(minNorm[t], docNorms[d * TERM_KINDS + termKind[t]]);
            }
        }

        docSecond = new long[n];
        docLang = new int[n];
        for (int d = 0; d < n; d++) {
            docSecond[d] = docs[d].published().orElseThrow().toEpochSecond();
            docLang[d] = langId(docs[d].locale());
        }
        docGroupLatest = new long[n];
        docGroupLangs = new int[n];
        for (int d = 0; d < n; d++) {
            int raw = byRecency[docGroup[d]];
            docGroupLatest[d] = rawLatest[raw];
            docGroupLangs[d] = rawLangs[raw];
        }
        wordLatest = new long[(n + 63) >>> 6];
        Arrays.fill(wordLatest, Long.MIN_VALUE);
        int ranges = (n + range - 1) / range;
        rangeLatest = new long[ranges];
        rangeLangs = new int[ranges];
        Arrays.fill(rangeLatest, Long.MIN_VALUE);
        for (int d = 0; d < n; d++) {
            wordLatest[d >>> 6] = Math.max(wordLatest[d >>> 6], docGroupLatest[d]);
            rangeLatest[d / range] = Math.max(rangeLatest[d / range], docGroupLatest[d]);
            rangeLangs[d / range] |= docGroupLangs[d];
        }
        groupLangs = new int[groups][];
        for (int g = 0; g < groups; g++) {
            Set<Integer> langs = new LinkedHashSet<>();
            for (int d : groupMembers[g]) {
                langs.add(docLang[d]);
                for (Translation t : docs[d].translations()) {
                    langs.add(langId(t.locale()));
                }
            }
            groupLangs[g] = langs.stream().mapToInt(Integer::intValue).toArray();
        }

        idGroup = new HashMap<>(firstById.size() * 2);
        firstById.forEach((k, i) -> idGroup.put(k, docGroup[docOfInput[i]]));
        urlGroup = new HashMap<>(firstByUrl.size() * 2);
        firstByUrl.forEach((k, i) -> urlGroup.put(k, docGroup[docOfInput[i]]));
        slugLinkerGroup = new HashMap<>(firstSlugLinker.size() * 2);
        firstSlugLinker.forEach((k, i) -> slugLinkerGroup.put(k, docGroup[docOfInput[i]]));
        slugOwnerGroups = new HashMap<>(slugOwners.size() * 2);
        slugOwners.forEach((k, is) -> slugOwnerGroups.put(k,
                is.stream().mapToInt(i -> docGroup[docOfInput[i]]).distinct().toArray()));
    }

    private static int langBit(int lang) {
        return 1 << Math.min(lang, 31);
    }

    private int langId(Locale locale) {
        return langIds.computeIfAbsent(Terms.languageKey(locale), k -> langIds.size());
    }

    private static String slugKey(Locale locale, String slug) {
        return locale.toLanguageTag() + ' ' + slug;
    }

    private static String termKey(int kind, String term) {
        return (char) ('0' + kind) + term;
    }

    /** The consumer of an article's terms. */
    private interface TermSink {
        void accept(int kind, String term);
    }

    private static void extract(Article a, BreakIterator words, TermSink sink) {
        Locale locale = a.locale();
        for (String tag : a.tags()) {
            sink.accept(TAGS, Terms.fold(tag, locale));
        }
        for (String category : a.categories()) {
            sink.accept(CATEGORIES, Terms.fold(category, locale));
        }
        for (Author author : a.authors()) {
            sink.accept(AUTHORS, author.id());
        }
        Terms.words(a.title(), locale, words, w -> sink.accept(TEXT, w));
        a.subtitle().ifPresent(s -> Terms.words(s, locale, words, w -> sink.accept(TEXT, w)));
        a.summary().ifPresent(s -> Terms.words(s, locale, words, w -> sink.accept(TEXT, w)));
    }

    /** Assigns term ids and counts document frequencies while the index is built. */
    private static final class TermTable implements TermSink {
        final Map<String, Integer> ids = new HashMap<>();
        byte[] kinds = new byte[1024];
        int[] df = new int[1024];
        int[] lastDoc = new int[1024];
        int count;
        private int doc;
        private int[] current = new int[64];
        private int currentSize;

        void startDocument(int d) {
            doc = d;
            currentSize = 0;
        }

        @Override
        public void accept(int kind, String term) {
            String key = termKey(kind, term);
            Integer id = ids.get(key);
            int t;
            if (id == null) {
                t = count++;
                ids.put(key, t);
                if (t == kinds.length) {
                    kinds = Arrays.copyOf(kinds, t * 2);
                    df = Arrays.copyOf(df, t * 2);
                    lastDoc = Arrays.copyOf(lastDoc, t * 2);
                }
                kinds[t] = (byte) kind;
                lastDoc[t] = -1;
            } else {
                t = id;
            }
            if (lastDoc[t] != doc) {
                lastDoc[t] = doc;
                df[t]++;
                if (currentSize == current.length) {
                    current = Arrays.copyOf(current, currentSize * 2);
                }
                current[currentSize++] = t;
            }
        }

        int[] documentTerms() {
            return Arrays.copyOf(current, currentSize);
        }
    }

    /** Union-find with path halving. */
    private static final class Editions {
        final int[] parent;

        Editions(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                // the smaller root wins, so the result does not depend on the order of unions
                if (ra < rb) {
                    parent[rb] = ra;
                } else {
                    parent[ra] = rb;
                }
            }
        }
    }

    /** Returns the number of indexed (published) articles. */
    public int size() {
        return docs.length;
    }

    /** Returns the number of edition groups. */
    public int groups() {
        return groupMembers.length;
    }

    /** Returns the number of distinct terms. */
    public int terms() {
        return termKind.length;
    }

    /**
     * Ranks the indexed articles for a query article.
     *
     * @param scan true to score every group (the brute-force reference), false to use the
     *     posting lists
     * @return the results, best first, at most {@code settings.limit()}
     * @throws InvalidArticleException if the URL resolver returns an unusable URL
     */
    public List<Hit> query(Article article, Settings settings, boolean scan) {
        Objects.requireNonNull(article, "article");
        if (docs.length == 0) {
            return List.of();
        }
        Query q = new Query(article, settings);
        if (scan) {
            q.scan();
        } else {
            q.search();
        }
        return q.results();
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

    /** The state of one query; used by one thread only. */
    private final class Query {
        private final Article article;
        private final Settings settings;
        private final double[] weights;
        private final long nowSecond;
        private final int readerLang;
        /** The reader's language as a bit of {@link #docGroupLangs}; 0 if no article has it. */
        private final int readerBit;
        private final IntSet excluded;
        private final TermWeights termWeights;
        /** Known query terms and what each can add to a score at most. */
        private final int[] queryTerms;
        private final double[] maxContribution;
        /** The least term score a result needs, less a rounding margin. */
        private final double relevanceFloor;
        private final Top top;
        private double[] memberScores = new double[4];
        private boolean shared;

        Query(Article article, Settings settings) {
            this.article = article;
            this.settings = settings;
            this.weights = settings.weights();
            this.nowSecond = settings.now().getEpochSecond();
            Integer lang = langIds.get(Terms.languageKey(settings.reader()));
            this.readerLang = lang == null ? -1 : lang;
            this.readerBit = lang == null ? 0 : langBit(lang);
            this.excluded = editionsOf(article);

            // the query's terms, deduplicated, in order of appearance; an indexed article's are
            // already known (the same ids in the same order as extracting them again gives)
            double[] norms = new double[TERM_KINDS];
            int[] ids;
            int known;
            int self = indexedCopy(article);
            if (self >= 0) {
                ids = docTerms[self];
                known = ids.length;
                for (int t : ids) {
                    norms[termKind[t]] += idf[t] * idf[t];
                }
            } else {
                Set<String> keys = new LinkedHashSet<>();
                extract(article, Terms.wordIterator(article.locale()), (kind, term) -> keys.add(termKey(kind, term)));
                ids = new int[keys.size()];
                known = 0;
                for (String key : keys) {
                    int kind = key.charAt(0) - '0';
                    Integer id = termIds.get(key);
                    double w = id == null ? unknownIdf : idf[id];
                    norms[kind] += w * w;
                    if (id != null) {
                        ids[known++] = id;
                    }
                }
            }
            for (int k = 0; k < TERM_KINDS; k++) {
                norms[k] = Math.sqrt(norms[k]);
            }
            termWeights = new TermWeights(known);
            queryTerms = Arrays.copyOf(ids, known);
            maxContribution = new double[known];
            for (int i = 0; i < known; i++) {
                int t = queryTerms[i];
                int kind = termKind[t];
                // the query's norm is positive whenever it has a term of this kind
                double w = weights[kind] * idf[t] * idf[t] / norms[kind];
                termWeights.put(t, w);
                maxContribution[i] = w / minNorm[t];
            }
            double minRelevance = settings.minRelevance();
            relevanceFloor = minRelevance - 1e-9 * Math.max(1.0, minRelevance);
            top = new Top(settings.limit());
        }

        /** The position of an indexed article equal to {@code a}, or -1. */
        private int indexedCopy(Article a) {
            Integer g = idGroup.get(a.id());
            if (g != null) {
                for (int d : groupMembers[g]) {
                    if (docs[d] == a) {
                        return d;
                    }
                }
                for (int d : groupMembers[g]) {
                    if (docs[d].equals(a)) {
                        return d;
                    }
                }
            }
            return -1;
        }

        /** The groups of the indexed editions of the query article (see RelatedPosts). */
        private IntSet editionsOf(Article a) {
            IntSet groups = new IntSet(8);
            addGroup(groups, idGroup.get(a.id()));
            a.canonicalUrl().ifPresent(u -> addGroup(groups, urlGroup.get(u.normalize())));
            addGroup(groups, slugLinkerGroup.get(slugKey(a.locale(), a.slug().value())));
            for (Translation t : a.translations()) {
                addGroup(groups, urlGroup.get(t.url().normalize()));
                if (t.slug().isPresent()) {
                    String key = slugKey(t.locale(), t.slug().get().value());
                    addGroup(groups, slugLinkerGroup.get(key));
                    int[] owners = slugOwnerGroups.get(key);
                    if (owners != null) {
                        for (int g : owners) {
                            groups.add(g);
                        }
                    }
                }
            }
            return groups;
        }

        private void addGroup(IntSet groups, Integer group) {
            if (group != null) {
                groups.add(group);
            }
        }

        /** The sum of the term signals; sets {@link #shared} to whether any term is shared. */
        private double termScore(int d) {
            double sum = 0;
            boolean any = false;
            int base = d * TERM_KINDS;
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

        private double recency(int d) {
            long age = Math.max(0L, nowSecond - docSecond[d]);
            return Math.pow(0.5, age / settings.halfLifeSeconds());
        }

        private double bonus(int d) {
            double b = 0;
            if (weights[RECENCY] > 0) {
                b += weights[RECENCY] * recency(d);
            }
            if (docLang[d] == readerLang) {
                b += weights[SAME_LOCALE];
            }
            return b;
        }

        private boolean eligible(int d, boolean readerEditionExists) {
            return docSecond[d] <= nowSecond && (!readerEditionExists || docLang[d] == readerLang);
        }

        /** The score of an eligible document with the given term score, or NaN if not relevant enough. */
        private double score(int d, double termScore) {
            return termScore >= settings.minRelevance() ? termScore + bonus(d) : Double.NaN;
        }

        private boolean readerEditionExists(int g) {
            if (readerLang < 0) {
                return false;
            }
            for (int lang : groupLangs[g]) {
                if (lang == readerLang) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Scores the groups that can still enter the results, reading as few postings as the
         * bounds allow.
         * <ol>
         *   <li>Seed: the shortest posting lists (at most {@link #SEED_POSTINGS} postings) are
         *       added up per document, and the groups of the documents with the largest sums
         *       are scored, so that the results fill early with a high last score.</li>
         *   <li>Then the documents stretch by stretch ({@link #range} documents each, numbered
         *       by their groups' languages and then newest first, so that a stretch mostly has
         *       one set of languages and a narrow span of dates). A stretch's bonus bound is the
         *       recency of its latest group plus the same-locale weight if any of its groups has
         *       the reader's language; in a stretch of other languages or old articles it is low,
         *       and more lists can be skipped there.</li>
         *   <li>For each stretch, split the other terms, ordered by what each can add at most (per
         *       kind at most the kind's weight). <em>Unread</em>: the longest prefix that cannot
         *       bring a new result alone (with the stretch's bonus bound it stays below the last
         *       result or the minimum relevance; MaxScore), cut back until it adds at most
         *       {@link #SLACK}: the most common words. <em>Probed</em>: the longest remaining
         *       lists that, with the unread terms, still cannot bring a new result alone; their
         *       postings in the stretch are read only for documents that another list brought
         *       in. <em>Read</em>: the rest, whose postings in the stretch are added up per
         *       document.</li>
         *   <li>Each document of the stretch reached gets a bound: its sum, what the unread terms
         *       can add, and its group's same-locale bonus and the recency of the latest group
         *       among its 64 neighbours. The documents whose bound reaches the last result are
         *       taken best bound first; a document's exact term score is checked, then its whole
         *       group scored, until the next bound is below the last result.</li>
         * </ol>
         * A document not reached has only unread and probed terms, so it cannot enter. Every
         * group that enters the results is scored exactly as {@link #scan()} scores it.
         */
        void search() {
            int k = queryTerms.length;
            if (k == 0) {
                return;
            }
            // terms by their largest contribution, smallest first
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                int j = i;
                while (j > 0 && maxContribution[order[j - 1]] > maxContribution[i]) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = i;
            }
            int[][] lists = new int[k][];
            float[][] scales = new float[k][];
            double[] termWeight = new double[k];
            int[] kinds = new int[k];
            // prefix[i]: the most terms 0..i-1 add to a score, each kind at most its weight
            double[] prefix = new double[k + 1];
            double[] byKind = new double[TERM_KINDS];
            for (int i = 0; i < k; i++) {
                int t = queryTerms[order[i]];
                lists[i] = postings[t];
                scales[i] = postingScales[t];
                termWeight[i] = termWeights.value(termWeights.slot(t));
                int kind = termKind[t];
                kinds[i] = kind;
                byKind[kind] = Math.min(weights[kind], byKind[kind] + maxContribution[order[i]]);
                prefix[i + 1] = byKind[0] + byKind[1] + byKind[2] + byKind[3];
            }
            Scratch scratch = takeScratch();
            try {
                search(scratch, lists, scales, termWeight, order, kinds, prefix);
            } finally {
                scratch.clear();
                giveBack(scratch);
            }
        }

        private void search(Scratch scratch, int[][] lists, float[][] scales, double[] termWeight, int[] order, int[] kinds,
                double[] prefix) {
            int k = lists.length;
            IntSet seen = new IntSet(64);
            // the sums of the read terms' contributions, per document (upper bounds: see postingScales)
            double[] partial = scratch.partial;
            long[] touchedBits = scratch.touchedBits;

            // first the shortest lists, and the groups of the documents with the largest sums
            // there, so that the results fill early with a high last score
            boolean[] read = new boolean[k];
            int[] byLength = byLength(lists);
            int postingsRead = 0;
            for (int j = 0; j < k && postingsRead + lists[byLength[j]].length <= SEED_POSTINGS; j++) {
                int i = byLength[j];
                accumulate(lists[i], scales[i], termWeight[i], 0, lists[i].length, scratch);
                read[i] = true;
                postingsRead += lists[i].length;
            }
            // the documents reached so far, at most one per posting read
            long[] seeds = scratch.candidates(postingsRead);
            int seedCount = 0;
            for (int w = 0; w < touchedBits.length; w++) {
                for (long bits = touchedBits[w]; bits != 0; bits &= bits - 1) {
                    int d = w << 6 | Long.numberOfTrailingZeros(bits);
                    seeds[seedCount++] = (long) Float.floatToIntBits((float) partial[d]) << 32 | d;
                }
            }
            Arrays.sort(seeds, 0, seedCount);
            for (int j = seedCount - 1, left = 2 * settings.limit() + 8; j >= 0 && left > 0; j--) {
                int g = docGroup[(int) seeds[j]];
                if (seen.add(g) && !excluded.contains(g)) {
                    consider(g);
                    left--;
                }
            }

            // then stretch by stretch of `range` documents, each with its own bound on the bonus
            // per list, where the current stretch's postings start and where they end (and the
            // next stretch's search starts)
            int[] sliceFrom = new int[k];
            int[] from = new int[k];
            boolean[] probed = new boolean[k];
            double[] bound = new double[TERM_KINDS];
            for (int r = 0; r < rangeLatest.length; r++) {
                int first = r * range;
                int end = Math.min(docs.length, first + range);
                double rangeBonus = bonusAt((rangeLangs[r] & readerBit) != 0, Math.max(0L, nowSecond - rangeLatest[r]));

                int unread = essentialFrom(prefix, rangeBonus);
                while (unread > 0 && prefix[unread] > SLACK) {
                    unread--;
                }
                double rest = prefix[unread];

                // Probed terms: the longest lists whose terms, with the unread ones, still cannot
                // bring a new result alone. They are read only for documents another list brought in.
                Arrays.fill(probed, false);
                Arrays.fill(bound, 0.0);
                for (int i = 0; i < unread; i++) {
                    bound[kinds[i]] = Math.min(weights[kinds[i]], bound[kinds[i]] + maxContribution[order[i]]);
                }
                for (int j = k - 1; j >= 0; j--) {
                    int i = byLength[j];
                    if (i < unread || read[i]) {
                        continue;
                    }
                    int kind = kinds[i];
                    double before = bound[kind];
                    bound[kind] = Math.min(weights[kind], before + maxContribution[order[i]]);
                    if (cannotEnter(bound[0] + bound[1] + bound[2] + bound[3], rangeBonus)) {
                        probed[i] = true;
                    } else {
                        bound[kind] = before;
                    }
                }

                for (int i = unread; i < k; i++) {
                    if (!read[i]) {
                        sliceFrom[i] = advance(lists[i], from[i], first);
                        from[i] = advance(lists[i], sliceFrom[i], end);
                        if (!probed[i]) {
                            accumulate(lists[i], scales[i], termWeight[i], sliceFrom[i], from[i], scratch);
                        }
                    }
                }
                for (int i = unread; i < k; i++) {
                    if (probed[i]) {
                        double w = termWeight[i];
                        int[] list = lists[i];
                        float[] scale = scales[i];
                        for (int j = sliceFrom[i], hi = from[i]; j < hi; j++) {
                            int d = list[j];
                            if ((touchedBits[d >>> 6] & 1L << d) != 0) {
                                partial[d] += w * scale[j];
                            }
                        }
                    }
                }
                selectFrom(scratch, first, end, rest, seen);
            }
        }

        /**
         * Scores the groups of the reached documents of one stretch that may enter the results,
         * best bound first, until the next bound is below the last result.
         */
        private void selectFrom(Scratch scratch, int first, int end, double rest, IntSet seen) {
            double[] partial = scratch.partial;
            long[] touchedBits = scratch.touchedBits;
            int firstWord = first >>> 6;
            int endWord = (end + 63) >>> 6;
            int count = 0;
            for (int w = firstWord; w < endWord; w++) {
                count += Long.bitCount(touchedBits[w]);
            }

            // The documents that may enter, keyed by their bound rounded up to a float, in a
            // max-heap: only the few best are taken, so sorting them all would be wasted. They are
            // read 64 at a time, with the latest group among those 64 bounding their recency.
            long[] candidates = scratch.candidates(count);
            int size = 0;
            double threshold = top.isFull() ? threshold() : Double.NEGATIVE_INFINITY;
            double sameBonus = weights[SAME_LOCALE];
            for (int w = firstWord; w < endWord; w++) {
                long bits = touchedBits[w];
                if (bits == 0) {
                    continue;
                }
                double recencyBound = bonusAt(false, Math.max(0L, nowSecond - wordLatest[w]));
                for (; bits != 0; bits &= bits - 1) {
                    int d = w << 6 | Long.numberOfTrailingZeros(bits);
                    double most = partial[d] + rest;
                    if (most < relevanceFloor) {
                        continue;
                    }
                    if ((docGroupLangs[d] & readerBit) != 0) {
                        most += sameBonus;
                    }
                    most += recencyBound;
                    if (most < threshold) {
                        continue;
                    }
                    candidates[size++] = (long) Float.floatToIntBits(Math.nextUp((float) most)) << 32 | d;
                }
            }
            for (int j = (size >>> 1) - 1; j >= 0; j--) {
                siftDown(candidates, j, size);
            }
            while (size > 0) {
                long key = candidates[0];
                candidates[0] = candidates[--size];
                siftDown(candidates, 0, size);
                if (top.isFull() && Float.intBitsToFloat((int) (key >>> 32)) < threshold()) {
                    return;
                }
                int d = (int) key;
                int g = docGroup[d];
                if (seen.contains(g)) {
                    continue;
                }
                // the exact term score of this document, before scoring its whole group
                double exact = termScore(d);
                if (exact < relevanceFloor || top.isFull() && exact
                        + bonusAt((docGroupLangs[d] & readerBit) != 0, Math.max(0L, nowSecond - docGroupLatest[d])) < threshold()) {
                    continue;
                }
                if (seen.add(g) && !excluded.contains(g)) {
                    consider(g);
                }
            }
        }

        /**
         * Adds a term's contributions to the sums of the documents of a slice of its list. A
         * document's bit is set before its sum changes, so that {@link Scratch#clear()} finds
         * every sum that is not zero whatever happens.
         */
        private void accumulate(int[] list, float[] scale, double weight, int lo, int hi, Scratch scratch) {
            double[] partial = scratch.partial;
            long[] touchedBits = scratch.touchedBits;
            for (int j = lo; j < hi; j++) {
                int d = list[j];
                touchedBits[d >>> 6] |= 1L << d;
                partial[d] += weight * scale[j];
            }
        }

        /** The positions of the lists, shortest first. */
        private int[] byLength(int[][] lists) {
            int k = lists.length;
            int[] byLength = new int[k];
            for (int i = 0; i < k; i++) {
                int j = i;
                while (j > 0 && lists[byLength[j - 1]].length > lists[i].length) {
                    byLength[j] = byLength[j - 1];
                    j--;
                }
                byLength[j] = i;
            }
            return byLength;
        }

        /**
         * The first essential term: the smallest {@code i} such that an article having only
         * terms before {@code i} and at most the given bonus may still enter the results.
         */
        private int essentialFrom(double[] prefix, double bonus) {
            int i = 0;
            int k = prefix.length - 1;
            while (i < k && cannotEnter(prefix[i + 1], bonus)) {
                i++;
            }
            return i;
        }

        /**
         * Whether an article whose term signals add up to at most {@code most} and whose bonus is
         * at most {@code bonus} cannot enter.
         */
        private boolean cannotEnter(double most, double bonus) {
            return most < relevanceFloor || top.isFull() && most + bonus < threshold();
        }

        /** The recency and same-locale bonus of a group of the given age and languages. */
        private double bonusAt(boolean sameLanguage, long age) {
            double b = sameLanguage ? weights[SAME_LOCALE] : 0.0;
            if (weights[RECENCY] > 0) {
                b += weights[RECENCY] * Math.pow(0.5, age / settings.halfLifeSeconds());
            }
            return b;
        }

        /** The score a group must beat to enter full results, less a rounding margin. */
        private double threshold() {
            double worst = top.worstScore();
            return worst - 1e-9 * Math.max(1.0, worst);
        }

        private void consider(int g) {
            int[] members = groupMembers[g];
            boolean readerEdition = readerEditionExists(g);
            double[] scores = scratch(members.length);
            for (int m = 0; m < members.length; m++) {
                int d = members[m];
                scores[m] = eligible(d, readerEdition) ? score(d, termScore(d)) : Double.NaN;
            }
            select(members, scores);
        }

        /** Scores every group that shares a term; the brute-force reference. */
        void scan() {
            for (int g = 0; g < groupMembers.length; g++) {
                if (excluded.contains(g)) {
                    continue;
                }
                int[] members = groupMembers[g];
                boolean readerEdition = readerEditionExists(g);
                double[] scores = scratch(members.length);
                boolean anyShared = false;
                for (int m = 0; m < members.length; m++) {
                    int d = members[m];
                    double s = termScore(d);
                    anyShared |= shared;
                    scores[m] = eligible(d, readerEdition) ? score(d, s) : Double.NaN;
                }
                if (anyShared) {
                    select(members, scores);
                }
            }
        }

        private double[] scratch(int size) {
            if (memberScores.length < size) {
                memberScores = new double[size];
            }
            return memberScores;
        }

        /**
         * Offers a group's best eligible member with a URL to the results; {@code scores} is
         * NaN for ineligible members and is consumed.
         */
        private void select(int[] members, double[] scores) {
            while (true) {
                int best = -1;
                for (int m = 0; m < members.length; m++) {
                    if (!Double.isNaN(scores[m])
                            && (best < 0 || rank(members[m], scores[m], members[best], scores[best]) < 0)) {
                        best = m;
                    }
                }
                if (best < 0) {
                    return;
                }
                int d = members[best];
                double s = scores[best];
                if (top.isFull() && rank(d, s, top.worstDoc(), top.worstScore()) >= 0) {
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

        private @org.jspecify.annotations.Nullable URI resolve(int d) {
            Article candidate = docs[d];
            Optional<URI> url = settings.urlResolver().apply(candidate);
            Objects.requireNonNull(url, () -> "options.urlResolver returned null for article " + candidate.id());
            if (url.isEmpty()) {
                return null;
            }
            try {
                Rules.url("options.urlResolver", url.get());
            } catch (InvalidArticleException e) {
                throw new InvalidArticleException(e.path(),
                        "must return usable URLs; for article " + candidate.id() + " (" + candidate.locale().toLanguageTag()
                                + ") it " + e.rule(),
                        e.value().orElse(null)); // as shown by the rule: credentials already masked
            }
            return url.get();
        }

        List<Hit> results() {
            int size = top.size;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> rank(top.docs[a], top.scores[a], top.docs[b], top.scores[b]));
            List<Hit> hits = new ArrayList<>(size);
            for (int i : order) {
                int d = top.docs[i];
                hits.add(new Hit(docs[d], top.urls[i], top.scores[i], signals(d)));
            }
            return hits;
        }

        private double[] signals(int d) {
            double[] signals = new double[SIGNALS];
            int base = d * TERM_KINDS;
            for (int t : docTerms[d]) {
                int slot = termWeights.slot(t);
                if (slot >= 0) {
                    signals[termKind[t]] += termWeights.value(slot) / docNorms[base + termKind[t]];
                }
            }
            signals[RECENCY] = weights[RECENCY] > 0 ? weights[RECENCY] * recency(d) : 0.0;
            signals[SAME_LOCALE] = docLang[d] == readerLang ? weights[SAME_LOCALE] : 0.0;
            return signals;
        }

        /** The results so far: a heap whose root is the worst entry. */
        private final class Top {
            final int[] docs;
            final double[] scores;
            final URI[] urls;
            int size;

            Top(int capacity) {
                docs = new int[capacity];
                scores = new double[capacity];
                urls = new URI[capacity];
            }

            boolean isFull() {
                return size == docs.length;
            }

            int worstDoc() {
                return docs[0];
            }

            double worstScore() {
                return scores[0];
            }

            void offer(int d, double s, URI url) {
                if (isFull()) {
                    put(0, d, s, url);
                    siftDown(0);
                } else {
                    put(size++, d, s, url);
                    siftUp(size - 1);
                }
            }

            private void put(int i, int d, double s, URI url) {
                docs[i] = d;
                scores[i] = s;
                urls[i] = url;
            }

            /** Whether entry i ranks better than entry j (so it must not be j's parent). */
            private boolean better(int i, int j) {
                return rank(docs[i], scores[i], docs[j], scores[j]) < 0;
            }

            private void siftUp(int i) {
                while (i > 0) {
                    int parent = (i - 1) / 2;
                    if (!better(parent, i)) {
                        return;
                    }
                    swap(i, parent);
                    i = parent;
                }
            }

            private void siftDown(int i) {
                while (true) {
                    int left = 2 * i + 1;
                    if (left >= size) {
                        return;
                    }
                    int worse = left;
                    int right = left + 1;
                    if (right < size && better(left, right)) {
                        worse = right;
                    }
                    if (!better(i, worse)) {
                        return;
                    }
                    swap(i, worse);
                    i = worse;
                }
            }

            private void swap(int i, int j) {
                int d = docs[i];
                double s = scores[i];
                URI u = urls[i];
                put(i, docs[j], scores[j], urls[j]);
                put(j, d, s, u);
            }
        }
    }

    /**
     * The first position at or after {@code from} whose document is at least {@code target}
     * (or the list's length): a galloping search, so a stretch skipped costs its logarithm.
     */
    private static int advance(int[] list, int from, int target) {
        int lo = from;
        int step = 1;
        int hi = from;
        while (hi < list.length && list[hi] < target) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.min(hi, list.length);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Sifts entry {@code i} of a max-heap of {@code size} keys down to its place. */
    private static void siftDown(long[] heap, int i, int size) {
        long key = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= key) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }

    /**
     * Takes a query's working memory from the pool, or makes a new one when every pooled one is
     * in use (by other threads, or by a query that the URL resolver started from inside one).
     */
    private Scratch takeScratch() {
        for (int i = 0; i < scratches.length(); i++) {
            Scratch s = scratches.getAndSet(i, null);
            if (s != null) {
                return s;
            }
        }
        return new Scratch(docs.length);
    }

    /** Returns cleared working memory to the pool; if the pool is full it is left to the collector. */
    private void giveBack(Scratch scratch) {
        for (int i = 0; i < scratches.length(); i++) {
            if (scratches.compareAndSet(i, null, scratch)) {
                return;
            }
        }
    }

    /**
     * A query's working memory, sized to the index: the partial sums (zero except for the
     * touched documents) and the touched documents as bits. Zeroing a new one costs as much as
     * a query, so it is pooled and cleared sparsely after use.
     */
    private static final class Scratch {
        final double[] partial;
        final long[] touchedBits;
        private long[] candidates = new long[256];

        Scratch(int n) {
            partial = new double[n];
            touchedBits = new long[(n + 63) >>> 6];
        }

        long[] candidates(int count) {
            if (candidates.length < count) {
                candidates = new long[Math.max(count, candidates.length * 2)];
            }
            return candidates;
        }

        /** Zeroes what the last query set: the sums and bits of its touched documents. */
        void clear() {
            for (int w = 0; w < touchedBits.length; w++) {
                for (long bits = touchedBits[w]; bits != 0; bits &= bits - 1) {
                    partial[w << 6 | Long.numberOfTrailingZeros(bits)] = 0.0;
                }
                touchedBits[w] = 0L;
            }
        }
    }


    /**
     * The ranking order: higher score first; then the later publication; then id, language tag
     * and canonical URL in ascending {@link String#compareTo} order; then position in the
     * collection the index was built from.
     *
     * @return negative if document {@code a} ranks before {@code b}
     */
    private int rank(int a, double scoreA, int b, double scoreB) {
        int c = Double.compare(scoreB, scoreA);
        if (c != 0 || a == b) {
            return c;
        }
        Article x = docs[a];
        Article y = docs[b];
        c = Long.compare(docSecond[b], docSecond[a]);
        if (c != 0) {
            return c;
        }
        c = y.published().orElseThrow().toInstant().compareTo(x.published().orElseThrow().toInstant());
        if (c != 0) {
            return c;
        }
        c = x.id().compareTo(y.id());
        if (c != 0) {
            return c;
        }
        c = x.locale().toLanguageTag().compareTo(y.locale().toLanguageTag());
        if (c != 0) {
            return c;
        }
        c = x.canonicalUrl().map(URI::toString).orElse("").compareTo(y.canonicalUrl().map(URI::toString).orElse(""));
        return c != 0 ? c : Integer.compare(position[a], position[b]);
    }

    /** The query's term weights by term id: a small open-addressing map. */
    private static final class TermWeights {
        private final int[] keys;
        private final double[] values;
        private final int mask;

        TermWeights(int expected) {
            int capacity = Integer.highestOneBit(Math.max(8, expected * 4 - 1)) << 1;
            keys = new int[capacity];
            values = new double[capacity];
            Arrays.fill(keys, -1);
            mask = capacity - 1;
        }

        void put(int key, double value) {
            int i = IntSet.mix(key) & mask;
            while (keys[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int slot(int key) {
            int i = IntSet.mix(key) & mask;
            while (true) {
                int k = keys[i];
                if (k == key) {
                    return i;
                }
                if (k < 0) {
                    return -1;
                }
                i = (i + 1) & mask;
            }
        }

        double value(int slot) {
            return values[slot];
        }
    }
}

package dev.byline.related.internal;

import com.ibm.icu.text.BreakIterator;
import dev.byline.Article;
import dev.byline.Author;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inverted index of the documents' terms: tags, categories, author ids and the folded words
 * of title, subtitle and summary ({@link Terms}), each of one of four kinds (the term signals'
 * indices); their inverse document frequencies {@code ln(1 + n/df)}; per document, its terms
 * and the norm of its idf-weighted term vector per kind; per term, its posting list (documents
 * ascending) with the reciprocal norms the search adds up. Built in one pass over the documents,
 * O(total terms); read-only afterwards.
 */
final class TermIndex {

    /** The number of term kinds: tags, categories, authors, text (signal indices 0 to 3). */
    static final int KINDS = 4;

    private final Map<String, Integer> termIds;
    /** Per term, its kind. */
    final byte[] termKind;
    /** Per document, its terms, distinct, in order of appearance. */
    final int[][] docTerms;
    /** Per document and term kind, the Euclidean norm of its idf-weighted term vector. */
    final double[] docNorms;
    /** Per term, the documents that have it, ascending. */
    final int[][] postings;
    /**
     * Parallel to {@link #postings}: per posting, the reciprocal of the document's norm for the
     * term's kind, rounded up to a float, so that sums of these are upper bounds of the exact
     * term scores and the search reads its lists in order without touching {@link #docNorms}.
     */
    final float[][] postingScales;
    /** Per term, its inverse document frequency. */
    final double[] idf;
    /** Per term, the smallest norm (of the term's kind) among the documents that have it. */
    final double[] minNorm;
    /** The inverse document frequency of a term no document has. */
    final double unknownIdf;

    /** Indexes the terms of the documents. */
    TermIndex(Article[] docs) {
        int n = docs.length;
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
        docNorms = new double[n * KINDS];
        for (int d = 0; d < n; d++) {
            for (int t : docTerms[d]) {
                postings[t][fill[t]++] = d;
                docNorms[d * KINDS + termKind[t]] += idf[t] * idf[t];
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
                scales[j] = Math.nextUp((float) (1.0 / docNorms[list[j] * KINDS + termKind[t]]));
            }
            postingScales[t] = scales;
        }
        minNorm = new double[termCount];
        Arrays.fill(minNorm, Double.POSITIVE_INFINITY);
        for (int d = 0; d < n; d++) {
            for (int t : docTerms[d]) {
                minNorm[t] = Math.min(minNorm[t], docNorms[d * KINDS + termKind[t]]);
            }
        }
    }

    /** The number of distinct terms. */
    int size() {
        return termKind.length;
    }

    /**
     * The indexed terms of a query article, distinct, in order of appearance; an indexed
     * article's are already known (the same ids in the same order as extracting them again
     * gives).
     *
     * @param article the query article
     * @param self the document equal to the article, or -1
     * @param norms set to the norm of the query's idf-weighted term vector per kind, counting
     *     the terms no document has with {@link #unknownIdf}
     */
    int[] queryTerms(Article article, int self, double[] norms) {
        int[] ids;
        int known;
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
        for (int k = 0; k < KINDS; k++) {
            norms[k] = Math.sqrt(norms[k]);
        }
        return Arrays.copyOf(ids, known);
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
            sink.accept(RelatedIndex.TAGS, Terms.fold(tag, locale));
        }
        for (String category : a.categories()) {
            sink.accept(RelatedIndex.CATEGORIES, Terms.fold(category, locale));
        }
        for (Author author : a.authors()) {
            sink.accept(RelatedIndex.AUTHORS, author.id());
        }
        Terms.words(a.title(), locale, words, w -> sink.accept(RelatedIndex.TEXT, w));
        a.subtitle().ifPresent(s -> Terms.words(s, locale, words, w -> sink.accept(RelatedIndex.TEXT, w)));
        a.summary().ifPresent(s -> Terms.words(s, locale, words, w -> sink.accept(RelatedIndex.TEXT, w)));
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
}

package dev.byline.related.internal;

import java.util.Arrays;

/**
 * The search of one query: scores only the groups of documents that share a term with the query
 * and whose upper bound can still reach the results, and gives exactly the results of
 * {@link ExhaustiveScan}. It adds up the posting lists of the query's rarer terms per document,
 * probes the long lists of heavier terms only for the documents already reached, leaves the
 * lists of the most common words unread when they weigh little, and scores the reached documents
 * best bound first until the next bound is below the last result; it does so stretch by
 * stretch ({@link Stretches}), whose bound on the recency and same-locale bonus is tighter than
 * the archive's (see {@link #run()}). Its working memory, about eight bytes per document, comes
 * from a {@link ScratchPool}. Used by one thread only.
 */
final class BoundedSearch {

    /** The most postings a query reads to seed its results before it splits its terms. */
    private static final int SEED_POSTINGS = 1024;

    /**
     * The most that the terms a query does not read may add to a document's bound: the longest
     * posting lists (of the most common words) are left unread when their terms weigh little.
     */
    private static final double SLACK = 0.1;

    private final QueryScorer scorer;
    private final Stretches stretches;
    private final ScratchPool scratches;
    private final int[] queryTerms;
    private final int[][] postings;
    private final float[][] postingScales;
    private final byte[] termKind;
    private final double[] weights;
    private final int[] docGroup;
    private final int[] docGroupLangs;
    private final long[] docGroupLatest;
    private final long[] wordLatest;
    private final int readerBit;
    private final long nowSecond;
    private final double relevanceFloor;

    BoundedSearch(QueryScorer scorer, DocumentOrder order, TermIndex terms, Stretches stretches, ScratchPool scratches) {
        this.scorer = scorer;
        this.stretches = stretches;
        this.scratches = scratches;
        this.queryTerms = scorer.queryTerms();
        this.postings = terms.postings;
        this.postingScales = terms.postingScales;
        this.termKind = terms.termKind;
        this.weights = new double[RelatedIndex.SIGNALS];
        for (int s = 0; s < weights.length; s++) {
            weights[s] = scorer.weight(s);
        }
        this.docGroup = order.docGroup;
        this.docGroupLangs = order.docGroupLangs;
        this.docGroupLatest = order.docGroupLatest;
        this.wordLatest = order.wordLatest;
        this.readerBit = scorer.readerBit();
        this.nowSecond = scorer.nowSecond();
        this.relevanceFloor = scorer.relevanceFloor();
    }

    /**
     * Scores the groups that can still enter the results, reading as few postings as the
     * bounds allow.
     * <ol>
     *   <li>Seed: the shortest posting lists (at most {@link #SEED_POSTINGS} postings) are
     *       added up per document, and the groups of the documents with the largest sums
     *       are scored, so that the results fill early with a high last score.</li>
     *   <li>Then the documents stretch by stretch ({@link Stretches}: documents numbered
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
     * group that enters the results is scored exactly as {@link ExhaustiveScan} scores it.
     */
    void run() {
        int k = queryTerms.length;
        if (k == 0) {
            return;
        }
        // terms by their largest contribution, smallest first
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            int j = i;
            while (j > 0 && scorer.maxContribution(order[j - 1]) > scorer.maxContribution(i)) {
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
        double[] byKind = new double[TermIndex.KINDS];
        for (int i = 0; i < k; i++) {
            int t = queryTerms[order[i]];
            lists[i] = postings[t];
            scales[i] = postingScales[t];
            termWeight[i] = scorer.termWeight(t);
            int kind = termKind[t];
            kinds[i] = kind;
            byKind[kind] = Math.min(weights[kind], byKind[kind] + scorer.maxContribution(order[i]));
            prefix[i + 1] = byKind[0] + byKind[1] + byKind[2] + byKind[3];
        }
        ScratchPool.Scratch scratch = scratches.take();
        try {
            search(scratch, lists, scales, termWeight, order, kinds, prefix);
        } finally {
            scratches.giveBack(scratch);
        }
    }

    private void search(ScratchPool.Scratch scratch, int[][] lists, float[][] scales, double[] termWeight, int[] order,
            int[] kinds, double[] prefix) {
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
        for (int j = seedCount - 1, left = 2 * scorer.limit() + 8; j >= 0 && left > 0; j--) {
            int g = docGroup[(int) seeds[j]];
            if (seen.add(g) && !scorer.excluded(g)) {
                scorer.consider(g);
                left--;
            }
        }

        // then stretch by stretch, each with its own bound on the bonus
        // per list, where the current stretch's postings start and where they end (and the
        // next stretch's search starts)
        int[] sliceFrom = new int[k];
        int[] from = new int[k];
        boolean[] probed = new boolean[k];
        double[] bound = new double[TermIndex.KINDS];
        for (int r = 0; r < stretches.count(); r++) {
            int first = stretches.first(r);
            int end = stretches.end(r);
            double rangeBonus = scorer.bonusAt((stretches.languages(r) & readerBit) != 0,
                    Math.max(0L, nowSecond - stretches.latest(r)));

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
                bound[kinds[i]] = Math.min(weights[kinds[i]], bound[kinds[i]] + scorer.maxContribution(order[i]));
            }
            for (int j = k - 1; j >= 0; j--) {
                int i = byLength[j];
                if (i < unread || read[i]) {
                    continue;
                }
                int kind = kinds[i];
                double before = bound[kind];
                bound[kind] = Math.min(weights[kind], before + scorer.maxContribution(order[i]));
                if (scorer.cannotEnter(bound[0] + bound[1] + bound[2] + bound[3], rangeBonus)) {
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
    private void selectFrom(ScratchPool.Scratch scratch, int first, int end, double rest, IntSet seen) {
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
        double threshold = scorer.full() ? scorer.threshold() : Double.NEGATIVE_INFINITY;
        double sameBonus = weights[RelatedIndex.SAME_LOCALE];
        for (int w = firstWord; w < endWord; w++) {
            long bits = touchedBits[w];
            if (bits == 0) {
                continue;
            }
            double recencyBound = scorer.bonusAt(false, Math.max(0L, nowSecond - wordLatest[w]));
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
            if (scorer.full() && Float.intBitsToFloat((int) (key >>> 32)) < scorer.threshold()) {
                return;
            }
            int d = (int) key;
            int g = docGroup[d];
            if (seen.contains(g)) {
                continue;
            }
            // the exact term score of this document, before scoring its whole group
            double exact = scorer.termScore(d);
            if (exact < relevanceFloor || scorer.full() && exact + scorer.bonusAt((docGroupLangs[d] & readerBit) != 0,
                    Math.max(0L, nowSecond - docGroupLatest[d])) < scorer.threshold()) {
                continue;
            }
            if (seen.add(g) && !scorer.excluded(g)) {
                scorer.consider(g);
            }
        }
    }

    /**
     * Adds a term's contributions to the sums of the documents of a slice of its list. A
     * document's bit is set before its sum changes, so that {@link Scratch#clear()} finds
     * every sum that is not zero whatever happens.
     */
    private static void accumulate(int[] list, float[] scale, double weight, int lo, int hi, ScratchPool.Scratch scratch) {
        double[] partial = scratch.partial;
        long[] touchedBits = scratch.touchedBits;
        for (int j = lo; j < hi; j++) {
            int d = list[j];
            touchedBits[d >>> 6] |= 1L << d;
            partial[d] += weight * scale[j];
        }
    }

    /** The positions of the lists, shortest first. */
    private static int[] byLength(int[][] lists) {
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
        while (i < k && scorer.cannotEnter(prefix[i + 1], bonus)) {
            i++;
        }
        return i;
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
}

package dev.byline.related.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The search's working memory, pooled: at most one cleared {@link Scratch} per processor is kept
 * for reuse, because zeroing a new one costs as much as a query. Thread-safe.
 */
final class ScratchPool {

    private final int documents;
    private final AtomicReferenceArray<Scratch> pooled =
            new AtomicReferenceArray<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    /** A pool of working memory for an index of {@code documents} documents. */
    ScratchPool(int documents) {
        this.documents = documents;
    }

    /**
     * Takes working memory from the pool, or makes a new one when every pooled one is in use (by
     * other threads, or by a query that the URL resolver started from inside one).
     */
    Scratch take() {
        for (int i = 0; i < pooled.length(); i++) {
            Scratch s = pooled.getAndSet(i, null);
            if (s != null) {
                return s;
            }
        }
        return new Scratch(documents);
    }

    /** Clears working memory and returns it to the pool; if the pool is full it is left to the collector. */
    void giveBack(Scratch scratch) {
        scratch.clear();
        for (int i = 0; i < pooled.length(); i++) {
            if (pooled.compareAndSet(i, null, scratch)) {
                return;
            }
        }
    }

    /**
     * A query's working memory, sized to the index: the partial sums (zero except for the
     * touched documents), the touched documents as bits, and room for candidate keys. It is
     * cleared sparsely after use.
     */
    static final class Scratch {
        final double[] partial;
        final long[] touchedBits;
        private long[] candidates = new long[256];

        Scratch(int n) {
            partial = new double[n];
            touchedBits = new long[(n + 63) >>> 6];
        }

        /** An array of at least {@code count} candidate keys, reused. */
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
}

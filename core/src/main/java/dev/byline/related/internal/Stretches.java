package dev.byline.related.internal;

import java.util.Arrays;

/**
 * The document order cut into stretches of a fixed number of documents (4096 unless a test asks
 * for short ones), each with the latest publication and the union of the languages of its
 * documents' groups. Because the {@link DocumentOrder} keeps groups of one set of languages and
 * similar dates together, a stretch's bound on the recency and same-locale bonus is tighter than
 * the archive's, and {@link BoundedSearch} skips more posting lists there. Read-only once built.
 */
final class Stretches {

    /** The number of documents of a stretch in a built index, a multiple of 64. */
    static final int LENGTH = 4096;

    private final int length;
    private final int documents;
    /** Per stretch, the latest of its documents' {@link DocumentOrder#docGroupLatest}. */
    private final long[] latest;
    /** Per stretch, the union of its documents' {@link DocumentOrder#docGroupLangs}. */
    private final int[] langs;

    /**
     * Cuts the document order into stretches.
     *
     * @param length the number of documents of a stretch, a positive multiple of 64 (checked by
     *     the caller)
     */
    Stretches(DocumentOrder order, int length) {
        this.length = length;
        this.documents = order.size();
        int count = (documents + length - 1) / length;
        latest = new long[count];
        langs = new int[count];
        Arrays.fill(latest, Long.MIN_VALUE);
        for (int d = 0; d < documents; d++) {
            latest[d / length] = Math.max(latest[d / length], order.docGroupLatest[d]);
            langs[d / length] |= order.docGroupLangs[d];
        }
    }

    /** The number of stretches. */
    int count() {
        return latest.length;
    }

    /** The first document of stretch {@code r}. */
    int first(int r) {
        return r * length;
    }

    /** The document after the last of stretch {@code r}. */
    int end(int r) {
        return Math.min(documents, r * length + length);
    }

    /** The latest publication among the groups of stretch {@code r}, in epoch seconds. */
    long latest(int r) {
        return latest[r];
    }

    /** The languages of the groups of stretch {@code r}, as {@link LanguageIds#bit bits}. */
    int languages(int r) {
        return langs[r];
    }
}

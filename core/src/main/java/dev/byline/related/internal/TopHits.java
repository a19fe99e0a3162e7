package dev.byline.related.internal;

import java.net.URI;

/**
 * The best results of one query so far, at most a fixed number: a heap in the
 * {@linkplain DocumentOrder#rank ranking order} whose root is the worst entry, so the entry a
 * better one replaces is found at once. Used by one thread only.
 */
final class TopHits {

    private final DocumentOrder order;
    private final int[] docs;
    private final double[] scores;
    private final URI[] urls;
    private int size;

    TopHits(DocumentOrder order, int capacity) {
        this.order = order;
        docs = new int[capacity];
        scores = new double[capacity];
        urls = new URI[capacity];
    }

    boolean isFull() {
        return size == docs.length;
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    double score(int i) {
        return scores[i];
    }

    URI url(int i) {
        return urls[i];
    }

    int worstDoc() {
        return docs[0];
    }

    double worstScore() {
        return scores[0];
    }

    /** Adds an entry, replacing the worst when full (the caller checked that it ranks better). */
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
        return order.rank(docs[i], scores[i], docs[j], scores[j]) < 0;
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

package dev.byline.related.internal;

import java.util.Arrays;

/** A query's term weights by term id: a small open-addressing map, written once per query. */
final class TermWeights {

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

    /** The slot of a key, or -1 if absent. */
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

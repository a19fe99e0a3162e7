package dev.byline.related.internal;

/** A growable open-addressing set of non-negative ints, for one query's bookkeeping. Not API. */
final class IntSet {

    private int[] slots;
    private int size;

    IntSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
        slots = new int[capacity];
        java.util.Arrays.fill(slots, -1);
    }

    /** Adds a value; returns false if it was already present. */
    boolean add(int value) {
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (true) {
            int v = slots[i];
            if (v == value) {
                return false;
            }
            if (v < 0) {
                slots[i] = value;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(int value) {
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (true) {
            int v = slots[i];
            if (v == value) {
                return true;
            }
            if (v < 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        java.util.Arrays.fill(slots, -1);
        size = 0;
        for (int v : old) {
            if (v >= 0) {
                add(v);
            }
        }
    }

    static int mix(int value) {
        int h = value * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}

package dev.byline;

import java.util.Optional;

/**
 * A level of the Common European Framework of Reference for Languages, from {@code A1}
 * (beginner) to {@code C2} (mastery). Immutable and thread-safe.
 */
public enum CefrLevel {
    /** Breakthrough. */
    A1,
    /** Waystage. */
    A2,
    /** Threshold. */
    B1,
    /** Vantage. */
    B2,
    /** Effective operational proficiency. */
    C1,
    /** Mastery. */
    C2;

    /**
     * Returns the word the JSON wire format uses for this level.
     *
     * @return {@code A1} … {@code C2}
     */
    public String wireName() {
        return name();
    }

    /**
     * Looks up a level by its wire word. Matching is exact: {@code b2} is not a level.
     *
     * @param word the wire word; not null
     * @return the level, or empty if the word names none
     */
    public static Optional<CefrLevel> fromWireName(String word) {
        for (CefrLevel l : values()) {
            if (l.name().equals(word)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}

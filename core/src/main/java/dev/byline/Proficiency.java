package dev.byline;

import java.util.Optional;

/**
 * How well an author speaks a language. Each level except {@link #NATIVE} corresponds to two
 * CEFR levels; a {@link LanguageSkill} that gives both must keep them consistent. Immutable
 * and thread-safe.
 */
public enum Proficiency {
    /** A first language. A CEFR level, if given, must be {@code C2}. */
    NATIVE("native", CefrLevel.C2, CefrLevel.C2),
    /** Fluent: CEFR {@code C1}–{@code C2}. */
    FLUENT("fluent", CefrLevel.C1, CefrLevel.C2),
    /** Intermediate: CEFR {@code B1}–{@code B2}. */
    INTERMEDIATE("intermediate", CefrLevel.B1, CefrLevel.B2),
    /** Basic: CEFR {@code A1}–{@code A2}. */
    BASIC("basic", CefrLevel.A1, CefrLevel.A2);

    private final String wireName;
    private final CefrLevel lowest;
    private final CefrLevel highest;

    Proficiency(String wireName, CefrLevel lowest, CefrLevel highest) {
        this.wireName = wireName;
        this.lowest = lowest;
        this.highest = highest;
    }

    /**
     * Returns the lowercase word the JSON wire format uses for this level.
     *
     * @return {@code native}, {@code fluent}, {@code intermediate} or {@code basic}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Tells whether a CEFR level is consistent with this proficiency.
     *
     * @param level the CEFR level; not null
     * @return true if the level lies in this proficiency's range
     */
    public boolean admits(CefrLevel level) {
        return level.compareTo(lowest) >= 0 && level.compareTo(highest) <= 0;
    }

    /**
     * Returns the CEFR range of this proficiency in words, such as {@code C1–C2}.
     *
     * @return the range; never null
     */
    public String cefrRange() {
        return lowest == highest ? lowest.name() : lowest.name() + "–" + highest.name();
    }

    /**
     * Looks up a proficiency by its wire word. Matching is exact.
     *
     * @param word the wire word; not null
     * @return the proficiency, or empty if the word names none
     */
    public static Optional<Proficiency> fromWireName(String word) {
        for (Proficiency p : values()) {
            if (p.wireName.equals(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

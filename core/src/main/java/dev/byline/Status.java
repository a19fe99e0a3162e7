package dev.byline;

import java.util.Optional;

/** The editorial status of an article. Immutable and thread-safe. */
public enum Status {
    /** Being written; not public. */
    DRAFT("draft"),
    /** Ready and waiting for its publication time ({@code published} holds that time). */
    SCHEDULED("scheduled"),
    /** Public; {@code published} holds the publication time. */
    PUBLISHED("published"),
    /** Was public, now taken down. */
    WITHDRAWN("withdrawn");

    private final String wireName;

    Status(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the lowercase word the JSON wire format uses for this status.
     *
     * @return {@code draft}, {@code scheduled}, {@code published} or {@code withdrawn}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks up a status by its wire word. Matching is exact: {@code Published} is not a status.
     *
     * @param word the wire word; not null
     * @return the status, or empty if the word names none
     */
    public static Optional<Status> fromWireName(String word) {
        for (Status s : values()) {
            if (s.wireName.equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

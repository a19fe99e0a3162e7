package dev.byline;

import java.util.Optional;

/** The markup of an article {@link Body}. Immutable and thread-safe. */
public enum BodyFormat {
    /** An HTML fragment. */
    HTML("html"),
    /** CommonMark Markdown. */
    MARKDOWN("markdown"),
    /** Plain text; blank lines separate paragraphs. */
    TEXT("text");

    private final String wireName;

    BodyFormat(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the lowercase word the JSON wire format uses for this format.
     *
     * @return {@code html}, {@code markdown} or {@code text}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks up a format by its wire word. Matching is exact.
     *
     * @param word the wire word; not null
     * @return the format, or empty if the word names none
     */
    public static Optional<BodyFormat> fromWireName(String word) {
        for (BodyFormat f : values()) {
            if (f.wireName.equals(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

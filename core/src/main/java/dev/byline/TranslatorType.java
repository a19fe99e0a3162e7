package dev.byline;

import java.util.Optional;

/** Whether a translator is a person or an organization (an agency, a service). Immutable and thread-safe. */
public enum TranslatorType {
    /** A person: schema.org's {@code Person}. */
    PERSON("person"),
    /** An organization, such as a translation agency or a machine translation service: schema.org's {@code Organization}. */
    ORGANIZATION("organization");

    private final String wireName;

    TranslatorType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns the word the JSON wire format uses for this type.
     *
     * @return {@code person} or {@code organization}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks up a type by its wire word. Matching is exact.
     *
     * @param word the wire word; not null
     * @return the type, or empty if the word names none
     */
    public static Optional<TranslatorType> fromWireName(String word) {
        for (TranslatorType t : values()) {
            if (t.wireName.equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

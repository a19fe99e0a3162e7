package dev.byline;

import java.util.Optional;

/**
 * How an edition was translated: by people, by a machine, or by a machine and then reviewed by
 * people. Readers ask which (a "Türkçe" link may be a machine translation), and from 2 August 2026
 * the EU AI Act, Article 50(4), asks whoever publishes AI-generated text on matters of public
 * interest to disclose it, unless a human reviewed it and someone holds editorial responsibility.
 * byline records the method; whether and how to show a label is the publisher's decision, helped
 * by {@link #isMachineMade()} and {@link #needsDisclosure()}. Immutable and thread-safe.
 */
public enum TranslationMethod {
    /** Translated by people. */
    HUMAN("human", null),
    /**
     * Translated by a machine (a trained model) and published as it came out: schema.org's
     * {@code TrainedAlgorithmicMediaDigitalSource} (IPTC {@code trainedAlgorithmicMedia}).
     */
    MACHINE("machine", "TrainedAlgorithmicMediaDigitalSource"),
    /**
     * Translated by a machine, then reviewed and edited by people: schema.org's
     * {@code CompositeWithTrainedAlgorithmicMediaDigitalSource} (IPTC
     * {@code compositeWithTrainedAlgorithmicMedia}: a mix of which at least one part came from a
     * trained model), since the published text joins the model's output and the people's edits.
     */
    MACHINE_REVIEWED("machine-reviewed", "CompositeWithTrainedAlgorithmicMediaDigitalSource");

    private final String wireName;
    private final String digitalSourceType;

    TranslationMethod(String wireName, String digitalSourceType) {
        this.wireName = wireName;
        this.digitalSourceType = digitalSourceType;
    }

    /**
     * Returns the word the JSON wire format uses for this method.
     *
     * @return {@code human}, {@code machine} or {@code machine-reviewed}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Tells whether a machine produced the text, reviewed or not.
     *
     * @return true for {@link #MACHINE} and {@link #MACHINE_REVIEWED}
     */
    public boolean isMachineMade() {
        return this != HUMAN;
    }

    /**
     * Tells whether the method alone calls for a disclosure under the AI Act's Article 50(4): a
     * machine translation that no person reviewed. A reviewed one is exempt only if someone also
     * holds editorial responsibility for it, which the publisher knows and byline does not.
     *
     * @return true for {@link #MACHINE}
     */
    public boolean needsDisclosure() {
        return this == MACHINE;
    }

    /**
     * Returns the schema.org {@code IPTCDigitalSourceEnumeration} member that describes text
     * made this way, as written in JSON-LD's {@code digitalSourceType}.
     *
     * @return the member's name, such as {@code TrainedAlgorithmicMediaDigitalSource}, or empty
     *     for {@link #HUMAN} (schema.org has no member for human translation)
     */
    public Optional<String> digitalSourceType() {
        return Optional.ofNullable(digitalSourceType);
    }

    /**
     * Looks up a method by its wire word. Matching is exact.
     *
     * @param word the wire word; not null
     * @return the method, or empty if the word names none
     */
    public static Optional<TranslationMethod> fromWireName(String word) {
        for (TranslationMethod m : values()) {
            if (m.wireName.equals(word)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

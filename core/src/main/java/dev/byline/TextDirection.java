package dev.byline;

/**
 * The direction in which a language's text runs, as needed for an HTML {@code dir} attribute.
 *
 * <p>Immutable and thread-safe.
 */
public enum TextDirection {
    /** Left to right, as Latin, Cyrillic, Greek, Han, Devanagari and most scripts. */
    LTR,
    /** Right to left, as Arabic, Hebrew, Thaana and Syriac script. */
    RTL;

    /**
     * Returns the value of an HTML {@code dir} attribute for this direction.
     *
     * @return {@code "ltr"} or {@code "rtl"}; never null
     */
    public String htmlValue() {
        return this == LTR ? "ltr" : "rtl";
    }
}

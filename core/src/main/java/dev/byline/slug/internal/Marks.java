package dev.byline.slug.internal;

/** Character classes the rules share. */
final class Marks {

    private Marks() {}

    /** Whether a code point is a combining mark (Mn, Mc or Me). */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Whether a code point is an apostrophe that joins the letters around it: ASCII
     * {@code '}, the right and left single quotation marks, the modifier letters apostrophe and
     * turned comma (Uzbek {@code oʻ}), grave and acute accents and the prime as people type them.
     */
    static boolean isApostrophe(int cp) {
        switch (cp) {
            case '\'': case '`': case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD:
            case 0x2018: case 0x2019: case 0x2032:
                return true;
            default:
                return false;
        }
    }
}

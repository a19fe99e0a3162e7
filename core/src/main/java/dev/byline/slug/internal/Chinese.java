package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * Chinese characters (Han): toneless pinyin, one syllable per word ({@code 北京} is
 * {@code bei-jing}). The readings are ICU's {@code Han-Latin} readings for every ideograph from
 * U+3400 to U+9FFF, stored as constants in {@link PinyinTable} (written by
 * {@code PinyinTableGenerator}, checked against ICU by a test), which cost nothing to load, instead
 * of the second ICU needs to build its transform. Like ICU, one reading per character: words whose
 * characters read differently in context ({@code 银行} is {@code yin-xing}, not
 * {@code yin-hang}) are a known limit. Ideographs outside the table go to ICU.
 */
final class Chinese {

    static final int FIRST = 0x3400;
    static final int LAST = 0x9FFF;
    /** What {@link PinyinTable#INDEX} adds to each syllable number (see {@code PinyinTableGenerator}). */
    static final int NUMBER_BASE = 0x100;

    private Chinese() {}

    static boolean covers(int cp) {
        return cp >= FIRST && cp <= LAST;
    }

    /** The toneless pinyin of an ideograph in the table range, or null if ICU has none. */
    static @Nullable String pinyin(int cp) {
        int number = PinyinTable.INDEX.charAt(cp - FIRST) - NUMBER_BASE;
        return number == 0 ? null : Syllables.ALL[number - 1];
    }

    /** Holder: the syllables are split on first use. */
    private static final class Syllables {
        static final String[] ALL = PinyinTable.SYLLABLES.split(" ");
    }
}

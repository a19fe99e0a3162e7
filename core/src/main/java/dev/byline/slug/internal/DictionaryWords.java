package dev.byline.slug.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU's dictionary word break iterator for scripts written without spaces between words (Thai,
 * Lao, Khmer, Myanmar). Created on the first title of such a script, not when the script's rules
 * are loaded: the rules are loaded whenever the main loop asks which script a character belongs
 * to, and creating the iterator loads ICU's break data, some 50 ms in a fresh JVM. Thread-safe:
 * each call gets its own clone.
 */
final class DictionaryWords {

    private DictionaryWords() {}

    /** The prototype, created on first use (the holder class idiom). */
    private static final class Prototype {
        static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
    }

    /** A word break iterator of its own for the caller, set on {@code text}. */
    static BreakIterator over(String text) {
        BreakIterator words = Prototype.WORDS.clone();
        words.setText(text);
        return words;
    }
}

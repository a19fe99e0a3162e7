package dev.byline.slug.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * ICU's dictionary word break iterator for scripts written without spaces between words (Thai,
 * Lao, Khmer, Myanmar). Created on the first title of such a script, not when the script's rules
 * are loaded: the rules are loaded whenever the main loop asks which script a character belongs
 * to, and creating the iterator loads ICU's break data, some 50 ms in a fresh JVM. Thread-safe:
 * each thread gets a clone of its own, kept for the thread's life (cloning one per run cost some
 * 6% of a Thai slug), and a caller is done with it before it asks again.
 */
final class DictionaryWords {

    private DictionaryWords() {}

    /** The prototype and each thread's clone, created on first use (the holder class idiom). */
    private static final class Prototype {
        static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);
        static final ThreadLocal<BreakIterator> OWN = ThreadLocal.withInitial(WORDS::clone);
    }

    /**
     * This thread's word break iterator, set on {@code text}. The caller iterates it to its end
     * before it calls this method again (no caller reenters).
     */
    static BreakIterator over(String text) {
        BreakIterator words = Prototype.OWN.get();
        words.setText(text);
        return words;
    }
}

package dev.byline.slug.internal;

import com.ibm.icu.text.Transliterator;

/**
 * Letters of scripts byline has no table for go through ICU's transforms:
 * {@code Any-Latin; Latin-ASCII} (Syriac, for one; scripts ICU cannot transliterate either, such
 * as Cherokee or Tagalog, come out unchanged and are not written). The transform is built once, on
 * first use, and used under a lock (a transform object is not documented as safe for concurrent
 * use).
 */
final class IcuFallback {

    private IcuFallback() {}

    private static final class AnyLatin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    /** Romanizes text of any script; the result is Latin, mostly ASCII. */
    static String anyLatin(String text) {
        Transliterator t = AnyLatin.INSTANCE;
        synchronized (t) {
            return t.transliterate(text);
        }
    }
}

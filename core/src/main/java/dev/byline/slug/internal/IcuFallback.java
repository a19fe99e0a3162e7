package dev.byline.slug.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * Scripts byline has no table for (Thai, Hebrew, Armenian, Georgian, Bengali, Tamil, Ethiopic...)
 * go through ICU's transforms: {@code Any-Latin; Latin-ASCII}. Thai, written without spaces, is
 * first cut into words with ICU's dictionary word break iterator, then each word goes through
 * {@code Thai-Latin; Latin-ASCII} (ISO 11940). The transforms are built once, on first use, and
 * used under a lock (a transform object is not documented as safe for concurrent use); break
 * iterators are cloned per call as ICU requires.
 */
final class IcuFallback {

    private IcuFallback() {}

    private static final class AnyLatin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    private static final class Thai {
        static final Transliterator LATIN = Transliterator.getInstance("Thai-Latin; Latin-ASCII");
        static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.forLanguageTag("th"));
    }

    static boolean isThai(int c) {
        return c >= 0x0E00 && c < 0x0E80;
    }

    /** Romanizes text of any script; the result is Latin, mostly ASCII. */
    static String anyLatin(String text) {
        Transliterator t = AnyLatin.INSTANCE;
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    /** Writes a run of Thai starting at {@code start}; returns the index after it. */
    static int writeThai(String s, int start, SlugBuilder out, Romanizer again) {
        int end = start;
        while (end < s.length() && isThai(s.charAt(end))) {
            end++;
        }
        String run = s.substring(start, end);
        BreakIterator words = Thai.WORDS.clone();
        words.setText(run);
        int from = words.first();
        for (int to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
            String latin;
            Transliterator t = Thai.LATIN;
            synchronized (t) {
                latin = t.transliterate(run.substring(from, to));
            }
            out.boundary();
            again.writeFallbackOutput(latin, out);
            out.boundary();
        }
        return end;
    }
}

package dev.byline.related.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.byline.internal.Text;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns text into comparable terms: ICU word breaks for the text's locale, then the locale's
 * lowercase mapping followed by full case folding (Turkish and Azerbaijani keep their dotted
 * and dotless i apart), then NFC. Thread-safe: break iterators are cloned from cached
 * prototypes for each use, because an ICU break iterator is not. Not API.
 */
public final class Terms {

    /** Most locales cached; beyond this, objects are made for each use (locales with odd extensions). */
    private static final int MAX_CACHED_LOCALES = 500;

    private static final ConcurrentHashMap<Locale, BreakIterator> WORD_PROTOTYPES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Locale, String> LANGUAGE_KEYS = new ConcurrentHashMap<>();

    private Terms() {}

    /**
     * Returns a word break iterator for the locale that the caller owns: a clone of a shared
     * prototype that is never used itself.
     */
    public static BreakIterator wordIterator(Locale locale) {
        BreakIterator prototype = WORD_PROTOTYPES.get(locale);
        if (prototype == null) {
            if (WORD_PROTOTYPES.size() >= MAX_CACHED_LOCALES) {
                return BreakIterator.getWordInstance(ULocale.forLocale(locale));
            }
            prototype = WORD_PROTOTYPES.computeIfAbsent(locale, l -> BreakIterator.getWordInstance(ULocale.forLocale(l)));
        }
        return prototype.clone();
    }

    /**
     * Feeds the folded words of {@code text} to {@code sink}: the segments the word iterator
     * marks as letters, kana, ideographs or numbers; spaces and punctuation are skipped.
     *
     * @param words a word iterator for {@code locale} owned by the caller (its text is
     *     replaced)
     */
    public static void words(String text, Locale locale, BreakIterator words, Consumer<String> sink) {
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_IDEO_LIMIT) {
                sink.accept(fold(text.substring(start, end), locale));
            }
        }
    }

    /**
     * Case-folds a term by the locale's rules: lowercase mapping for the locale, then full
     * case folding (excluding the special Turkic i mappings for {@code tr} and {@code az}),
     * then NFC. An ASCII term without an uppercase {@code I} under a Turkic locale is just
     * lowercased, which gives the same result.
     */
    public static String fold(String term, Locale locale) {
        boolean turkic = isTurkic(locale);
        if (Text.isAscii(term) && !(turkic && term.indexOf('I') >= 0)) {
            return asciiLower(term);
        }
        String lower = UCharacter.toLowerCase(locale, term);
        String folded = UCharacter.foldCase(lower,
                turkic ? UCharacter.FOLD_CASE_EXCLUDE_SPECIAL_I : UCharacter.FOLD_CASE_DEFAULT);
        return Text.nfc(folded);
    }

    private static boolean isTurkic(Locale locale) {
        String language = locale.getLanguage();
        return "tr".equals(language) || "az".equals(language);
    }

    private static String asciiLower(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < n; j++) {
                    char d = chars[j];
                    if (d >= 'A' && d <= 'Z') {
                        chars[j] = (char) (d + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }

    /**
     * Returns what "the same language" means for the same-locale preference: the language and
     * the script after adding likely subtags, so {@code en-GB} matches {@code en}, and
     * {@code zh-TW} (Traditional) does not match {@code zh} (Simplified), nor {@code sr-Latn}
     * {@code sr}.
     */
    public static String languageKey(Locale locale) {
        String key = LANGUAGE_KEYS.get(locale);
        if (key == null) {
            ULocale max = ULocale.addLikelySubtags(ULocale.forLocale(locale));
            key = max.getLanguage() + "-" + max.getScript();
            if (LANGUAGE_KEYS.size() < MAX_CACHED_LOCALES) {
                LANGUAGE_KEYS.putIfAbsent(locale, key);
            }
        }
        return key;
    }
}
